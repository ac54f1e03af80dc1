package dev.stackholder.cli;

import picocli.CommandLine.Option;

/**
 * The shared {@code --json} option of commands that print one record rather than rows, a picocli
 * mixin. Not thread-safe: one per parse.
 */
final class JsonOption {
  @Option(names = "--json", description = "Print the answer as pretty-printed JSON.")
  boolean json;
}
