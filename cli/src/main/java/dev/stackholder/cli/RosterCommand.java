package dev.stackholder.cli;

import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Membership;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.ReportedCount;
import dev.stackholder.membership.Roster;
import dev.stackholder.membership.Tier;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stackholder roster --on DATE}: the built-in OpenStack Foundation members on a date. */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    description = {
        "List the OpenStack Foundation members named in the built-in history on a date.",
        "Shows them by tier with counts, and the latest member counts sources state where not",
        "every member is named."})
final class RosterCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--on", required = true, paramLabel = "DATE", converter = CliConverters.DateConverter.class,
      description = "The date (YYYY-MM-DD).")
  LocalDate on;

  @Option(names = "--json", description = "Print the members as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Roster roster = OpenStackFoundation.roster();
    List<Membership> members = roster.membersOn(on);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("date", on);
      document.put("members", members);
      document.put("counts", roster.countsOn(on).entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
      document.put("reportedCounts", latestReported());
      out.println(StackholderJson.writePretty(document));
      return 0;
    }
    out.printf("OpenStack Foundation members named in the built-in history on %s%n", on);
    for (Membership member : members) {
      out.printf("  %-24s %-28s since %s  (%s)%n", member.tier().name(), member.organization().name(),
          member.from(), member.source().title());
    }
    out.println("Counts: " + roster.countsOn(on).entrySet().stream()
        .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", ")));
    for (ReportedCount count : latestReported()) {
      out.printf("Sources state %d %s members on %s (%s)%n", count.count(), count.tier().name(), count.date(),
          count.source().title());
    }
    return 0;
  }

  /** Per tier, the latest count a source states on or before the date. */
  private List<ReportedCount> latestReported() {
    Map<Tier, ReportedCount> latest = new LinkedHashMap<>();
    for (ReportedCount count : OpenStackFoundation.reportedCounts()) {
      if (!count.date().isAfter(on)) {
        latest.put(count.tier(), count);
      }
    }
    return List.copyOf(latest.values());
  }
}
