package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.board.BoardComposition;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder board [--on DATE]}: the board's seats per class on a date as the sources state
 * them, or "not known" with the reason; with the basis and sources of the counts.
 */
@Command(
    name = "board",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Show the OpenStack Foundation board's seats per class on a date (today by default).",
      "",
      "The seat counts the sources state for that board year (the board that sits from the year's"
          + " election), or the rule in force applied to the Platinum members the evidence knows; where"
          + " neither gives them the answer is \"not known\" with the reason. The basis and the sources"
          + " of the counts are printed with them."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder board --on 2024-06-01",
      "  stackholder board --on 2013-01-01 --format csv",
      "",
      ExitCodes.HELP_SECTION
    })
final class BoardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DateOption date;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    LocalDate on = date.date();
    RuleSet ruleSet = OpenStackFoundation.foundation().ruleSetOn(on);
    BoardComposition board = OpenStackFoundation.roster().boardOn(on);
    // Table output keeps within the terminal's width (wrapping long lines); JSON and CSV are never
    // wrapped.
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().valueToTree(board);
        if (!board.seatsKnown()) {
          // Seats not known: no total, and no empty class map that reads as a board of 0.
          node.remove("total");
          node.remove("directorsByClass");
        }
        node.put("date", on.toString());
        node.set("ruleSet", RuleSetText.json(ruleSet));
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        // Seats not known: no class rows and a total that says so, never a 0 that reads as an empty
        // board
        Csv.row(out, "class", "directors");
        for (Map.Entry<String, Integer> seats : board.directorsByClass().entrySet()) {
          Csv.row(out, seats.getKey(), seats.getValue());
        }
        Csv.row(out, "total", board.seatsKnown() ? String.valueOf(board.total()) : "not known");
        break;
      default:
        out.printf("OpenStack Foundation board on %s (rule set %s)%n", on, board.ruleSetId());
        if (board.seatsKnown()) {
          for (Map.Entry<String, Integer> seats : board.directorsByClass().entrySet()) {
            out.printf("  %-12s %3d%n", seats.getKey(), seats.getValue());
          }
          out.printf("  %-12s %3d%n", "total", board.total());
        } else {
          out.println("  seats not known");
        }
        board.basis().ifPresent(basis -> out.println("Basis: " + basis));
        for (Source source : board.sources()) {
          out.println(
              "Source: "
                  + source.title()
                  + " ("
                  + source.document()
                  + source.date().map(d -> ", " + d).orElse("")
                  + ")"
                  + source.quote().map(q -> ": \"" + q + "\"").orElse(""));
        }
        board
            .affiliationLimit()
            .ifPresent(
                limit ->
                    out.printf(
                        "No more than %d directors may be affiliated with the same company (%s)%n",
                        limit.maxDirectorsPerCompany(), limit.source().title()));
        out.println(RuleSetText.describe(ruleSet));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
