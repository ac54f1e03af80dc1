package dev.stackholder.cli;

import dev.stackholder.core.StackholderException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stackholder} program: questions about foundation membership and the OpenStack ecosystem,
 * answered from the built-in data. Each question is a subcommand; {@code stackholder --help} lists
 * them and {@code stackholder <command> --help} describes one.
 *
 * <p>Bad input prints one line starting with {@code stackholder: } on standard error and exits with
 * status 2 (usage) or 1 (the data or the rules refused the question); never a stack trace.
 */
@Command(
    name = "stackholder",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Foundation membership dues, rosters, boards and OpenStack ecosystem data.",
    subcommands = {
        CommandLine.HelpCommand.class,
        DuesCommand.class,
        RosterCommand.class,
        BoardCommand.class,
        IncomeCommand.class,
        CaseStudiesCommand.class,
        CaseStudyCommand.class,
        EventsCommand.class,
        RankCommand.class,
    })
public final class StackholderCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private StackholderCli() {}

  /** Runs the program and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the program without exiting, for tests and embedding.
   *
   * @return the exit status: 0 on success, 1 when the data or rules refused, 2 on a usage error
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new StackholderCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof StackholderException || ex instanceof IllegalArgumentException) {
        commandLine.getErr().println("stackholder: " + ex.getMessage());
        return 1;
      }
      throw ex;
    });
    cli.setParameterExceptionHandler((ex, args1) -> {
      CommandLine commandLine = ex.getCommandLine();
      commandLine.getErr().println("stackholder: " + ex.getMessage()
          + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
      return 2;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
