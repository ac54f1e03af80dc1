package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class IncomeCommandTest {
  @Test
  void leavesOutUndeclaredRevenuesAndSaysSoAndNamesTheRules() {
    CliRun run = new CliRun("income", "--year", "2018", "--revenue", "tencent=CNY 237760000000", "--rate", "CNY/USD=0.1481");
    assertThat(run.status).isZero();
    assertThat(run.out).containsPattern("Tencent +Gold +USD 200,000.00");
    assertThat(run.out).contains("Not included: 'cisco' (Gold from 2018-01-01) declared no annual revenue, which its dues need");
    assertThat(run.out).contains("Rules: openstack-2012 (");
  }

  @Test
  void aYearAcrossRuleSetsNamesEach() throws Exception {
    JsonNode json = StackholderJson.mapper().readTree(new CliRun("income", "--year", "2021", "--json").out);
    assertThat(json.get("ruleSets").findValuesAsText("id")).contains("openstack-2012", "openinfra-2021-01", "openinfra-2021-09");
  }

  @Test
  void defaultsToThisYear() {
    assertThat(new CliRun("income").out)
        .isEqualTo(new CliRun("income", "--year", String.valueOf(CliRun.TODAY.getYear())).out);
  }

  @Test
  void unknownRepeatedOrMalformedRevenuesAreRefusedNamingTheValue() {
    CliRun unknown = new CliRun("income", "--year", "2018", "--revenue", "tencnet=USD 1");
    assertThat(unknown.status).isEqualTo(3);
    assertThat(unknown.err).startsWith("stackholder: Unknown organization 'tencnet', expected one of ");
    CliRun twice = new CliRun("income", "--year", "2018", "--revenue", "tencent=USD 1", "--revenue", "Tencent=USD 2");
    assertThat(twice.status).isEqualTo(2);
    assertThat(twice.err).isEqualTo("stackholder: --revenue tencent is given twice, expected one revenue per member\n");
    CliRun lots = new CliRun("income", "--year", "2018", "--revenue", "tencent=lots");
    assertThat(lots.status).isEqualTo(2);
    assertThat(lots.err).contains("'lots' is not an amount of money");
  }

  @Test
  void yearsOutOfRangeAreOneLine() {
    assertThat(new CliRun("income", "--year", "999999999").err)
        .isEqualTo("stackholder: --year 999999999 is out of range, expected a year from 2012 to 9999\n");
    CliRun early = new CliRun("income", "--year", "2011");
    assertThat(early.status).isEqualTo(1);
    assertThat(early.err).contains("the first rule set is in force from 2012-08-28");
  }

  @Test
  void csvHasAHeader() {
    assertThat(new CliRun("income", "--year", "2013", "--format", "csv").out)
        .startsWith("organization,name,tier,from,until,charged,explanation\r\n");
  }
}
