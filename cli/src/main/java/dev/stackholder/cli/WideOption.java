package dev.stackholder.cli;

import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shared {@code --wide} option of commands that print tables, a picocli mixin, and the width
 * their table output fits: the terminal's ({@code COLUMNS}), else {@value #DEFAULT_WIDTH}; with
 * {@code --wide}, no limit (each record on one line, as before tables wrapped). Not thread-safe.
 */
final class WideOption {
  /** The width when {@code COLUMNS} is not set, or not a number from {@value #MIN_WIDTH}. */
  static final int DEFAULT_WIDTH = 100;

  static final int MIN_WIDTH = 40;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--wide",
      description =
          "Table output: keep each line whole instead of wrapping it to the"
              + " terminal's width (COLUMNS, else "
              + DEFAULT_WIDTH
              + ").")
  boolean wide;

  /** The width table output keeps within. */
  int width() {
    if (wide) {
      return Integer.MAX_VALUE;
    }
    return of(((StackholderCli) mixee.root().userObject()).environment);
  }

  /** {@code COLUMNS} from the environment when it is a sensible width, else the default. */
  static int of(Map<String, String> environment) {
    String columns = environment.get("COLUMNS");
    if (columns != null && columns.trim().matches("[0-9]{1,5}")) {
      int width = Integer.parseInt(columns.trim());
      if (width >= MIN_WIDTH) {
        return width;
      }
    }
    return DEFAULT_WIDTH;
  }
}
