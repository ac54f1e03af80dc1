package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What every command shares: help, version, completion, @FILE arguments, the exit-code policy. */
class StackholderCliTest {
  private static final String[] COMMANDS = {
    "dues", "roster", "board", "income", "case-studies", "case-study", "events", "rank"
  };

  @Test
  void versionIsTheBuilds() {
    CliRun run = new CliRun("--version");
    assertThat(run.status).isZero();
    assertThat(run.out)
        .startsWith("stackholder " + System.getProperty("stackholder.expectedVersion") + "\n");
  }

  @Test
  void everyCommandHasHelpWithTheExitStatusPolicy() {
    for (String command : COMMANDS) {
      CliRun run = new CliRun(command, "--help");
      assertThat(run.status).as(command).isZero();
      assertThat(run.out)
          .as(command)
          .startsWith("Usage: stackholder " + command)
          .contains("Exit status: 0 ok; 1 the data or the rules refused the question; 2 usage");
    }
    CliRun top = new CliRun("--help");
    assertThat(top.out)
        .contains(COMMANDS)
        .contains("generate-completion", "@FILE", "Exit status: 0 ok");
  }

  @Test
  void sharedOptionsComeFromOneMixinEach() {
    CommandLine cli = StackholderCli.commandLine(CliRun.CLOCK);
    // Every data command takes --format table|json|csv (with --json) and --wide from the same
    // mixins.
    for (String command :
        new String[] {
          "dues",
          "roster",
          "board",
          "income",
          "compare",
          "case-studies",
          "case-study",
          "events",
          "users"
        }) {
      assertThat(cli.getSubcommands().get(command).getMixins())
          .as(command)
          .containsKeys("format", "wide");
    }
    assertThat(cli.getSubcommands().get("rank").getMixins()).containsKey("format");
    for (String command : new String[] {"dues", "roster", "board", "compare"}) {
      assertThat(cli.getSubcommands().get(command).getMixins()).as(command).containsKey("date");
    }
    assertThat(cli.getSubcommands().get("events").getMixins()).containsKey("period");
    assertThat(cli.getSubcommands().get("income").getMixins())
        .containsKeys("rate", "format", "wide");
    assertThat(cli.getSubcommands().get("dues").getMixins())
        .containsKeys("foundation", "organization");
  }

  @Test
  void theEvidenceCommandsHelpSaysWhatIsNotKnown() {
    assertThat(new CliRun("roster", "--help").out)
        .contains("last seen in ... on", "how complete the answer is");
    assertThat(new CliRun("board", "--help").out)
        .contains("\"not known\"", "The basis and the sources");
    assertThat(new CliRun("income", "--help").out)
        .contains("USD 50,000 to 200,000", "at the highest of its", "VMware's");
  }

  @Test
  void generatesBashCompletion() {
    CliRun run = new CliRun("generate-completion");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("stackholder Bash Completion", "dues", "--foundation");
  }

  @Test
  void readsArgumentsFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("args");
    Files.writeString(
        file,
        "# Tencent's 2017 dues\n--tier gold\n--revenue \"CNY 237760000000\" --rate CNY/USD=0.1481\n"
            + "--on '2018-01-01'\n");
    CliRun fromFile = new CliRun("dues", "@" + file);
    assertThat(fromFile.status).isZero();
    assertThat(fromFile.out)
        .isEqualTo(
            new CliRun(
                    "dues",
                    "--tier",
                    "gold",
                    "--revenue",
                    "CNY 237760000000",
                    "--rate",
                    "CNY/USD=0.1481",
                    "--on",
                    "2018-01-01")
                .out);
  }

  @Test
  void argumentFilesAreLimited(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big");
    Files.writeString(big, "--tier gold\n".repeat(AtFiles.MAX_BYTES / 10));
    CliRun tooBig = new CliRun("dues", "@" + big);
    assertThat(tooBig.status).isEqualTo(2);
    assertThat(tooBig.err)
        .isEqualTo(
            "stackholder: Argument file '"
                + big
                + "' is larger than 64 KiB, the limit for"
                + " @FILE arguments\n");
    CliRun zero = new CliRun("dues", "@/dev/zero");
    assertThat(zero.status).isEqualTo(2);
    assertThat(zero.err)
        .isEqualTo("stackholder: Argument file '/dev/zero' is not a regular file\n");
    assertThat(new CliRun("case-study", "@@x").err).contains("Unknown case study '@x'");
  }

  @Test
  void controlCharactersInEchoedValuesAreEscaped() {
    CliRun run = new CliRun("dues", "--tier", "gold\nstackholder: all is well\u001b[0m\u2028");
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err)
        .startsWith("stackholder: Unknown tier 'gold\\nstackholder: all is well\\u001b[0m\\u2028'");
  }

  @Test
  void everyThrowableIsOneLineWithItsStatus() {
    assertThat(report(new OutOfMemoryError("Java heap space")))
        .isEqualTo("stackholder: internal error: out of memory" + " (exit status 4)\n");
    assertThat(ExitCodes.of(new OutOfMemoryError())).isEqualTo(4);
    assertThat(ExitCodes.of(new StackOverflowError())).isEqualTo(4);
    assertThat(ExitCodes.of(new NullPointerException())).isEqualTo(4);
    assertThat(report(new IllegalStateException("line one\nline two")))
        .isEqualTo(
            "stackholder: internal error:"
                + " line one\\nline two (exit status 4; please report it)\n");
    assertThat(ExitCodes.of(new dev.stackholder.core.InvalidDataException("x"))).isEqualTo(1);
    assertThat(ExitCodes.of(new UncheckedIOException("x", new IOException("y")))).isEqualTo(1);
    assertThat(
            ExitCodes.of(
                new dev.stackholder.core.NotFoundException("tier", "x", java.util.List.of())))
        .isEqualTo(3);
    assertThat(ExitCodes.of(new UsageException("x"))).isEqualTo(2);
  }

  @Test
  void anErrorInsideACommandIsOneLineAndStatusFour() {
    // The commands read "today" from the clock: one that fails the way a full heap does reaches the
    // program's handling from inside a running command.
    java.time.Clock failing =
        new java.time.Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public java.time.Instant instant() {
            throw new OutOfMemoryError("Java heap space");
          }
        };
    CliRun run = new CliRun(failing, "roster");
    assertThat(run.status).isEqualTo(4);
    assertThat(run.err).isEqualTo("stackholder: internal error: out of memory (exit status 4)\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void theProgramsExitCodeMapperIsThePolicy() {
    CommandLine cli = StackholderCli.commandLine(CliRun.CLOCK);
    assertThat(cli.getExitCodeExceptionMapper().getExitCode(new OutOfMemoryError())).isEqualTo(4);
    assertThat(
            cli.getExitCodeExceptionMapper()
                .getExitCode(new dev.stackholder.core.NotFoundException("a", "b", "c")))
        .isEqualTo(3);
  }

  @Test
  void nonAsciiIsWrittenAsUtf8() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    PrintWriter out = StackholderCli.writer(bytes);
    StackholderCli.run(
        out, new PrintWriter(new StringWriter()), CliRun.CLOCK, "dues", "--tier", "gold");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("We\u2019ve closed the deal\u2014");
  }

  private static String report(Throwable e) {
    StringWriter err = new StringWriter();
    ExitCodes.report(e, new PrintWriter(err, true));
    return err.toString();
  }
}
