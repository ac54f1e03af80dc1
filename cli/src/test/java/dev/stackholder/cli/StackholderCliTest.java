package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The program's commands, run in-process: output, exit status, one-line errors. */
class StackholderCliTest {
  private static final String TENCENT_GOLD_EXPLANATION = "Gold: revenue CNY 237,760,000,000.00 converted at"
      + " CNY/USD=0.1481 (rounded half up to 0.01 USD) is USD 35,212,256,000.00; 0.025% of USD 35,212,256,000.00"
      + " = USD 8,803,064.00, above the maximum: USD 200,000.00 (OpenStack Foundation bylaws, 2012)";

  @Test
  void duesPrintsTheAmountAndTheExplanation() {
    CliRun run = new CliRun("dues", "--tier", "gold", "--revenue", "CNY 237760000000", "--rate", "CNY/USD=0.1481");
    assertThat(run.status).isZero();
    assertThat(run.out.lines()).containsExactly("USD 200,000.00", TENCENT_GOLD_EXPLANATION);
    assertThat(run.err).isEmpty();
  }

  @Test
  void versionIsTheBuilds() {
    CliRun run = new CliRun("--version");
    assertThat(run.status).isZero();
    assertThat(run.out).isEqualTo("stackholder " + System.getProperty("stackholder.expectedVersion") + "\n");
  }

  @Test
  void ratesAreReadAsExchangeRateWritesThem() {
    CliRun bad = new CliRun("dues", "--tier", "gold", "--revenue", "CNY 1", "--rate", "CNY-USD=0.1481");
    assertThat(bad.status).isEqualTo(2);
    assertThat(bad.err).startsWith("stackholder: Invalid value for option '--rate' (FROM/TO=RATE): 'CNY-USD=0.1481' is not an"
        + " exchange rate, expected FROM/TO=RATE such as 'CNY/USD=0.1481'");
    CliRun good = new CliRun("dues", "--tier", "gold", "--revenue", "CNY 237760000000", "--rate", "cny/usd=0.1481");
    assertThat(good.out.lines()).containsExactly("USD 200,000.00", TENCENT_GOLD_EXPLANATION);
  }

  @Test
  void duesAsJson() {
    CliRun run = new CliRun("dues", "--tier", "Platinum", "--json");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("\"amount\" : {\n    \"amount\" : \"500000.00\",\n    \"currency\" : \"USD\"");
  }

  @Test
  void missingRateIsOneLineAndStatusOne() {
    CliRun run = new CliRun("dues", "--tier", "gold", "--revenue", "CNY 237760000000");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).isEqualTo("stackholder: No exchange rate from CNY to USD: give one, e.g. CNY/USD=<rate>\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void badRevenueIsAUsageError() {
    CliRun run = new CliRun("dues", "--tier", "gold", "--revenue", "lots");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).isEqualTo("stackholder: Invalid value for option '--revenue': 'lots' is not an amount of"
        + " money, expected a currency code and an amount such as 'USD 200000.00' (see 'stackholder dues --help')\n");
  }

  @Test
  void negativeRevenueAndUnknownTierAreRefused() {
    assertThat(new CliRun("dues", "--tier", "gold", "--revenue", "USD -5").err)
        .isEqualTo("stackholder: Annual revenue USD -5.00 is negative, expected zero or more\n");
    CliRun unknown = new CliRun("dues", "--tier", "diamond", "--revenue", "USD 5");
    assertThat(unknown.status).isEqualTo(1);
    assertThat(unknown.err).startsWith("stackholder: Unknown tier 'diamond', expected one of platinum, gold");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"dues", "roster", "board", "income", "case-studies", "case-study",
        "events", "rank"}) {
      CliRun run = new CliRun(command, "--help");
      assertThat(run.status).as(command).isZero();
      assertThat(run.out).as(command).startsWith("Usage: stackholder " + command);
    }
    assertThat(new CliRun("--help").out).contains("dues", "roster", "board", "income", "case-studies", "case-study",
        "events", "rank");
  }

  @Test
  void boardOfTheFirstYear() {
    CliRun run = new CliRun("board", "--on", "2013-01-01");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("  platinum       8", "  gold           8", "  individual     8", "  total         24");
  }

  @Test
  void rosterNamesTencentAsGoldInNovember2017() {
    // The evidence lists Tencent as Gold in November 2017 (month precision: read as 2017-11-30).
    CliRun run = new CliRun("roster", "--on", "2017-11-30");
    assertThat(run.status).isZero();
    assertThat(run.out).containsPattern("Gold +Tencent +since 2017-11-30");
    assertThat(run.out).contains("Sources state 8 Platinum members on 2017-11-06 (Chinese WeChat is powered by OpenStack)");
  }

  @Test
  void rosterAsJsonListsMembersAndCounts() {
    CliRun run = new CliRun("roster", "--on", "2012-09-09", "--json");
    assertThat(run.out).contains("\"platinum\" : 8", "\"gold\" : 14");
  }

  @Test
  void incomeLeavesOutUndeclaredRevenuesAndSaysSo() {
    CliRun run = new CliRun("income", "--year", "2018", "--revenue", "tencent=CNY 237760000000", "--rate", "CNY/USD=0.1481");
    assertThat(run.status).isZero();
    // Tencent is Platinum from 2018-05-20 in the evidence; an undeclared Gold revenue is now a range (its least shown).
    assertThat(run.out).containsPattern("Tencent +Platinum +USD 500,000.00");
    assertThat(run.out).containsPattern("Cisco +Gold +USD 50,000.00 .*USD 50,000.00 to USD 200,000.00");
  }

  @Test
  void badDateIsAUsageError() {
    CliRun run = new CliRun("board", "--on", "2013-02-30");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("stackholder: Invalid value for option '--on': '2013-02-30' is not a date");
  }
}
