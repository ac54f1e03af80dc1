package dev.stackholder.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The shared {@code --from DATE} and {@code --to DATE} options of commands that answer for a
 * period, a picocli mixin: both days included; either may be left open. A {@code --from} after
 * {@code --to} is a usage error (exit status 2), never an empty answer. Not thread-safe.
 */
final class PeriodOptions {
  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "The first day of the period, YYYY-MM-DD (included).")
  Optional<LocalDate> from = Optional.empty();

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "The last day of the period, YYYY-MM-DD (included).")
  Optional<LocalDate> to = Optional.empty();

  /** Checks that the period is not inverted; returns this. */
  PeriodOptions checked() {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new UsageException(
          "--from "
              + from.get()
              + " is after --to "
              + to.get()
              + ", expected the first day of the period on or before the last");
    }
    return this;
  }

  /** Whether a span of days (either end open when unknown) overlaps the period. */
  boolean overlaps(Optional<LocalDate> start, Optional<LocalDate> end) {
    if (from.isPresent() && end.or(() -> start).map(d -> d.isBefore(from.get())).orElse(false)) {
      return false;
    }
    return to.isEmpty() || !start.or(() -> end).map(d -> d.isAfter(to.get())).orElse(false);
  }

  boolean isSet() {
    return from.isPresent() || to.isPresent();
  }
}
