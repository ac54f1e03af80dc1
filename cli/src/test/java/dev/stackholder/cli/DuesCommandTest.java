package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.OrganizationKind;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.TierRule;
import java.time.LocalDate;
import java.util.Iterator;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DuesCommandTest {
  private static final String TENCENT_GOLD_EXPLANATION =
      "Gold: revenue CNY 237,760,000,000.00 converted at"
          + " CNY/USD=0.1481 (rounded half up to 0.01 USD) is USD 35,212,256,000.00; 0.025% of USD 35,212,256,000.00"
          + " = USD 8,803,064.00, above the maximum: USD 200,000.00 (OpenStack Foundation bylaws, 2012)";
  private static final String EVIDENCE_AGE_2018 =
      "; fees last confirmed by a source on 2016-11-17, 1 year and 1 month before 2018-01-01";

  @Test
  void underThe2012BylawsPrintsTheAmountTheExplanationAndTheRules() {
    CliRun run =
        new CliRun(
            "dues",
            "--tier",
            "gold",
            "--revenue",
            "CNY 237760000000",
            "--rate",
            "CNY/USD=0.1481",
            "--on",
            "2018-01-01");
    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out.lines())
        .hasSize(4)
        .startsWith("USD 200,000.00", TENCENT_GOLD_EXPLANATION + EVIDENCE_AGE_2018);
    assertThat(run.out.lines().skip(2).findFirst().orElseThrow())
        .startsWith("OpenStack Foundation, 2018-01-01. Rules: openstack-2012 (")
        .contains("in force 2012-08-28 to 2021-01-14; source");
    assertThat(run.out.lines().skip(3).findFirst().orElseThrow())
        .startsWith(
            "Fee last confirmed by a source on 2016-11-17, 1 year and 1 month before 2018-01-01: old evidence");
  }

  @Test
  void withoutADateTheRulesInForceTodayApply() {
    RuleSet today = OpenStackFoundation.foundation().ruleSetOn(CliRun.TODAY);
    CliRun run = new CliRun("dues", "--tier", "gold", "--revenue", "EUR 3000000000");
    assertThat(run.status).isZero();
    DuesQuote expected =
        OpenStackFoundation.foundation()
            .duesScheduleOn(CliRun.TODAY)
            .quote(
                OpenStackFoundation.GOLD,
                Declaration.ofRevenue(Money.parse("EUR 3000000000")),
                ExchangeRates.empty());
    assertThat(run.out.lines())
        .startsWith(
            dev.stackholder.core.MoneyText.format(expected.amount()), expected.explanation());
    assertThat(run.out)
        .contains(
            "Rules: "
                + today.id()
                + " ("
                + today.name()
                + "), in force "
                + RuleSetText.span(today));
    assertThat(run.out)
        .isEqualTo(
            new CliRun(
                    "dues",
                    "--tier",
                    "gold",
                    "--revenue",
                    "EUR 3000000000",
                    "--on",
                    CliRun.TODAY.toString())
                .out);
  }

  @Test
  void jsonIsTheLibrarysQuoteWithTheRuleSetsDatesAndSources() throws Exception {
    LocalDate on = LocalDate.of(2018, 1, 1);
    CliRun run =
        new CliRun(
            "dues",
            "--tier",
            "gold",
            "--revenue",
            "CNY 237760000000",
            "--rate",
            "CNY/USD=0.1481",
            "--on",
            on.toString(),
            "--json");
    assertThat(run.status).isZero();
    JsonNode json = StackholderJson.mapper().readTree(run.out);
    RuleSet ruleSet = OpenStackFoundation.foundation().ruleSetOn(on);
    DuesQuote quote =
        OpenStackFoundation.foundation()
            .duesScheduleOn(on)
            .quote(
                OpenStackFoundation.GOLD,
                Declaration.ofRevenue(Money.parse("CNY 237760000000")),
                dev.stackholder.core.ExchangeRates.of(
                    java.util.List.of(dev.stackholder.core.ExchangeRate.parse("CNY/USD=0.1481"))));
    JsonNode library = StackholderJson.mapper().valueToTree(quote);
    for (Iterator<String> names = library.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertThat(json.get(name)).as(name).isEqualTo(library.get(name));
    }
    assertThat(json.get("ruleSet").get("id").asText()).isEqualTo(ruleSet.id());
    assertThat(json.get("ruleSet").get("effectiveFrom").asText())
        .isEqualTo(ruleSet.effectiveFrom().toString());
    assertThat(json.get("ruleSet").get("effectiveUntil").asText())
        .isEqualTo(ruleSet.effectiveUntil().orElseThrow().toString());
    assertThat(json.get("ruleSet").get("sources")).hasSize(ruleSet.sources().size());
    assertThat(json.get("date").asText()).isEqualTo("2018-01-01");
    assertThat(run.out).startsWith("{\n  \"");
  }

  @Test
  void reachesEveryBuiltInFoundation() {
    for (Foundation foundation : Foundations.builtIn()) {
      RuleSet ruleSet = foundation.ruleSetOn(CliRun.TODAY);
      TierRule first = ruleSet.tiers().get(0);
      CliRun run =
          new CliRun(
              "dues",
              "--foundation",
              foundation.id().toUpperCase(java.util.Locale.ROOT),
              "--tier",
              first.tier().id(),
              "--revenue",
              ruleSet.currency().getCode() + " 100000000",
              "--employees",
              "500");
      assertThat(run.err).as(foundation.id()).isEmpty();
      assertThat(run.status).as(foundation.id()).isZero();
      assertThat(run.out)
          .as(foundation.id())
          .contains(foundation.name() + ", " + CliRun.TODAY + ". Rules: " + ruleSet.id());
    }
  }

  @Test
  void aTierTheRulesInForceDoNotHaveNamesTheRuleSetsThatHaveIt() {
    CliRun run = new CliRun("dues", "--tier", "corporate-sponsor", "--on", "2022-01-01");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err)
        .startsWith(
            "stackholder: The OpenStack Foundation rule set in force on 2022-01-01 (openinfra-2021-09,")
        .contains(
            "has no tier 'corporate-sponsor'; rule sets with it: openstack-2012 (2012-08-28 to 2021-01-14), openstack-2021-01-15 (2021-01-15 to 2021-01-25)");
  }

  @Test
  void ratesAreReadAsExchangeRateWritesThemAndOncePerPair() {
    CliRun bad =
        new CliRun("dues", "--tier", "gold", "--revenue", "CNY 1", "--rate", "CNY-USD=0.1481");
    assertThat(bad.status).isEqualTo(2);
    assertThat(bad.err)
        .startsWith(
            "stackholder: Invalid value for option '--rate' (FROM/TO=RATE): 'CNY-USD=0.1481' is not an"
                + " exchange rate, expected FROM/TO=RATE such as 'CNY/USD=0.1481'");
    CliRun good =
        new CliRun(
            "dues",
            "--tier",
            "gold",
            "--revenue",
            "CNY 237760000000",
            "--rate",
            "cny/usd=0.1481",
            "--on",
            "2018-01-01");
    assertThat(good.out.lines())
        .startsWith("USD 200,000.00", TENCENT_GOLD_EXPLANATION + EVIDENCE_AGE_2018);
    CliRun twice =
        new CliRun(
            "dues",
            "--tier",
            "gold",
            "--revenue",
            "CNY 1",
            "--rate",
            "CNY/USD=0.1481",
            "--rate",
            "CNY/USD=0.15",
            "--on",
            "2018-01-01");
    assertThat(twice.status).isEqualTo(2);
    assertThat(twice.err)
        .isEqualTo(
            "stackholder: --rate CNY/USD is given twice (CNY/USD=0.1481 and CNY/USD=0.15),"
                + " expected one rate per currency pair\n");
  }

  @Test
  void missingRateIsRefusedInOneLine() {
    CliRun run =
        new CliRun("dues", "--tier", "gold", "--revenue", "CNY 237760000000", "--on", "2018-01-01");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo(
            "stackholder: No exchange rate from CNY to USD: give one, e.g. CNY/USD=<rate>\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void negativeRevenueIsRefusedAndAnUnknownTierIsNotFound() {
    assertThat(
            new CliRun("dues", "--tier", "gold", "--revenue", "USD -5", "--on", "2018-01-01").err)
        .isEqualTo("stackholder: Annual revenue USD -5.00 is negative, expected zero or more\n");
    CliRun unknown = new CliRun("dues", "--tier", "diamond", "--revenue", "USD 5");
    assertThat(unknown.status).isEqualTo(3);
    assertThat(unknown.err)
        .startsWith("stackholder: Unknown tier 'diamond', expected one of platinum, gold");
  }

  @Test
  void aDateBeforeTheFoundationsRulesIsRefused() {
    CliRun run = new CliRun("dues", "--tier", "gold", "--on", "2011-01-01");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err)
        .startsWith("stackholder: No OpenStack Foundation rule set is in force on 2011-01-01;");
  }

  @Test
  void everyTierOfEveryFoundationIsQuotedWithEmployeesAndAKind() {
    for (Foundation foundation : Foundations.builtIn()) {
      RuleSet ruleSet = foundation.ruleSetOn(CliRun.TODAY);
      for (TierRule rule : ruleSet.tiers()) {
        int answered = 0;
        for (OrganizationKind kind : OrganizationKind.values()) {
          String what = foundation.id() + " " + rule.tier().id() + " " + kind.id();
          CliRun run =
              new CliRun(
                  "dues",
                  "--foundation",
                  foundation.id(),
                  "--tier",
                  rule.tier().id(),
                  "--revenue",
                  ruleSet.currency().getCode() + " 100000000",
                  "--employees",
                  "500",
                  "--kind",
                  kind.id());
          if (run.status == 1) {
            // A tier priced by kind refuses the kinds it is not offered to, and says so.
            assertThat(run.err)
                .as(what)
                .contains("is not offered to a " + kind.id() + " organization");
            continue;
          }
          answered++;
          assertThat(run.status).as(what + run.err).isZero();
          DuesQuote expected =
              foundation
                  .duesScheduleOn(CliRun.TODAY)
                  .quote(
                      rule.tier(),
                      Declaration.builder()
                          .annualRevenue(Money.of(ruleSet.currency(), 100_000_000))
                          .employees(500)
                          .kind(kind)
                          .build(),
                      ExchangeRates.empty());
          assertThat(run.out.lines())
              .as(what)
              .startsWith(
                  dev.stackholder.core.MoneyText.format(expected.amount()), expected.explanation());
          assertThat(run.out)
              .as(what)
              .contains(
                  foundation.name()
                      + ", "
                      + CliRun.TODAY
                      + ". Rules: "
                      + ruleSet.id()
                      + " ("
                      + ruleSet.name()
                      + "), in force "
                      + RuleSetText.span(ruleSet));
          assertThat(run.out).as(what).contains(ruleSet.sources().get(0).document());
          expected
              .lastConfirmed()
              .ifPresent(
                  date ->
                      assertThat(run.out)
                          .as(what)
                          .contains("Fee last confirmed by a source on " + date));
          if (expected.evidenceIsOld()) {
            assertThat(run.out).as(what).contains("old evidence (a year or more)");
          }
          for (var fee : expected.prerequisites()) {
            assertThat(run.out)
                .as(what)
                .contains(
                    "Requires: "
                        + fee.foundationName()
                        + " membership ("
                        + fee.prerequisite().foundation()
                        + " "
                        + fee.prerequisite().tier()
                        + "): ");
          }
        }
        assertThat(answered).as(foundation.id() + " " + rule.tier().id()).isPositive();
      }
    }
  }

  @Test
  void oldEvidenceIsDatedAndAgedAndRecentEvidenceIsNotFlagged() {
    CliRun today =
        new CliRun(
            "dues", "--foundation", "linux-foundation", "--tier", "silver", "--employees", "750");
    assertThat(today.status).isZero();
    assertThat(today.out)
        .contains(
            "fees last confirmed by a source on 2014-01-28, 11 years and 11 months before "
                + CliRun.TODAY)
        .contains(
            "Fee last confirmed by a source on 2014-01-28, 11 years and 11 months before "
                + CliRun.TODAY
                + ": old evidence (a year or more), check the source");
    CliRun then =
        new CliRun(
            "dues",
            "--foundation",
            "linux-foundation",
            "--tier",
            "silver",
            "--employees",
            "750",
            "--on",
            "2014-06-01");
    assertThat(then.out)
        .contains("Fee last confirmed by a source on 2014-01-28, 4 months before 2014-06-01\n")
        .doesNotContain("old evidence");
  }

  @Test
  void requiredMembershipsAreItemisedWithTheirFeesOrWhyNot() {
    CliRun declared =
        new CliRun(
            "dues", "--foundation", "hyperledger", "--tier", "premier", "--employees", "20000");
    assertThat(declared.status).isZero();
    assertThat(declared.out.lines())
        .contains(
            "Requires: The Linux Foundation membership (linux-foundation silver): USD 20,000.00 a year (rules"
                + " linux-foundation-2014); source: "
                + RuleSetText.source(
                    Foundations.getFoundation("hyperledger")
                        .ruleSetOn(CliRun.TODAY)
                        .prerequisite()
                        .orElseThrow()
                        .sources()
                        .get(0)),
            "In all: USD 270,000.00 a year with the required memberships");
    CliRun undeclared = new CliRun("dues", "--foundation", "hyperledger", "--tier", "premier");
    assertThat(undeclared.out)
        .contains("(linux-foundation silver): not quoted, needs employees")
        .doesNotContain("In all:");
    CliRun associate =
        new CliRun(
            "dues", "--foundation", "hyperledger", "--tier", "associate", "--employees", "20000");
    assertThat(associate.out).doesNotContain("Requires:");
    CliRun term = new CliRun("dues", "--foundation", "cncf", "--tier", "platinum");
    assertThat(term.out).contains("Term: 3 years, USD 1,110,000.00 in all");
  }

  @Test
  void jsonCarriesTheStructuredFields() throws Exception {
    CliRun gold =
        new CliRun(
            "dues",
            "--tier",
            "gold",
            "--revenue",
            "CNY 237760000000",
            "--rate",
            "CNY/USD=0.1481",
            "--on",
            "2018-01-01",
            "--json");
    JsonNode json = StackholderJson.mapper().readTree(gold.out);
    assertThat(json.get("declaredRevenue").get("amount").asText()).isEqualTo("237760000000.00");
    assertThat(json.get("convertedRevenue").get("amount").asText()).isEqualTo("35212256000.00");
    assertThat(json.get("exchangeRate")).isNotNull();
    assertThat(json.get("percent").decimalValue()).isEqualByComparingTo("0.025");
    assertThat(json.get("minimum").get("amount").asText()).isEqualTo("50000.00");
    assertThat(json.get("maximum").get("amount").asText()).isEqualTo("200000.00");
    assertThat(json.get("bound").asText()).isNotEmpty();
    assertThat(json.get("ruleSetId").asText()).isEqualTo("openstack-2012");
    assertThat(json.get("ruleSetName").asText()).isNotEmpty();
    assertThat(json.get("quotedOn").asText()).isEqualTo("2018-01-01");
    assertThat(json.get("termTotal").get("amount").asText()).isEqualTo("200000.00");
    // openstack-2012 was last confirmed by a source on 2016-11-17: more than a year before
    // 2018-01-01
    assertThat(json.get("lastConfirmed").asText()).isEqualTo("2016-11-17");
    assertThat(json.get("evidenceIsOld").asBoolean()).isTrue();

    CliRun premier =
        new CliRun(
            "dues",
            "--foundation",
            "hyperledger",
            "--tier",
            "premier",
            "--employees",
            "20000",
            "--kind",
            "commercial",
            "--json");
    JsonNode hyperledger = StackholderJson.mapper().readTree(premier.out);
    assertThat(hyperledger.get("foundation").asText()).isEqualTo("hyperledger");
    assertThat(hyperledger.get("kind").asText()).isEqualTo("commercial");
    assertThat(hyperledger.get("employees").asInt()).isEqualTo(20000);
    assertThat(hyperledger.get("lastConfirmed").asText()).isEqualTo("2024-02-13");
    assertThat(hyperledger.get("evidenceAge").asText())
        .isEqualTo(java.time.Period.between(LocalDate.of(2024, 2, 13), CliRun.TODAY).toString());
    assertThat(hyperledger.get("evidenceIsOld").asBoolean()).isTrue();
    assertThat(hyperledger.get("program").asText()).isEqualTo("membership");
    JsonNode fee = hyperledger.get("prerequisites").get(0);
    assertThat(fee.get("prerequisite").get("foundation").asText()).isEqualTo("linux-foundation");
    assertThat(fee.get("quote").get("amount").get("amount").asText()).isEqualTo("20000.00");
    assertThat(hyperledger.get("total").get("amount").asText()).isEqualTo("270000.00");
  }
}
