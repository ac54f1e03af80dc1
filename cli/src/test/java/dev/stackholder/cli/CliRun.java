package dev.stackholder.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One in-process run of the program: its exit status and what it printed. "Today" is {@link #TODAY}
 * (a fixed clock), so tests do not depend on the day they run. For tests.
 */
final class CliRun {
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  static final Clock CLOCK =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  final int status;
  final String out;
  final String err;

  CliRun(String... args) {
    this(CLOCK, args);
  }

  CliRun(Clock clock, String... args) {
    this(clock, UNWRAPPED, args);
  }

  /**
   * The environment of most tests: a terminal wide enough that no line is wrapped, so that they
   * check what is printed, not where it breaks. The width tests give their own ({@code Map.of()}
   * for no COLUMNS, the default width of 100).
   */
  static final java.util.Map<String, String> UNWRAPPED = java.util.Map.of("COLUMNS", "99999");

  /** A run with the environment given (its COLUMNS is the width tables fit). */
  CliRun(Clock clock, java.util.Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    this.status =
        StackholderCli.run(
            new PrintWriter(out, true), new PrintWriter(err, true), clock, environment, args);
    this.out = out.toString();
    this.err = err.toString();
  }
}
