package dev.stackholder.cli;

import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.BoardComposition;
import dev.stackholder.membership.OpenStackFoundation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stackholder board --on DATE}: the board's seats per class under the rules in force. */
@Command(
    name = "board",
    mixinStandardHelpOptions = true,
    description = {
        "Show the OpenStack Foundation board's seats per class on a date.",
        "Counts come from the built-in roster and the rule set in force (each Platinum member",
        "appoints one director; Gold and Individual members each elect as many)."})
final class BoardCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--on", required = true, paramLabel = "DATE", converter = CliConverters.DateConverter.class,
      description = "The date (YYYY-MM-DD).")
  LocalDate on;

  @Option(names = "--json", description = "Print the composition as JSON.")
  boolean json;

  @Override
  public Integer call() {
    BoardComposition board = OpenStackFoundation.roster().boardOn(on);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StackholderJson.writePretty(board));
      return 0;
    }
    out.printf("OpenStack Foundation board on %s (rule set %s)%n", on, board.ruleSetId());
    for (Map.Entry<String, Integer> seats : board.directorsByClass().entrySet()) {
      out.printf("  %-12s %3d%n", seats.getKey(), seats.getValue());
    }
    out.printf("  %-12s %3d%n", "total", board.total());
    board.affiliationLimit().ifPresent(limit -> out.printf(
        "No more than %d directors may be affiliated with the same company (%s)%n",
        limit.maxDirectorsPerCompany(), limit.source().title()));
    return 0;
  }
}
