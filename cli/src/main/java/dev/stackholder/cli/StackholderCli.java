package dev.stackholder.cli;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.Sector;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stackholder} program: questions about foundation membership and the OpenStack
 * ecosystem, answered from the built-in data. Each question is a subcommand; {@code stackholder
 * --help} lists them and {@code stackholder <command> --help} describes one.
 *
 * <p>Every failure prints exactly one line starting with {@code stackholder: } on standard error,
 * never a stack trace, and exits with the status {@link ExitCodes} assigns: 0 ok, 1 the data or the
 * rules refused, 2 usage, 3 not found, 4 internal error.
 *
 * <p>Standard output and error are written in UTF-8 whatever the platform's locale, so names such
 * as "Université" print the same everywhere.
 */
@Command(
    name = "stackholder",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Foundation membership dues, rosters, boards, OpenStack case studies, events and contribution"
          + " rankings, answered from built-in data in which every figure carries its source.",
      "",
      "Commands that depend on a date use the rules and members in force today unless --on DATE"
          + " says otherwise, and name the rule set they used with its dates and source."
    },
    commandListHeading = "%nCommands:%n",
    subcommands = {
      CommandLine.HelpCommand.class,
      DuesCommand.class,
      RosterCommand.class,
      BoardCommand.class,
      IncomeCommand.class,
      CaseStudiesCommand.class,
      CaseStudyCommand.class,
      EventsCommand.class,
      UsersCommand.class,
      RankCommand.class,
      CompareCommand.class,
      ContributionsCommand.class,
      ValueCommand.class,
      ChartCommand.class,
      SchemaCommand.class,
      AutoComplete.GenerateCompletion.class,
    },
    footerHeading = "%n",
    footer = {
      "Arguments may also be read from a file: @FILE stands for the arguments in FILE (UTF-8, at most"
          + " 64 KiB, a regular file; one or more per line, quoted with \" or ' where they hold blanks;"
          + " lines starting with # are comments; an @ inside the file is taken literally). @@x is the"
          + " argument @x.",
      "",
      "Shell completion (bash, zsh): source <(stackholder generate-completion)",
      "",
      ExitCodes.HELP_SECTION,
      "",
      "Errors are one line on standard error starting with 'stackholder: '. Output is UTF-8."
    })
public final class StackholderCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The clock the date-dependent commands read "today" from: the CLI's, never the library's. */
  final Clock clock;

  /**
   * Where the terminal's width ({@code COLUMNS}) comes from: the process's environment, or a
   * test's.
   */
  final java.util.Map<String, String> environment;

  private StackholderCli(Clock clock, java.util.Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  /** Runs the program with UTF-8 output and the system clock, and exits with its status. */
  public static void main(String[] args) {
    int status;
    PrintWriter err = writer(new FileOutputStream(FileDescriptor.err));
    try {
      PrintWriter out = writer(new FileOutputStream(FileDescriptor.out));
      status = run(out, err, Clock.systemDefaultZone(), args);
      out.flush();
    } catch (Throwable e) {
      // Anything run() itself could not report (an OutOfMemoryError while reporting, say).
      status = ExitCodes.report(e, err);
    }
    err.flush();
    System.exit(status);
  }

  /** The program's writers: UTF-8 whatever the platform's default charset, flushed on println. */
  static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /**
   * Runs the program without exiting, with the system clock, for tests and embedding.
   *
   * @return the exit status, see {@link ExitCodes}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, Clock.systemDefaultZone(), args);
  }

  /**
   * Runs the program without exiting.
   *
   * @param clock where "today" comes from for commands run without {@code --on}
   * @return the exit status, see {@link ExitCodes}; every failure is one line on {@code err}
   */
  public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
    return run(out, err, clock, System.getenv(), args);
  }

  /**
   * The same with the environment given (its {@code COLUMNS} is the width tables fit), for tests.
   */
  static int run(
      PrintWriter out,
      PrintWriter err,
      Clock clock,
      java.util.Map<String, String> environment,
      String... args) {
    try {
      List<String> expanded = AtFiles.expand(List.of(args));
      CommandLine cli = commandLine(clock, environment);
      cli.setOut(out);
      cli.setErr(err);
      return cli.execute(expanded.toArray(new String[0]));
    } catch (Throwable e) {
      return ExitCodes.report(e, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The command tree with the program's converters and handlers, registered once here. */
  static CommandLine commandLine(Clock clock) {
    return commandLine(clock, System.getenv());
  }

  static CommandLine commandLine(Clock clock, java.util.Map<String, String> environment) {
    CommandLine cli = new CommandLine(new StackholderCli(clock, environment));
    cli.setExpandAtFiles(false); // AtFiles does it, with a size limit
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(LocalDate.class, new CliConverters.DateConverter());
    cli.registerConverter(java.time.Year.class, new CliConverters.YearConverter());
    cli.registerConverter(Money.class, new CliConverters.MoneyConverter());
    cli.registerConverter(ExchangeRate.class, new CliConverters.RateConverter());
    cli.registerConverter(Metric.class, new CliConverters.MetricConverter());
    cli.registerConverter(TieMode.class, new CliConverters.TieModeConverter());
    cli.registerConverter(Sector.class, new CliConverters.SectorConverter());
    cli.registerConverter(OutputFormat.class, new CliConverters.FormatConverter());
    cli.setExitCodeExceptionMapper(ExitCodes::of);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> ExitCodes.report(e, commandLine.getErr()));
    cli.setParameterExceptionHandler(ExitCodes::reportUsage);
    return cli;
  }

  /** Today for this run, from the program's clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * No command: the usage on standard error, then the one error line; a usage error, exit status 2.
   */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UsageException(
        "a command is required, e.g. 'stackholder dues --tier gold' (see 'stackholder --help')");
  }
}
