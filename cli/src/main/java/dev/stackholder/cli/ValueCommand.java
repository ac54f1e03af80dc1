package dev.stackholder.cli;

import dev.stackholder.analysis.EmployerMapping;
import dev.stackholder.analysis.NameSource;
import dev.stackholder.analysis.ReportKind;
import dev.stackholder.analysis.ReportLine;
import dev.stackholder.analysis.ValueJoin;
import dev.stackholder.analysis.ValueReport;
import dev.stackholder.analysis.ValueRow;
import dev.stackholder.analysis.ValueTable;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder value}: who pays and who builds. A release's employer ranking (the bundled
 * gitdm reports) joined with the OpenStack roster on the release day and the year's dues, or one of
 * the named reports; one library call per release ({@link ValueJoin#joinGitdm}).
 */
@Command(
    name = "value",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Join a release's contribution ranking with the foundation's members and dues.",
      "",
      "Each employer of the release (gitdm's bundled reports: essex, folsom, grizzly) with the organization"
          + " its name maps to, its membership on the release day (member; presumed or unknown: last seen"
          + " earlier; or not-a-member; unmapped where the name is no organization) and its dues that year (a range where"
          + " revenue is undeclared). An unknown status is never reported as not a member.",
      "",
      "--report gives a named report instead: non-members, non-contributors, dues-per-share, member-share or"
          + " diversity (CHAOSS Elephant Factor). Several --release options give one answer per release, release"
          + " over release. For your own git history, rank it with 'contributions --json' and give the file"
          + " with --ranking."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder value --release folsom",
      "  stackholder value --release folsom --report non-members",
      "  stackholder value --release essex --release folsom \\",
      "      --release grizzly --report diversity",
      "  stackholder value --release grizzly --metric lines-changed \\",
      "      --report member-share --format json",
      "  stackholder contributions ... --json > mine.json",
      "  stackholder value --ranking mine.json",
      "",
      ExitCodes.HELP_SECTION
    })
final class ValueCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--release",
      paramLabel = "R",
      description =
          "The release, in any case: essex, folsom or grizzly; repeat for release over release.")
  List<String> releases = new ArrayList<>();

  @Option(
      names = "--ranking",
      paramLabel = "FILE",
      description =
          "A ranking printed by 'rank --json' or 'contributions --json' (your own git history) instead of"
              + " the bundled reports; repeat for release over release.")
  List<Path> rankings = new ArrayList<>();

  @Option(
      names = "--names",
      paramLabel = "SOURCE",
      defaultValue = "gitdm",
      description =
          "Whose spelling a --ranking's employer names are: gitdm (the default) or stackalytics.")
  String names;

  @Option(
      names = "--metric",
      paramLabel = "M",
      defaultValue = "changesets",
      description = "changesets (the default), lines-changed, developers, bugs-fixed or reviews.")
  Metric metric;

  @Option(
      names = "--project",
      paramLabel = "P",
      defaultValue = ContributionTable.ALL_PROJECTS,
      description = "The project (nova, swift, ...), or all (the default).")
  String project;

  @Option(
      names = "--report",
      paramLabel = "REPORT",
      description = "non-members, non-contributors, dues-per-share, member-share or diversity.")
  Optional<String> report = Optional.empty();

  @Option(
      names = "--ties",
      defaultValue = "competition",
      paramLabel = "MODE",
      description = "competition (1224, the default) or ordinal (1234).")
  TieMode ties;

  @Option(
      names = "--employers",
      paramLabel = "FILE",
      description =
          "A CSV file of your own employer mappings (the built-in file's columns); its names replace"
              + " the built-in entries for the same names.")
  Optional<Path> employers = Optional.empty();

  @Mixin FormatOptions format;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    Optional<ReportKind> kind = report.map(ReportKind::fromId);
    ValueJoin join = ValueJoin.builtIn();
    if (employers.isPresent()) {
      join =
          join.withMapping(
              EmployerMapping.builtIn().withOverrides(EmployerMapping.read(employers.get())));
    }
    List<Object> answers = new ArrayList<>();
    if (releases.isEmpty() == rankings.isEmpty()) {
      throw new UsageException(
          "Give --release R (the bundled reports) or --ranking FILE, not both or neither");
    }
    NameSource nameSource = NameSource.fromId(names.trim().toLowerCase(Locale.ROOT));
    for (Path ranking : rankings) {
      ValueTable table = join.joinFile(ranking, nameSource);
      answers.add(kind.isPresent() ? table.report(kind.get()) : table);
    }
    for (String release : releases) {
      ValueTable table =
          join.joinGitdm(GitdmReports.builtIn(), release.trim(), project.trim(), metric, ties);
      answers.add(kind.isPresent() ? table.report(kind.get()) : table);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output == OutputFormat.JSON) {
      out.println(StackholderJson.writePretty(answers.size() == 1 ? answers.get(0) : answers));
      return ExitCodes.OK;
    }
    boolean first = true;
    for (Object answer : answers) {
      if (answer instanceof ValueTable table) {
        printTable(out, output, table, first);
      } else {
        printReport(out, output, (ValueReport) answer, first);
      }
      first = false;
      if (output == OutputFormat.TABLE && answers.size() > 1) {
        out.println();
      }
    }
    return ExitCodes.OK;
  }

  private static void printTable(
      PrintWriter out, OutputFormat output, ValueTable table, boolean header) {
    if (output == OutputFormat.CSV) {
      if (header) {
        Csv.row(
            out,
            "release",
            "rank",
            "employer",
            "value",
            "share",
            "organization",
            "status",
            "tier",
            "last_seen",
            "dues",
            "dues_up_to");
      }
      for (ValueRow row : table.rows()) {
        Csv.row(
            out,
            table.release(),
            row.rank(),
            row.employer(),
            row.value(),
            row.share().toPlainString(),
            row.organizationId().orElse(""),
            row.status().id(),
            row.tier().map(t -> t.id()).orElse(""),
            row.lastSeen().map(Object::toString).orElse(""),
            row.dues().map(m -> m.getAmount().toPlainString()).orElse(""),
            row.duesUpTo().map(m -> m.getAmount().toPlainString()).orElse(""));
      }
      return;
    }
    out.printf(
        Locale.ROOT,
        "%s, %s: employers by %s, membership on %s, dues of %d%n",
        table.release(),
        table.project(),
        table.metric(),
        table.date(),
        table.year());
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "rank", "employer", "value", "share", "organization", "status", "tier", "dues"
        });
    for (ValueRow row : table.rows()) {
      lines.add(
          new String[] {
            String.valueOf(row.rank()),
            row.employer(),
            String.valueOf(row.value()),
            row.share().toPlainString() + "%",
            row.organizationId().orElse("-"),
            row.status().id() + row.lastSeen().map(d -> " (last seen " + d + ")").orElse(""),
            row.tier().map(t -> t.id()).orElse(""),
            range(row.dues(), row.duesUpTo())
          });
    }
    Table.print(lines, java.util.Set.of(0, 2, 3), out);
    table.inputs().forEach(input -> out.println("  input: " + input));
  }

  private static void printReport(
      PrintWriter out, OutputFormat output, ValueReport report, boolean header) {
    if (output == OutputFormat.CSV) {
      if (header) {
        Csv.row(
            out,
            "release",
            "report",
            "label",
            "rank",
            "organization",
            "tier",
            "status",
            "value",
            "share",
            "share_up_to",
            "amount",
            "amount_up_to",
            "count",
            "note");
      }
      for (ReportLine line : report.lines()) {
        Csv.row(
            out,
            report.release(),
            report.report().id(),
            line.label(),
            opt(line.rank()),
            line.organizationId().orElse(""),
            line.tier().orElse(""),
            line.status().map(s -> s.id()).orElse(""),
            opt(line.value()),
            line.share().map(s -> s.toPlainString()).orElse(""),
            line.shareUpTo().map(s -> s.toPlainString()).orElse(""),
            line.amount().map(m -> m.getAmount().toPlainString()).orElse(""),
            line.amountUpTo().map(m -> m.getAmount().toPlainString()).orElse(""),
            opt(line.count()),
            line.note().orElse(""));
      }
      return;
    }
    out.printf(
        Locale.ROOT,
        "%s, %s: %s by %s, membership on %s%n",
        report.release(),
        report.project(),
        report.report(),
        report.metric(),
        report.date());
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {"", "organization", "tier", "status", "share", "amount", "count", "note"});
    for (ReportLine line : report.lines()) {
      lines.add(
          new String[] {
            line.label(),
            line.organizationId().orElse(""),
            line.tier().orElse(""),
            line.status().map(s -> s.id()).orElse(""),
            line.share()
                .map(
                    s ->
                        s.toPlainString()
                            + "%"
                            + line.shareUpTo()
                                .map(u -> " to " + u.toPlainString() + "%")
                                .orElse(""))
                .orElse(""),
            range(line.amount(), line.amountUpTo()),
            opt(line.count()),
            line.note().orElse("")
          });
    }
    Table.print(lines, java.util.Set.of(4, 6), out);
    report.summary().forEach(s -> out.println("  " + s));
    out.println("  certainty: " + report.certainty());
    report.inputs().forEach(input -> out.println("  input: " + input));
  }

  private static String range(
      Optional<org.joda.money.Money> least, Optional<org.joda.money.Money> most) {
    if (least.isEmpty()) {
      return "";
    }
    String text = least.get().toString();
    return most.filter(m -> !m.equals(least.get()))
        .map(m -> text + " to " + m.getAmount().toPlainString())
        .orElse(text);
  }

  private static String opt(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }
}
