package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.BoardComposition;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.RuleSet;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stackholder board [--on DATE]}: the board's seats per class under the rules in force. */
@Command(
    name = "board",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
        "Show the OpenStack Foundation board's seats per class on a date (today by default).",
        "",
        "Counts come from the built-in roster and the rule set in force (under the 2012 bylaws each"
            + " Platinum member appoints one director; Gold and Individual members each elect as many)."},
    footerHeading = "%nExamples:%n",
    footer = {"  stackholder board --on 2017-11-06", "  stackholder board --on 2013-01-01 --format csv", "",
        ExitCodes.HELP_SECTION})
final class BoardCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DateOption date;

  @Mixin
  FormatOptions format;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    LocalDate on = date.date();
    RuleSet ruleSet = OpenStackFoundation.foundation().ruleSetOn(on);
    BoardComposition board = OpenStackFoundation.roster().boardOn(on);
    PrintWriter out = spec.commandLine().getOut();
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().valueToTree(board);
        node.put("date", on.toString());
        node.set("ruleSet", RuleSetText.json(ruleSet));
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        Csv.row(out, "class", "directors");
        for (Map.Entry<String, Integer> seats : board.directorsByClass().entrySet()) {
          Csv.row(out, seats.getKey(), seats.getValue());
        }
        Csv.row(out, "total", board.total());
        break;
      default:
        out.printf("OpenStack Foundation board on %s (rule set %s)%n", on, board.ruleSetId());
        for (Map.Entry<String, Integer> seats : board.directorsByClass().entrySet()) {
          out.printf("  %-12s %3d%n", seats.getKey(), seats.getValue());
        }
        out.printf("  %-12s %3d%n", "total", board.total());
        board.affiliationLimit().ifPresent(limit -> out.printf(
            "No more than %d directors may be affiliated with the same company (%s)%n",
            limit.maxDirectorsPerCompany(), limit.source().title()));
        out.println(RuleSetText.describe(ruleSet));
    }
    return ExitCodes.OK;
  }
}
