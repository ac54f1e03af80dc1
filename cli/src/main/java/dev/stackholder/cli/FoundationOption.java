package dev.stackholder.cli;

import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import picocli.CommandLine.Option;

/**
 * The shared {@code --foundation ID} option, a picocli mixin: which built-in foundation a command
 * asks about, {@code openstack} by default. Resolved when the command runs, so an unknown id is a
 * "not found" (exit status 3) naming the built-in ones. Not thread-safe.
 */
final class FoundationOption {
  @Option(
      names = "--foundation",
      paramLabel = "ID",
      defaultValue = "openstack",
      description =
          "The foundation, by id (default: ${DEFAULT-VALUE}); an unknown id lists the built-in ones.")
  String id;

  Foundation foundation() {
    return Foundations.getFoundation(id);
  }
}
