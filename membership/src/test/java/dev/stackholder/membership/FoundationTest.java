package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Foundations read from JSON, above all how malformed rule sets are reported. */
class FoundationTest {
  /** Two rule sets with a gap between them; the second is open-ended. */
  private static final String FOUNDATION =
      """
      {
        "id": "example",
        "name": "Example Foundation",
        "tiers": [
          {"id": "platinum", "name": "Platinum"},
          {"id": "gold", "name": "Gold"},
          {"id": "individual", "name": "Individual Member"}
        ],
        "ruleSets": [
          {
            "id": "rules-2012",
            "name": "Rules 2012",
            "effectiveFrom": "2012-08-28",
            "effectiveUntil": "2021-01-26",
            "currency": "USD",
            "tiers": [
              {"tier": {"id": "platinum", "name": "Platinum"},
               "dues": {"type": "flat", "amount": {"amount": "500000.00", "currency": "USD"}}},
              {"tier": {"id": "gold", "name": "Gold"},
               "dues": {"type": "percent-of-revenue", "percent": 0.025,
                        "minimum": {"amount": "50000.00", "currency": "USD"},
                        "maximum": {"amount": "200000.00", "currency": "USD"}}}
            ]
          },
          {
            "id": "rules-2022",
            "name": "Rules 2022",
            "effectiveFrom": "2022-01-01",
            "currency": "USD",
            "tiers": [
              {"tier": {"id": "gold", "name": "Gold"},
               "dues": {"type": "flat", "amount": {"amount": "150000.00", "currency": "USD"}}},
              {"tier": {"id": "individual", "name": "Individual Member"}, "dues": {"type": "free"}}
            ]
          }
        ]
      }
      """;

  private static final Foundation EXAMPLE = StackholderJson.read(FOUNDATION, Foundation.class);

  @Test
  void readsAndRoundTrips() {
    assertThat(EXAMPLE.ruleSets())
        .extracting(RuleSet::id)
        .containsExactly("rules-2012", "rules-2022");
    assertThat(StackholderJson.read(StackholderJson.write(EXAMPLE), Foundation.class))
        .isEqualTo(EXAMPLE);
    assertThat(StackholderJson.read(StackholderJson.writePretty(EXAMPLE), Foundation.class))
        .isEqualTo(EXAMPLE);
  }

  @Test
  void findsTheRuleSetInForce() {
    assertThat(EXAMPLE.ruleSetOn(LocalDate.of(2012, 8, 28)).id()).isEqualTo("rules-2012");
    assertThat(EXAMPLE.ruleSetOn(LocalDate.of(2021, 1, 25)).id()).isEqualTo("rules-2012");
    assertThat(EXAMPLE.ruleSetOn(LocalDate.of(2030, 1, 1)).id()).isEqualTo("rules-2022");
    Tier tier = EXAMPLE.findRuleSet("rules-2022").get().tiers().get(0).tier();
    DuesQuote quote =
        EXAMPLE
            .duesScheduleOn(LocalDate.of(2022, 1, 1))
            .quote(
                tier,
                Declaration.builder()
                    .annualRevenue(org.joda.money.Money.parse("USD 1000000000"))
                    .employees(1000)
                    .kind(OrganizationKind.COMMERCIAL)
                    .build(),
                dev.stackholder.core.ExchangeRates.empty());
    assertThat(quote.ruleSetId()).isEqualTo("rules-2022");
    assertThat(quote.quotedOn()).contains(LocalDate.of(2022, 1, 1));
    assertThat(EXAMPLE.findRuleSet("rules-1999")).isEmpty();
  }

  @Test
  void aDateInAGapHasNoRules() {
    assertThatThrownBy(() -> EXAMPLE.ruleSetOn(LocalDate.of(2021, 6, 1)))
        .isExactlyInstanceOf(NoRulesInForceException.class)
        .hasMessage(
            "No Example Foundation rule set is in force on 2021-06-01; the rule sets cover"
                + " rules-2012 2012-08-28 to 2021-01-25; rules-2022 from 2022-01-01");
  }

  @Test
  void findsATierByIdOrName() {
    assertThat(EXAMPLE.getTier("gold")).isEqualTo(Tier.of("gold", "Gold"));
    assertThat(EXAMPLE.getTier(" Individual member "))
        .isEqualTo(Tier.of("individual", "Individual Member"));
    assertThat(EXAMPLE.findTier("GOLD ")).contains(Tier.of("gold", "Gold"));
    assertThat(EXAMPLE.findTier("diamond")).isEmpty();
    assertThatThrownBy(() -> EXAMPLE.getTier("diamond"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("Unknown tier 'diamond', expected one of platinum, gold, individual")
        .satisfies(
            e -> {
              NotFoundException notFound = (NotFoundException) e;
              assertThat(notFound.kind()).isEqualTo("tier");
              assertThat(notFound.id()).isEqualTo("diamond");
              assertThat(notFound.knownIds()).containsExactly("platinum", "gold", "individual");
            });
  }

  @Test
  void negativePercentNamesTheValueAndThePath() {
    assertInvalid(
        FOUNDATION.replace("\"percent\": 0.025", "\"percent\": -0.025"),
        "$.ruleSets[0].tiers[1].dues: Dues percent -0.025 is negative, expected zero or more");
  }

  @Test
  void minimumAboveMaximumNamesTheValuesAndThePath() {
    assertInvalid(
        FOUNDATION.replace("\"50000.00\"", "\"250000.00\""),
        "$.ruleSets[0].tiers[1].dues: Dues minimum USD 250,000.00 is above the maximum USD 200,000.00");
  }

  @Test
  void overlappingRuleSetsNameBoth() {
    assertInvalid(
        FOUNDATION.replace("\"2022-01-01\"", "\"2020-01-01\""),
        "$: Rule sets 'rules-2012' (from 2012-08-28 until 2021-01-26) and 'rules-2022' (from 2020-01-01) overlap");
  }

  @Test
  void anOpenEndedRuleSetBeforeAnotherOverlapsIt() {
    assertInvalid(
        FOUNDATION.replace("\"effectiveUntil\": \"2021-01-26\",", ""),
        "$: Rule sets 'rules-2012' (from 2012-08-28, open-ended) and 'rules-2022' (from 2022-01-01) overlap");
  }

  @Test
  void anUnknownRuleTypeNamesTheKnownOnesAndThePath() {
    assertInvalid(
        FOUNDATION.replace("\"type\": \"free\"", "\"type\": \"sliding-scale\""),
        "$.ruleSets[1].tiers[1].dues.type: unknown DuesRule type 'sliding-scale', expected one of flat,"
            + " percent-of-revenue, free, banded, by-kind");
  }

  @Test
  void anAmountInTheWrongCurrencyNamesTheRuleSetAndThePath() {
    assertInvalid(
        FOUNDATION.replace(
            "{\"amount\": \"150000.00\", \"currency\": \"USD\"}",
            "{\"amount\": \"150000.00\", \"currency\": \"EUR\"}"),
        "$.ruleSets[1]: Rule set 'rules-2022' tier 'gold' has an amount EUR 150,000.00 in EUR, expected USD");
  }

  @Test
  void anUnknownCurrencyCodeNamesThePath() {
    assertInvalid(
        FOUNDATION.replace(
            "{\"amount\": \"150000.00\", \"currency\": \"USD\"}",
            "{\"amount\": \"150000.00\", \"currency\": \"XYZ\"}"),
        "$.ruleSets[1].tiers[0].dues.amount.currency: unknown currency code 'XYZ', expected an ISO 4217 code"
            + " such as \"USD\"");
  }

  @Test
  void tooManyDecimalsNamesThePath() {
    assertInvalid(
        FOUNDATION.replace("\"500000.00\"", "\"500000.001\""),
        "$.ruleSets[0].tiers[0].dues.amount: money amount '500000.001' has more decimals than USD allows (2)");
  }

  @Test
  void aTierNotAmongTheFoundationsTiersIsNamed() {
    assertInvalid(
        FOUNDATION.replace(
            "{\"id\": \"individual\", \"name\": \"Individual Member\"}, \"dues\"",
            "{\"id\": \"student\", \"name\": \"Student\"}, \"dues\""),
        "$: Rule set 'rules-2022' names tier 'student' (Student), which is not one of example's tiers");
  }

  @Test
  void aTierWithAnotherNameIsNotTheFoundationsTier() {
    assertInvalid(
        inSecondRuleSet("\"name\": \"Gold\"", "\"name\": \"Golden\""),
        "$: Rule set 'rules-2022' names tier 'gold' (Golden), which is not one of example's tiers");
  }

  @Test
  void aWrongTypeNamesThePath() {
    assertInvalid(
        FOUNDATION.replace("\"effectiveFrom\": \"2022-01-01\"", "\"effectiveFrom\": 2022"),
        "$.ruleSets[1].effectiveFrom: expected a date such as \"2012-09-27\", found 2022");
  }

  @Test
  void aMissingFieldIsNamed() {
    assertInvalid(
        inSecondRuleSet("\"currency\": \"USD\",", ""),
        "$.ruleSets[1]: Cannot build RuleSet, some of required attributes are not set [currency]");
  }

  @Test
  void anIdThatIsNotASlugIsInvalid() {
    assertInvalid(
        FOUNDATION.replace("\"id\": \"example\"", "\"id\": \"Example\""),
        "$: Foundation id 'Example' is not a lower-case slug such as 'openstack'");
  }

  /** The fixture with the first occurrence of {@code from} in the second rule set replaced. */
  private static String inSecondRuleSet(String from, String to) {
    int second = FOUNDATION.indexOf("\"rules-2022\"");
    return FOUNDATION.substring(0, second)
        + FOUNDATION
            .substring(second)
            .replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static void assertInvalid(String json, String message) {
    assertThat(json).isNotEqualTo(FOUNDATION);
    assertThatThrownBy(() -> StackholderJson.read(json, Foundation.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(message);
  }
}
