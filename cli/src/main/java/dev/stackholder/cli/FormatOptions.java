package dev.stackholder.cli;

import picocli.CommandLine.Option;

/**
 * The shared {@code --format table|json|csv} option (with {@code --json} for {@code --format
 * json}), a picocli mixin of every command that prints rows. Not thread-safe: one per parse.
 */
final class FormatOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "table (the default), json (pretty-printed) or csv (RFC 4180, with a header row).")
  OutputFormat format;

  @Option(names = "--json", description = "The same as --format json.")
  boolean json;

  OutputFormat format() {
    if (json && format != null && format != OutputFormat.JSON) {
      throw new UsageException("--json and --format " + format.id() + " contradict each other");
    }
    return json ? OutputFormat.JSON : format == null ? OutputFormat.TABLE : format;
  }
}
