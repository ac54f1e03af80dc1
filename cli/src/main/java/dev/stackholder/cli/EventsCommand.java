package dev.stackholder.cli;

import dev.stackholder.adoption.Count;
import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.adoption.community.Event;
import dev.stackholder.adoption.community.EventStop;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stackholder events [--format table|json|csv]}: the built-in community events with their
 * stops.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "List the built-in community events with their stops.",
      "",
      "The OpenStack Asia-Pacific Conference of August 2012 and the 2012 OpenStack China Tour, with each"
          + " stop's city, date, venue, attendance and lecturers, the attendance ratio of registrations"
          + " and a check of the stops' lecturers against the total, and their sources. --on DATE keeps the"
          + " events running that day, --from/--to those running during the period. --format csv prints one"
          + " row per stop."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder events --on 2012-08-10",
      "  stackholder events --from 2012-09-01 --format csv",
      "",
      ExitCodes.HELP_SECTION
    })
final class EventsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "Only the events running on this day, YYYY-MM-DD.")
  Optional<LocalDate> on = Optional.empty();

  @Mixin PeriodOptions period;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    period.checked();
    if (on.isPresent() && period.isSet()) {
      throw new UsageException(
          "--on and --from/--to contradict each other, expected a day or a period");
    }
    if (on.isPresent()) {
      period.from = on;
      period.to = on;
    }
    List<Event> events =
        CommunityCatalog.builtIn().events().stream()
            .filter(event -> period.overlaps(event.startDate(), event.endDate()))
            .collect(Collectors.toList());
    // Table output keeps within the terminal's width (wrapping long lines); JSON and CSV are never
    // wrapped.
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    if (output == OutputFormat.JSON) {
      out.println(StackholderJson.writePretty(events));
      return ExitCodes.OK;
    }
    if (output == OutputFormat.CSV) {
      Csv.row(out, "event", "stop", "city", "date", "attendance", "lecturers", "venue", "sources");
      for (Event event : events) {
        for (EventStop stop : event.stops()) {
          Csv.row(
              out,
              event.id(),
              stop.number(),
              stop.city(),
              stop.date().map(LocalDate::toString).orElse(""),
              stop.attendance().map(Count::describe).orElse(""),
              stop.lecturers().map(Count::describe).orElse(""),
              stop.venue().orElse(""),
              sources(stop.sources().isEmpty() ? event.sources() : stop.sources()));
        }
      }
      return ExitCodes.OK;
    }
    if (events.isEmpty()) {
      out.println(
          "No built-in event runs "
              + (on.isPresent() ? "on " + on.get() : "in the period asked for"));
    }
    for (Event event : events) {
      out.printf(
          "%s: %s%s, %s to %s%n",
          event.id(),
          event.name(),
          event.abbreviation().map(a -> " (" + a + ")").orElse(""),
          event.startDate().map(LocalDate::toString).orElse("?"),
          event.endDate().map(LocalDate::toString).orElse("?"));
      if (!event.organizers().isEmpty()) {
        out.printf("  organized by %s%n", String.join(", ", event.organizers()));
      }
      out.printf(
          "  %-2s %-9s %-10s %-16s %-9s %s%n",
          "#", "CITY", "DATE", "ATTENDANCE", "LECTURERS", "VENUE");
      for (EventStop stop : event.stops()) {
        out.printf(
            "  %-2d %-9s %-10s %-16s %-9s %s%n",
            stop.number(),
            stop.city(),
            stop.date().map(LocalDate::toString).orElse("-"),
            describe(stop.attendance()),
            describe(stop.lecturers()),
            stop.venue().orElse("-"));
      }
      if (event.registered().isPresent()
          || event.attended().isPresent()
          || event.lecturers().isPresent()) {
        out.printf(
            "  totals: registered %s, attended %s, lecturers %s%n",
            describe(event.registered()), describe(event.attended()), describe(event.lecturers()));
      }
      event
          .attendanceRatio()
          .ifPresent(
              ratio ->
                  out.printf(
                      "  attendance ratio: %s (%s%% of registrations)%n",
                      ratio.toPlainString(),
                      ratio
                          .multiply(BigDecimal.valueOf(100))
                          .stripTrailingZeros()
                          .toPlainString()));
      event
          .lecturerCheck()
          .ifPresent(check -> out.printf("  lecturer check: %s%n", check.describe()));
      for (Source source : event.sources()) {
        out.println("  source: " + RuleSetText.source(source));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String sources(List<Source> sources) {
    return sources.stream().map(RuleSetText::source).collect(Collectors.joining("; "));
  }

  private static String describe(Optional<Count> count) {
    return count.map(Count::describe).orElse("-");
  }
}
