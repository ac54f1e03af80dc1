package dev.stackholder.cli;

import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Membership;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.ReportedCount;
import dev.stackholder.membership.Roster;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stackholder roster [--on DATE]}: the built-in OpenStack Foundation members on a date. */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
        "List the OpenStack Foundation members on a date (today by default).",
        "",
        "The members the built-in history names, by tier with counts, the latest member counts sources"
            + " state where not every member is named, and the rule set in force. A date before the"
            + " foundation's first rules is refused."},
    footerHeading = "%nExamples:%n",
    footer = {"  stackholder roster --on 2012-09-01", "  stackholder roster --format csv", "",
        ExitCodes.HELP_SECTION})
final class RosterCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DateOption date;

  @Mixin
  FormatOptions format;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    LocalDate on = date.date();
    RuleSet ruleSet = OpenStackFoundation.foundation().ruleSetOn(on);
    Roster roster = OpenStackFoundation.roster();
    List<Membership> members = roster.membersOn(on);
    PrintWriter out = spec.commandLine().getOut();
    switch (output) {
      case JSON:
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("date", on);
        document.put("ruleSet", RuleSetText.json(ruleSet));
        document.put("members", members);
        document.put("counts", roster.countsOn(on).entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
        document.put("reportedCounts", latestReported(on));
        out.println(StackholderJson.writePretty(document));
        break;
      case CSV:
        Csv.row(out, "tier", "organization", "name", "since", "source");
        for (Membership member : members) {
          Csv.row(out, member.tier().id(), member.organization().id(), member.organization().name(), member.from(),
              member.source().title());
        }
        break;
      default:
        out.printf("OpenStack Foundation members named in the built-in history on %s%n", on);
        for (Membership member : members) {
          out.printf("  %-24s %-28s since %s  (%s)%n", member.tier().name(), member.organization().name(),
              member.from(), member.source().title());
        }
        out.println("Counts: " + roster.countsOn(on).entrySet().stream()
            .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", ")));
        for (ReportedCount count : latestReported(on)) {
          out.printf("Sources state %d %s members on %s (%s)%n", count.count(), count.tier().name(), count.date(),
              count.source().title());
        }
        out.println(RuleSetText.describe(ruleSet));
    }
    return ExitCodes.OK;
  }

  /** Per tier, the latest count a source states on or before the date. */
  private static List<ReportedCount> latestReported(LocalDate on) {
    Map<Tier, ReportedCount> latest = new LinkedHashMap<>();
    for (ReportedCount count : OpenStackFoundation.reportedCounts()) {
      if (!count.date().isAfter(on)) {
        latest.put(count.tier(), count);
      }
    }
    return List.copyOf(latest.values());
  }
}
