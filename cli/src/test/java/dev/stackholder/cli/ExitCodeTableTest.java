package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the one exit-code table ({@link ExitCodes}), with the cases issue 24 found
 * inconsistent: 0 answered; 1 the data or the rules refused a well-formed question; 2 usage (an
 * unknown option, a missing command or option, a malformed or out-of-range value: dates and years
 * outside 1000-9999); 3 an unknown id; 4 a bug, which no row reaches. A year within 1000-9999 that
 * the data cannot answer for is refused (1) when it is before the first rules; a year after the
 * evidence is answered with what is unknown (0).
 */
class ExitCodeTableTest {
  @TempDir static Path dir;

  static Stream<Arguments> rows() {
    String png = dir.resolve("chart.png").toString();
    return Stream.of(
        row(0, "income", "--year", "2018"),
        row(0, "income", "--year", "3000"),
        row(1, "income", "--year", "2011"),
        row(2, "income", "--year", "-5"),
        row(2, "income", "--year", "99999"),
        row(2, "income", "--year", "0999"),
        row(2, "income", "--year", "twenty"),
        row(0, "roster", "--on", "3000-01-01"),
        row(1, "roster", "--on", "2011-01-01"),
        row(2, "roster", "--on", "0999-12-31"),
        row(2, "board", "--on", "2012-02-30"),
        row(1, "dues", "--tier", "gold", "--revenue", "USD -5", "--on", "2018-01-01"),
        row(1, "dues", "--tier", "gold", "--revenue", "CNY 1", "--on", "2018-01-01"),
        row(2, "dues", "--teir", "gold"),
        row(2, "dues", "--tier", "gold", "--format", "xml"),
        row(2, "dues", "--tier", "gold", "--json", "--format", "csv"),
        row(3, "dues", "--tier", "diamond"),
        row(3, "dues", "--foundation", "nosuch", "--tier", "gold"),
        row(3, "case-study", "nosuch"),
        row(3, "schema", "nosuch"),
        row(2, "events", "--from", "2013-01-01", "--to", "2012-01-01"),
        row(2, "events", "--on", "2012-08-10", "--from", "2012-01-01"),
        row(2, "users", "--sector", "nosuch"),
        row(2, "chart", "dues", "--tier", "gold", "--revenue", "USD 0", "--out", png),
        row(2, "chart", "dues", "--tier", "gold", "--revenue", "USD -1", "--out", png),
        row(2, "chart", "members", "--out", png, "--width", "8000", "--height", "8000"),
        row(2, "chart", "members", "--out", png, "--width", "4000", "--height", "4000"),
        row(2, "chart", "members", "--out", png, "--from", "0000-01-01"),
        row(2, "frobnicate"));
  }

  private static Arguments row(int status, String... args) {
    return Arguments.of(status, List.of(args));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void eachRowExitsWithItsStatus(int status, List<String> args) {
    CliRun run = new CliRun(args.toArray(new String[0]));
    assertThat(run.status).as(run.err).isEqualTo(status);
    if (status != 0) {
      assertThat(run.err).startsWith("stackholder: ").doesNotContain("internal error");
      assertThat(run.err.split("\n")).hasSize(1);
    }
  }

  @Test
  void noCommandPrintsTheUsageAndExitsWithAUsageError() {
    CliRun run = new CliRun();
    assertThat(run.status).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err)
        .startsWith("Usage: stackholder")
        .contains("Commands:")
        .endsWith(
            "stackholder: a command is required, e.g. 'stackholder dues --tier gold' (see 'stackholder --help')\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void aMissingRequiredOptionSuggestsTheOneTheUserMistyped() {
    CliRun run = new CliRun("dues", "--teir", "gold");
    assertThat(run.status).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err)
        .contains("Missing required option: '--tier=TIER'")
        .contains("did you mean --tier?");
  }

  @Test
  void theHelpStatesTheSameTable() {
    assertThat(ExitCodes.HELP_SECTION)
        .contains(
            "0 ok",
            "1 the data or the rules refused",
            "2 usage",
            "3 not found",
            "4 internal error");
  }
}
