package dev.stackholder.cli;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.StackholderException;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder rank}: employers ranked by a contribution metric for a release (and a
 * project), from gitdm's published reports: those bundled with the contribution library
 * ({@link GitdmReports#builtIn()}: Essex, Folsom, Grizzly) unless {@code --gitdm DIR} names a
 * directory of release folders.
 *
 * <pre>
 * $ stackholder rank --release folsom --metric changesets --project horizon --ties ordinal
 * </pre>
 */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
        "Ranks employers by a contribution metric for an OpenStack release, from gitdm's reports.",
        "Automated accounts (jenkins@openstack.org) are left out."})
final class RankCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--release", required = true, paramLabel = "R",
      description = "The release, lower-case: essex, folsom or grizzly for the bundled reports.")
  String release;

  @Option(names = "--metric", required = true, paramLabel = "M", converter = MetricConverter.class,
      description = "One of changesets, lines-changed, lines-added, lines-removed, developers, "
          + "bugs-fixed, reviews. gitdm ranks lines-removed by developer only, so it has no employer table.")
  Metric metric;

  @Option(names = "--project", defaultValue = "all", paramLabel = "P",
      description = "The project, lower-case (nova, swift, ...), or all (default: ${DEFAULT-VALUE}).")
  String project;

  @Option(names = "--ties", defaultValue = "competition", paramLabel = "MODE",
      converter = TieModeConverter.class,
      description = "competition (1224, the default) or ordinal (1234, ties in gitdm's order, as "
          + "ranks quoted from gitdm's lists read).")
  TieMode ties;

  @Option(names = "--gitdm", paramLabel = "DIR",
      description = "A directory of gitdm reports (DIR/folsom/nova-git-stats.txt, ...) instead of "
          + "the bundled ones.")
  Path gitdm;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    GitdmReports reports = gitdm == null ? GitdmReports.builtIn() : GitdmReports.load(gitdm);
    RankedTable table = Ranking.of(ties).rank(reports.table(release, project, metric));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StackholderJson.write(table));
    } else {
      print(table, out);
    }
    out.flush();
    return 0;
  }

  private static void print(RankedTable table, PrintWriter out) {
    out.printf(Locale.ROOT, "%s, %s: employers by %s (%s ranking)%n", table.release(),
        table.project().equals("all") ? "all projects" : table.project(), table.metric(),
        table.ties());
    out.printf(Locale.ROOT, "%4s  %-30s %9s %7s%n", "rank", "employer", "value", "share");
    for (RankedRow row : table.rows()) {
      out.printf(Locale.ROOT, "%4d  %-30s %9d %6s%%%n", row.rank(), row.employer(), row.value(),
          row.share().toPlainString());
    }
  }

  /** Reads {@code --metric} by its lower-case name. */
  static final class MetricConverter implements picocli.CommandLine.ITypeConverter<Metric> {
    @Override
    public Metric convert(String value) {
      try {
        return Metric.fromId(value);
      } catch (StackholderException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --ties} by its lower-case name. */
  static final class TieModeConverter implements picocli.CommandLine.ITypeConverter<TieMode> {
    @Override
    public TieMode convert(String value) {
      try {
        return TieMode.fromId(value);
      } catch (StackholderException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
