package dev.stackholder.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shared {@code --on DATE} option, a picocli mixin: the date the rules and members apply on,
 * today by default (read from the program's clock: the libraries never read one). Not thread-safe.
 */
final class DateOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "The date (YYYY-MM-DD) whose rules and members apply (default: today).")
  Optional<LocalDate> on = Optional.empty();

  /** The date asked for, or today. */
  LocalDate date() {
    return on.orElseGet(() -> ((StackholderCli) mixee.root().userObject()).today());
  }
}
