package dev.stackholder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder chart}: draws the built-in data as a PNG or SVG image, one subcommand per
 * chart. Only the subcommands load the chart library. Not thread-safe (picocli fills its fields).
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Draw a chart as a PNG or SVG image (by the --out file's extension), --width by --height pixels.",
      "",
      "dues: a tier's yearly dues against revenue (log scale), several foundations or rule sets on one"
          + " chart; members: members per tier over time from the evidence roster, with what is unknown;"
          + " contributions: the employers' shares of a release's contributions."
    },
    commandListHeading = "%nCharts:%n",
    subcommands = {
      ChartDuesCommand.class,
      ChartMembersCommand.class,
      ChartContributionsCommand.class,
      ChartValueCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder chart dues --tier gold --revenue \"USD 5000000000\" \\",
      "      --out dues.png",
      "  stackholder chart members --out members.svg --width 1200 --height 700",
      "  stackholder chart contributions --release folsom --out folsom.png",
      "",
      ExitCodes.HELP_SECTION
    })
final class ChartCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new UsageException(
        "Missing required subcommand: dues, members or contributions (see 'stackholder chart"
            + " --help')");
  }
}
