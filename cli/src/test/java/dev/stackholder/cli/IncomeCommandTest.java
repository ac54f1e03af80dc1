package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.income.IncomeReport;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.regex.Pattern;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class IncomeCommandTest {
  @Test
  void theFiledFigureStandsBesideTheRange() {
    CliRun run = new CliRun("income", "--year", "2019");
    assertThat(run.status).isZero();
    assertThat(run.out)
        .contains(
            "Filed: 2019: Form 990 contributions, gifts, grants USD 6,835,827.00 (",
            "inside the computed range",
            "range width ");
    CliRun none = new CliRun("income", "--year", "2017");
    assertThat(none.out).contains("Filed: no income figure found for 2017");
  }

  @Test
  void undeclaredGoldRevenuesAreRangesAndTheTotalsToo() {
    CliRun run =
        new CliRun(
            "income",
            "--year",
            "2018",
            "--revenue",
            "tencent=CNY 237760000000",
            "--rate",
            "CNY/USD=0.1481");
    assertThat(run.status).isZero();
    assertThat(run.out)
        .containsPattern("Tencent +Platinum +USD 500,000.00")
        .containsPattern("Cisco +Gold +USD 50,000.00 to USD 200,000.00  full year")
        .doesNotContain("Not included:");
    IncomeReport report =
        IncomeReport.forYearDeclared(
            OpenStackFoundation.roster(),
            Year.of(2018),
            Map.of("tencent", Declaration.ofRevenue(Money.parse("CNY 237760000000"))),
            dev.stackholder.core.ExchangeRates.empty()
                .with(
                    org.joda.money.CurrencyUnit.of("CNY"),
                    org.joda.money.CurrencyUnit.USD,
                    new BigDecimal("0.1481")));
    assertThat(report.totalUpTo()).isGreaterThan(report.total());
    assertThat(run.out)
        .containsPattern(
            "Total all +"
                + Pattern.quote(
                    MoneyText.format(report.total())
                        + " to "
                        + MoneyText.format(report.totalUpTo()))
                + "\n");
    assertThat(run.out).contains("Uncertain (in the upper total only): 'hp': HP: last seen on ");
    assertThat(run.out).contains("Rules: openstack-2012 (");
  }

  @Test
  void theTierChangeChargingRuleIsStated() throws Exception {
    CliRun run = new CliRun("income", "--year", "2018");
    assertThat(run.out)
        .contains(
            "Charging: openstack-2012: any part of a year is charged as a full year (no public"
                + " proration rule was found); a member that changes tier during the year is charged once, at the highest"
                + " of its tiers' dues, so declaring a revenue never lowers the total\n");
    JsonNode json =
        StackholderJson.mapper().readTree(new CliRun("income", "--year", "2018", "--json").out);
    assertThat(json.get("chargingRules").get(0).asText())
        .contains("at the highest of its tiers' dues");
  }

  @Test
  void declaringTencentsRevenueIn2018NeverLowersTheTotal() throws Exception {
    JsonNode without =
        StackholderJson.mapper().readTree(new CliRun("income", "--year", "2018", "--json").out);
    JsonNode with =
        StackholderJson.mapper()
            .readTree(
                new CliRun(
                        "income",
                        "--year",
                        "2018",
                        "--json",
                        "--revenue",
                        "tencent=CNY 237760000000",
                        "--rate",
                        "CNY/USD=0.1481")
                    .out);
    JsonNode small =
        StackholderJson.mapper()
            .readTree(
                new CliRun("income", "--year", "2018", "--json", "--revenue", "tencent=USD 1").out);
    for (JsonNode declared : new JsonNode[] {with, small}) {
      assertThat(amount(declared, "total")).isGreaterThanOrEqualTo(amount(without, "total"));
      assertThat(amount(declared, "totalUpTo")).isLessThanOrEqualTo(amount(without, "totalUpTo"));
    }
    // A Gold member's revenue narrows its range from above and below
    JsonNode cisco =
        StackholderJson.mapper()
            .readTree(
                new CliRun("income", "--year", "2018", "--json", "--revenue", "cisco=USD 400000000")
                    .out);
    assertThat(amount(cisco, "total"))
        .isEqualByComparingTo(amount(without, "total").add(new BigDecimal("50000")));
    assertThat(amount(cisco, "totalUpTo"))
        .isEqualByComparingTo(amount(without, "totalUpTo").subtract(new BigDecimal("100000")));
  }

  @Test
  void the2012StatedChargesAreShownAndUsed() throws Exception {
    CliRun run = new CliRun("income", "--year", "2012");
    assertThat(run.out)
        .containsPattern("VMware +Gold +USD 66,666.67  ")
        .contains(
            "Stated charge, replacing the rule's amount: VMware USD 66,666.67 for 2012 (VMware, Intel And NEC"
                + " Become Gold Members Of OpenStack Foundation (Cloud Computing Today), 2012-09-09)");
    JsonNode json =
        StackholderJson.mapper().readTree(new CliRun("income", "--year", "2012", "--json").out);
    assertThat(json.get("statedCharges").findValuesAsText("organizationId"))
        .containsExactly("vmware", "intel", "nec");
    assertThat(new CliRun("income", "--year", "2013").out).doesNotContain("Stated charge");
  }

  private static BigDecimal amount(JsonNode report, String field) {
    return new BigDecimal(report.get(field).get("amount").asText());
  }

  @Test
  void aYearAcrossRuleSetsNamesEach() throws Exception {
    JsonNode json =
        StackholderJson.mapper().readTree(new CliRun("income", "--year", "2021", "--json").out);
    assertThat(json.get("ruleSets").findValuesAsText("id"))
        .contains("openstack-2012", "openinfra-2021-01", "openinfra-2021-09");
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
    assertThat(unknown.err)
        .startsWith("stackholder: Unknown organization 'tencnet', expected one of ");
    CliRun twice =
        new CliRun(
            "income", "--year", "2018", "--revenue", "tencent=USD 1", "--revenue", "Tencent=USD 2");
    assertThat(twice.status).isEqualTo(2);
    assertThat(twice.err)
        .isEqualTo(
            "stackholder: --revenue tencent is given twice, expected one revenue per member\n");
    CliRun lots = new CliRun("income", "--year", "2018", "--revenue", "tencent=lots");
    assertThat(lots.status).isEqualTo(2);
    assertThat(lots.err).contains("'lots' is not an amount of money");
  }

  @Test
  void yearsOutOfRangeAreOneLine() {
    assertThat(new CliRun("income", "--year", "999999999").err)
        .isEqualTo(
            "stackholder: Invalid value for option '--year': '999999999' is out of range, expected a year from"
                + " 1000 to 9999 (see 'stackholder income --help')\n");
    CliRun early = new CliRun("income", "--year", "2011");
    assertThat(early.status).isEqualTo(1);
    assertThat(early.err).contains("the first rule set is in force from 2012-08-28");
  }

  @Test
  void csvHasAHeader() {
    assertThat(new CliRun("income", "--year", "2013", "--format", "csv").out)
        .startsWith(
            "organization,name,tier,from,until,currency,charged,charged_up_to,explanation\r\n")
        .contains(",USD,50000.00,200000.00,")
        .doesNotContain("\"USD 50,000.00\"");
  }

  @Test
  void eachTiersTotalIsTheRangeItsLinesGiveNotItsLeastAlone() {
    CliRun run = new CliRun("income", "--year", "2013");
    assertThat(run.out)
        .doesNotContain("(least)")
        .containsPattern("Total gold +USD [0-9,.]+ to USD [0-9,.]+\n")
        .containsPattern("Total platinum +USD [0-9,.]+\n");
  }
}
