package dev.stackholder.cli;

import dev.stackholder.adoption.Count;
import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.adoption.community.Event;
import dev.stackholder.adoption.community.EventStop;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackholder events [--format table|json|csv]}: the built-in community events with their stops. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
        "List the built-in community events with their stops.",
        "",
        "The OpenStack Asia-Pacific Conference of August 2012 and the 2012 OpenStack China Tour, with each"
            + " stop's city, date, venue, attendance and lecturers, the attendance ratio of registrations"
            + " and a check of the stops' lecturers against the total. --format csv prints one row per stop."},
    footerHeading = "%n",
    footer = ExitCodes.HELP_SECTION)
final class EventsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  FormatOptions format;

  @Override
  public Integer call() {
    CommunityCatalog catalog = CommunityCatalog.builtIn();
    OutputFormat output = format.format();
    PrintWriter out = spec.commandLine().getOut();
    if (output == OutputFormat.JSON) {
      out.println(StackholderJson.writePretty(catalog.events()));
      return ExitCodes.OK;
    }
    if (output == OutputFormat.CSV) {
      Csv.row(out, "event", "stop", "city", "date", "attendance", "lecturers", "venue");
      for (Event event : catalog.events()) {
        for (EventStop stop : event.stops()) {
          Csv.row(out, event.id(), stop.number(), stop.city(), stop.date().map(LocalDate::toString).orElse(""),
              stop.attendance().map(Count::describe).orElse(""), stop.lecturers().map(Count::describe).orElse(""),
              stop.venue().orElse(""));
        }
      }
      return ExitCodes.OK;
    }
    for (Event event : catalog.events()) {
      out.printf("%s: %s%s, %s to %s%n", event.id(), event.name(),
          event.abbreviation().map(a -> " (" + a + ")").orElse(""),
          event.startDate().map(LocalDate::toString).orElse("?"), event.endDate().map(LocalDate::toString).orElse("?"));
      if (!event.organizers().isEmpty()) {
        out.printf("  organized by %s%n", String.join(", ", event.organizers()));
      }
      out.printf("  %-2s %-9s %-10s %-16s %-9s %s%n", "#", "CITY", "DATE", "ATTENDANCE", "LECTURERS", "VENUE");
      for (EventStop stop : event.stops()) {
        out.printf("  %-2d %-9s %-10s %-16s %-9s %s%n", stop.number(), stop.city(),
            stop.date().map(LocalDate::toString).orElse("-"), describe(stop.attendance()),
            describe(stop.lecturers()), stop.venue().orElse("-"));
      }
      if (event.registered().isPresent() || event.attended().isPresent() || event.lecturers().isPresent()) {
        out.printf("  totals: registered %s, attended %s, lecturers %s%n", describe(event.registered()),
            describe(event.attended()), describe(event.lecturers()));
      }
      event.attendanceRatio().ifPresent(ratio -> out.printf("  attendance ratio: %s (%s%% of registrations)%n",
          ratio.toPlainString(), ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()));
      event.lecturerCheck().ifPresent(check -> out.printf("  lecturer check: %s%n", check.describe()));
    }
    return ExitCodes.OK;
  }

  private static String describe(Optional<Count> count) {
    return count.map(Count::describe).orElse("-");
  }
}
