package dev.stackholder.cli;

import dev.stackholder.analysis.MembershipStatus;
import dev.stackholder.analysis.ReportLine;
import dev.stackholder.analysis.ValueJoin;
import dev.stackholder.analysis.ValueRow;
import dev.stackholder.analysis.ValueTable;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder chart value}: each member's dues for the year against its share of a release's
 * work, one colour per tier, a hollow circle where the status is unknown (last seen earlier). One
 * library call ({@link ValueJoin#joinGitdm}); the points are the joined table's.
 */
@Command(
    name = "value",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Chart each member's dues against its share of a release's contributions.",
      "",
      "One point per organization that is a member on the release day (filled) or presumed or of unknown status"
          + " (hollow: last seen earlier), coloured by tier. x: its share of the release's work, summed over the"
          + " employer names that map to it (0 if not listed); y: the most its dues for the year may be (the"
          + " income report's range, where revenue is undeclared; for an unknown status, the tier's most)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder chart value --release folsom --out folsom-value.png",
      "",
      ExitCodes.HELP_SECTION
    })
final class ChartValueCommand implements Callable<Integer> {
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

  @Mixin ChartOutput output;

  @Override
  public Integer call() {
    output.checked();
    ValueTable table =
        ValueJoin.builtIn()
            .joinGitdm(
                GitdmReports.builtIn(),
                release.trim(),
                project.trim(),
                metric,
                TieMode.COMPETITION);
    Map<String, BigDecimal> shares = new HashMap<>();
    for (ValueRow row : table.rows()) {
      row.organizationId().ifPresent(id -> shares.merge(id, row.share(), BigDecimal::add));
    }
    // One series per tier and status, in the order tiers first appear; the colour follows the tier.
    Map<String, List<double[]>> points = new LinkedHashMap<>();
    Map<String, Integer> colours = new LinkedHashMap<>();
    int drawn = 0;
    for (ReportLine member : table.members()) {
      if (member.amountUpTo().isEmpty() || member.tier().isEmpty()) {
        continue;
      }
      String tier = member.tier().get();
      colours.putIfAbsent(tier, colours.size());
      boolean unknown = member.status().orElse(null) != MembershipStatus.MEMBER;
      String key = tier + (unknown ? " (presumed or unknown)" : "");
      points
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new double[] {
                shares
                    .getOrDefault(member.organizationId().orElse(""), BigDecimal.ZERO)
                    .doubleValue(),
                member.amountUpTo().get().getAmount().doubleValue()
              });
      drawn++;
    }
    if (drawn == 0) {
      throw new UsageException(
          "No member or organization of unknown status on "
              + table.date()
              + ", so nothing to draw");
    }
    List<ChartPlot.Series> series = new ArrayList<>();
    for (Map.Entry<String, List<double[]>> entry : points.entrySet()) {
      double[] x = entry.getValue().stream().mapToDouble(p -> p[0]).toArray();
      double[] y = entry.getValue().stream().mapToDouble(p -> p[1]).toArray();
      String tier = entry.getKey().replace(" (presumed or unknown)", "");
      series.add(
          new ChartPlot.Series(
              entry.getKey(),
              x,
              y,
              entry.getKey().endsWith("(presumed or unknown)")
                  ? ChartPlot.Style.HOLLOW_MARKERS
                  : ChartPlot.Style.MARKERS,
              colours.get(tier)));
    }
    ChartRenderer.write(
        new ChartPlot.Xy(
            "Dues for "
                + table.year()
                + " against share of "
                + metric.id()
                + ", "
                + table.release()
                + " (membership on "
                + table.date()
                + ")",
            "Share of " + metric.id() + " (%)",
            "Dues, at most ("
                + table
                    .members()
                    .get(0)
                    .amountUpTo()
                    .map(m -> m.getCurrencyUnit().getCode())
                    .orElse("")
                + ")",
            false,
            false,
            series,
            List.of(),
            List.of()),
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
                + drawn
                + " organizations)");
    return ExitCodes.OK;
  }
}
