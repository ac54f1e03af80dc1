package dev.stackholder.cli;

import dev.stackholder.core.json.StackholderJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder schema COMMAND}: the JSON Schema of that command's {@code --format json}
 * output.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of a command's --format json output.",
      "",
      "Commands: dues, roster, board, income, case-studies, case-study, events, users, compare, rank,"
          + " contributions. The schema stands alone (the library schemas it uses are included) and every"
          + " output of the command validates against it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder schema roster",
      "  stackholder schema contributions > contributions.schema.json",
      "",
      ExitCodes.HELP_SECTION
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "COMMAND",
      description = "The command whose JSON output is described.")
  String command;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(StackholderJson.writePretty(CliSchemas.of(command)));
    return ExitCodes.OK;
  }
}
