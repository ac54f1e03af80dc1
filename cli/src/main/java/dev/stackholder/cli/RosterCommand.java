package dev.stackholder.cli;

import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.roster.Certainty;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.ReportedCount;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterAnswer;
import dev.stackholder.membership.roster.Standing;
import dev.stackholder.membership.roster.TierCompleteness;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder roster [--on DATE]}: the OpenStack Foundation members on a date as the
 * evidence gives them: members known per tier, members presumed (last seen recently, with the
 * sighting's age), organizations whose status is unknown, and how complete the answer is per tier.
 */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "List the OpenStack Foundation members on a date (today by default), as the sources show them.",
      "",
      "Members known to be in each tier that day (between two sightings, or named by a complete list),"
          + " members presumed still in a tier (last seen recently enough, nothing contrary since; with"
          + " the age of the sighting), organizations whose status that day is unknown (\"last seen in ... on"
          + " ...\", too long ago or contradicted since), and how complete the answer is per"
          + " tier (the complete lists before and after the date). Also the latest member counts"
          + " sources state where not every member is named, and the rule set in force. A date before"
          + " the foundation's first rules is refused."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder roster --on 2024-06-01",
      "  stackholder roster --on 2012-09-09 --format csv",
      "",
      ExitCodes.HELP_SECTION
    })
final class RosterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DateOption date;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    LocalDate on = date.date();
    RuleSet ruleSet = OpenStackFoundation.foundation().ruleSetOn(on);
    Roster roster = OpenStackFoundation.roster();
    RosterAnswer answer = roster.answerOn(on);
    // Table output keeps within the terminal's width (wrapping long lines); JSON and CSV are never
    // wrapped.
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    switch (output) {
      case JSON:
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("date", on);
        document.put("ruleSet", RuleSetText.json(ruleSet));
        document.put("members", answer.known());
        document.put("lastSeen", answer.lastSeen());
        document.put("standings", answer.standings());
        document.put("completeness", answer.completeness());
        document.put(
            "counts",
            roster.countsOn(on).entrySet().stream()
                .collect(
                    Collectors.toMap(
                        e -> e.getKey().id(),
                        Map.Entry::getValue,
                        (a, b) -> a,
                        LinkedHashMap::new)));
        document.put("reportedCounts", latestReported(on));
        out.println(StackholderJson.writePretty(document));
        break;
      case CSV:
        // One table for all three parts, the status column telling them apart; a completeness row's
        // date is
        // the last complete list of the tier on or before the day, its last column the whole
        // reading
        Csv.row(out, "status", "tier", "organization", "name", "date", "source");
        for (Membership member : answer.known()) {
          Csv.row(
              out,
              "member",
              member.tier().id(),
              member.organization().id(),
              member.organization().name(),
              member.from(),
              member.source().title());
        }
        for (Standing seen : answer.standings()) {
          if (seen.certainty() != Certainty.KNOWN) {
            Csv.row(
                out,
                seen.certainty().id(),
                seen.tier().id(),
                seen.organization().id(),
                seen.organization().name(),
                seen.lastSighting().map(LocalDate::toString).orElse(""),
                seen.source().title());
          }
        }
        for (TierCompleteness tier : answer.completeness()) {
          Csv.row(
              out,
              "completeness-" + tier.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              tier.tier().id(),
              "",
              "",
              tier.completeListBefore().map(LocalDate::toString).orElse(""),
              tier.toString());
        }
        break;
      default:
        out.printf("OpenStack Foundation members on %s, as the built-in evidence shows them%n", on);
        out.println("Known members (first seen in the tier, source):");
        if (answer.known().isEmpty()) {
          out.println("  none");
        }
        for (Membership member : answer.known()) {
          out.printf(
              "  %-24s %-28s since %s  (%s)%n",
              member.tier().name(),
              member.organization().name(),
              member.from(),
              member.source().title());
        }
        for (Standing moved : answer.standings()) {
          moved
              .tierChange()
              .ifPresent(change -> out.printf("  %s: %s%n", moved.organization().name(), change));
        }
        if (!answer.presumed().isEmpty()) {
          out.println(
              "Presumed members on "
                  + on
                  + " (last seen in the tier, nothing contrary since; age of the"
                  + " sighting):");
          for (Standing presumed : answer.presumed()) {
            out.printf(
                "  %-24s %-28s last seen %s, %s before  (%s)%n",
                presumed.tier().name(),
                presumed.organization().name(),
                presumed.lastSighting().map(LocalDate::toString).orElse("?"),
                presumed.age().map(Object::toString).orElse("?"),
                presumed.source().title());
          }
        }
        List<Standing> unknown =
            answer.standings().stream().filter(s -> s.certainty() == Certainty.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
          out.println(
              "Status unknown on "
                  + on
                  + " (seen too long ago to presume, or contradicted since):");
          for (Standing seen : unknown) {
            out.printf(
                "  %s: %s%n",
                seen.organization().name(), seen.reason().replaceFirst("^unknown: ", ""));
          }
        }
        String lists =
            answer.completeness().stream()
                .filter(tier -> tier.completeListBefore().isPresent())
                .map(tier -> tier.tier().name() + " on " + tier.completeListBefore().get())
                .collect(Collectors.joining(", "));
        out.println(
            "Last complete list per tier: "
                + (lists.isEmpty() ? "none on or before " + on : lists));
        for (String disagreement : answer.disagreements()) {
          out.println("Disagrees with a stated count: " + disagreement);
        }
        out.println("How complete:");
        for (TierCompleteness tier : answer.completeness()) {
          out.println("  " + tier);
        }
        for (ReportedCount count : latestReported(on)) {
          out.printf(
              "Sources state %d %s members on %s (%s)%n",
              count.count(), count.tier().name(), count.date(), count.source().title());
        }
        out.println(RuleSetText.describe(ruleSet));
    }
    out.flush();
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
