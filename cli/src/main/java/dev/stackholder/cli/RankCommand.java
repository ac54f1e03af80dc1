package dev.stackholder.cli;

import dev.stackholder.contribution.AutomatedAccounts;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.NoSuchTableException;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmConventions;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.NotFoundException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder rank}: employers ranked by a contribution metric for a release (and a
 * project), or one employer's ranks for every metric and project of a release, from gitdm's
 * published reports: those bundled with the contribution library ({@link GitdmReports#builtIn()}:
 * Essex, Folsom, Grizzly) unless {@code --gitdm DIR} names a directory of release folders.
 */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Rank employers by contribution to an OpenStack release, from gitdm's reports.",
      "",
      "With --metric, the employers ranked by that metric; with --employer, one employer's rank and"
          + " value for every metric and project of the release. Release, project and employer names"
          + " are matched without regard to case, and a project's other name is found (neutron is"
          + " Folsom's quantum). CSV ends with what the table was read from, as '#' comment lines after"
          + " the rows (one '# input: KIND NAME' per report), as the text's last line and the JSON's"
          + " provenance say it.",
      "",
      "Automated accounts (OpenStack's CI and proposal bots as Stackalytics lists them under *robots: Jenkins, Zuul, openstack-infra@lists.openstack.org, ...) are left out, and so are gitdm's"
          + " placeholder employers (unknown@hacker.net) unless --keep-placeholders; the table says"
          + " what was left out."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder rank --release folsom --metric changesets --project horizon \\",
      "      --ties ordinal",
      "  stackholder rank --employer SINA --release folsom",
      "  stackholder rank --release folsom --metric bugs-fixed --format csv",
      "",
      ExitCodes.HELP_SECTION
    })
final class RankCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--release",
      required = true,
      paramLabel = "R",
      description = "The release, in any case: essex, folsom or grizzly for the bundled reports.")
  String release;

  @Option(
      names = "--metric",
      paramLabel = "M",
      description =
          "One of changesets, lines-changed, lines-added, lines-removed, developers, bugs-fixed, reviews,"
              + " lines-added-plus-removed (Stackalytics' loc)"
              + " (required without --employer). gitdm ranks lines-removed by developer only, so it has no employer table.")
  Optional<Metric> metric = Optional.empty();

  @Option(
      names = "--project",
      paramLabel = "P",
      description =
          "The project (nova, swift, neutron, ...), or all (the default; with --employer: every project).")
  Optional<String> project = Optional.empty();

  @Option(
      names = "--employer",
      paramLabel = "NAME",
      description =
          "Print this employer's rank and value for every metric and project of the release"
              + " (narrowed by --metric and --project), e.g. SINA.")
  Optional<String> employer = Optional.empty();

  @Option(
      names = "--ties",
      defaultValue = "competition",
      paramLabel = "MODE",
      description =
          "competition (1224, the default) or ordinal (1234, ties in gitdm's order, as ranks quoted"
              + " from gitdm's lists read).")
  TieMode ties;

  @Option(
      names = "--keep-placeholders",
      description = "Keep gitdm's placeholder employers (unknown@hacker.net) in the ranking.")
  boolean keepPlaceholders;

  @Option(
      names = "--gitdm",
      paramLabel = "DIR",
      description =
          "A directory of gitdm reports (DIR/folsom/nova-git-stats.txt, ...) instead of the bundled ones.")
  String gitdm;

  @Mixin FormatOptions format;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    if (employer.isEmpty() && metric.isEmpty()) {
      throw new UsageException("Missing required option: '--metric=M' (or --employer NAME)");
    }
    GitdmReports reports =
        gitdm == null ? GitdmReports.builtIn() : GitdmReports.load(directory(gitdm));
    String releaseId = release.trim().toLowerCase(Locale.ROOT);
    if (!reports.releases().contains(releaseId)) {
      throw new NotFoundException("release", release, reports.releases());
    }
    Optional<String> projectId = project.map(p -> projectOf(reports, releaseId, p));
    Ranking ranking = Ranking.of(ties, this::leftOut);
    PrintWriter out = spec.commandLine().getOut();
    if (employer.isPresent()) {
      printEmployer(reports, ranking, releaseId, projectId, out, output);
      return ExitCodes.OK;
    }
    ContributionTable table =
        reports.table(releaseId, projectId.orElse(ContributionTable.ALL_PROJECTS), metric.get());
    RankedTable ranked = ranking.rank(table);
    RankedTables.print(out, output, ranked);
    if (output == OutputFormat.TABLE) {
      List<String> left =
          table.entries().stream()
              .filter(e -> leftOut(e.employer()))
              .map(e -> e.employer() + " " + e.value())
              .collect(Collectors.toList());
      if (!left.isEmpty()) {
        out.println(
            "Left out (automated accounts and gitdm placeholders): " + String.join(", ", left));
      }
    }
    return ExitCodes.OK;
  }

  private boolean leftOut(String employerLabel) {
    return AutomatedAccounts.defaults().test(employerLabel)
        || (!keepPlaceholders && GitdmConventions.isPlaceholder(employerLabel));
  }

  private static Path directory(String name) {
    if (name.isBlank()) {
      throw new UsageException("Invalid value for option '--gitdm': the directory name is empty");
    }
    try {
      return Path.of(name).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new UsageException(
          "Invalid value for option '--gitdm': '" + name + "' is not a valid path");
    }
  }

  /** The project as the release's reports name it: in any case, under its other name if need be. */
  private static String projectOf(GitdmReports reports, String release, String asked) {
    String id = asked.trim().toLowerCase(Locale.ROOT);
    if (id.equals(ContributionTable.ALL_PROJECTS)) {
      return id;
    }
    return GitdmConventions.resolveProject(id, reports.projects(release))
        .orElseThrow(() -> new NotFoundException("project", asked, reports.projects(release)));
  }

  private void printEmployer(
      GitdmReports reports,
      Ranking ranking,
      String releaseId,
      Optional<String> projectId,
      PrintWriter out,
      OutputFormat output) {
    String wanted = employer.get().trim();
    List<String> projects =
        projectId
            .map(List::of)
            .orElseGet(
                () -> {
                  List<String> all = new ArrayList<>(List.of(ContributionTable.ALL_PROJECTS));
                  reports.projects(releaseId).stream()
                      .filter(p -> !p.equals(ContributionTable.ALL_PROJECTS))
                      .forEach(all::add);
                  return all;
                });
    List<Metric> metrics = metric.map(List::of).orElse(List.of(Metric.values()));
    List<EmployerRanks.EmployerRank> found = new ArrayList<>();
    java.util.LinkedHashSet<dev.stackholder.contribution.InputSource> reportsRead =
        new java.util.LinkedHashSet<>();
    TreeSet<String> employers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    String spelled = wanted;
    for (String p : projects) {
      for (Metric m : metrics) {
        RankedTable ranked;
        try {
          ranked = ranking.rank(reports.table(releaseId, p, m));
        } catch (NoSuchTableException e) {
          continue; // not every project has every kind of report, nor every metric an employer
          // table
        }
        ranked.rows().forEach(r -> employers.add(r.employer()));
        reportsRead.addAll(ranked.provenance().inputs());
        for (RankedRow row : ranked.rows()) {
          if (row.employer().equalsIgnoreCase(wanted)) {
            spelled = row.employer();
            found.add(new EmployerRanks.EmployerRank(p, m, row, ranked.rows().size()));
          }
        }
      }
    }
    if (found.isEmpty()) {
      throw new NotFoundException("employer", wanted, employers);
    }
    EmployerRanks.print(
        out,
        output,
        releaseId,
        spelled,
        ties,
        found,
        dev.stackholder.contribution.Provenance.of(Optional.empty(), reportsRead));
  }
}
