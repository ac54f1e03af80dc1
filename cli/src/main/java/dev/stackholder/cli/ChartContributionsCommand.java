package dev.stackholder.cli;

import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder chart contributions}: the employers' shares of one release's contributions,
 * from the bundled gitdm reports, as bars: the top N employers, then all the others together.
 */
@Command(
    name = "contributions",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Chart the employers' shares of a release's contributions, from the bundled gitdm reports.",
      "",
      "One bar per employer, largest first, for the --top N; then 'others': the rest of the total, those"
          + " gitdm lists below them and those it does not list. Shares are gitdm's, in percent of the"
          + " release's (or the project's) total."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder chart contributions --release folsom --out folsom.png",
      "  stackholder chart contributions --release grizzly --project nova --metric lines-changed \\",
      "      --top 15 --out nova.svg",
      "",
      ExitCodes.HELP_SECTION
    })
final class ChartContributionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--release",
      required = true,
      paramLabel = "R",
      description = "The release, in any case: essex, folsom or grizzly.")
  String release;

  @Option(
      names = "--project",
      paramLabel = "P",
      defaultValue = ContributionTable.ALL_PROJECTS,
      description = "The project (nova, swift, ...), or all (the default).")
  String project;

  @Option(
      names = "--metric",
      paramLabel = "M",
      defaultValue = "changesets",
      description = "changesets (the default), lines-changed, developers, bugs-fixed or reviews.")
  Metric metric;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "How many employers get a bar of their own, 1 to 50 (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin ChartOutput output;

  @Override
  public Integer call() {
    output.checked();
    if (top < 1 || top > 50) {
      throw new UsageException("Invalid value for option '--top': " + top + ", expected 1 to 50");
    }
    GitdmReports reports = GitdmReports.builtIn();
    String releaseId = release.trim().toLowerCase(Locale.ROOT);
    if (!reports.releases().contains(releaseId)) {
      throw new NotFoundException("release", release, reports.releases());
    }
    String projectId = project.trim().toLowerCase(Locale.ROOT);
    if (!projectId.equals(ContributionTable.ALL_PROJECTS)
        && !reports.projects(releaseId).contains(projectId)) {
      throw new NotFoundException("project", project, reports.projects(releaseId));
    }
    ContributionTable table = reports.table(releaseId, projectId, metric);
    List<ContributionEntry> entries = new ArrayList<>(table.entries());
    entries.sort(Comparator.comparingLong(ContributionEntry::value).reversed());
    List<String> employers = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    BigDecimal shown = BigDecimal.ZERO;
    for (ContributionEntry entry : entries.subList(0, Math.min(top, entries.size()))) {
      employers.add(entry.employer());
      shares.add(entry.share().doubleValue());
      shown = shown.add(entry.share());
    }
    // gitdm's shares are of the whole total, employers it does not list included: the rest is
    // theirs.
    BigDecimal others = BigDecimal.valueOf(100).subtract(shown).max(BigDecimal.ZERO);
    if (others.signum() > 0) {
      employers.add("others");
      shares.add(others.doubleValue());
    }
    String scope = projectId.equals(ContributionTable.ALL_PROJECTS) ? "all projects" : projectId;
    ChartRenderer.write(
        new ChartPlot.Bars(
            "Employers' shares of " + metric.id() + ", " + releaseId + ", " + scope + " (gitdm)",
            "Employer",
            "Share of " + metric.id() + " (%)",
            metric.id(),
            employers,
            shares),
        output);
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + output.path()
                + " ("
                + output.width
                + "x"
                + output.height
                + ", "
                + employers.size()
                + " bars)");
    return ExitCodes.OK;
  }
}
