package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.board.BoardSeats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private static final Tier PLATINUM = Tier.of("platinum", "Platinum");
  private static final Tier GOLD = Tier.of("gold", "Gold");
  private static final Tier SPONSOR = Tier.of("sponsor", "Sponsor");
  private static final LocalDate FROM = LocalDate.of(2012, 8, 28);
  private static final LocalDate UNTIL = LocalDate.of(2021, 1, 26);
  private static final Source BYLAWS = Source.of("https://example.org/bylaws", "Bylaws");
  private static final TierRule PLATINUM_RULE =
      TierRule.builder()
          .tier(PLATINUM)
          .dues(FlatDues.of(Money.parse("USD 500000")))
          .commitmentYears(3)
          .board(BoardSeats.ONE_PER_MEMBER)
          .memberLimit(MemberLimit.of(8, BYLAWS))
          .addSources(BYLAWS)
          .build();
  private static final TierRule GOLD_RULE =
      TierRule.builder()
          .tier(GOLD)
          .dues(
              PercentOfRevenueDues.of(
                  new BigDecimal("0.025"), Money.parse("USD 50000"), Money.parse("USD 200000")))
          .build();
  private static final TierRule SPONSOR_RULE =
      TierRule.builder()
          .tier(SPONSOR)
          .dues(FlatDues.of(Money.parse("USD 25000")))
          .unverified(true)
          .note("one secondary source only")
          .build();
  private static final RuleSet RULES =
      RuleSet.builder()
          .id("bylaws-2012")
          .name("Bylaws 2012")
          .effectiveFrom(FROM)
          .effectiveUntil(UNTIL)
          .currency(CurrencyUnit.USD)
          .addTiers(PLATINUM_RULE, GOLD_RULE, SPONSOR_RULE)
          .affiliationLimit(AffiliationLimit.of(2, BYLAWS))
          .addSources(BYLAWS)
          .build();

  @Test
  void defaultsAreHalfUpAndFullYear() {
    assertThat(RULES.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(RULES.proration()).isEqualTo(Proration.FULL_YEAR);
  }

  @Test
  void coversFromTheStartUntilTheDayBeforeTheEnd() {
    assertThat(RULES.covers(FROM.minusDays(1))).isFalse();
    assertThat(RULES.covers(FROM)).isTrue();
    assertThat(RULES.covers(UNTIL.minusDays(1))).isTrue();
    assertThat(RULES.covers(UNTIL)).isFalse();
    assertThat(
            RuleSet.builder()
                .from(RULES)
                .effectiveUntil(java.util.Optional.empty())
                .build()
                .covers(LocalDate.of(2999, 1, 1)))
        .isTrue();
  }

  @Test
  void findsTheRulesForATier() {
    assertThat(RULES.findRules(GOLD)).contains(GOLD_RULE);
    assertThat(RULES.findRules(Tier.of("diamond", "Diamond"))).isEmpty();
    assertThat(RULES.getRules(PLATINUM)).isEqualTo(PLATINUM_RULE);
  }

  @Test
  void aTierNotInTheRulesIsInvalid() {
    assertThatThrownBy(() -> RULES.quote(Tier.of("gold", "Golden"), Money.parse("USD 1000000")))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .hasMessage(
            "Tier 'gold' is not in rule set 'bylaws-2012', expected one of platinum, gold, sponsor");
  }

  @Test
  void getRulesOfAnUnknownTierNamesItAndTheKnownOnes() {
    assertThatThrownBy(() -> RULES.getRules(Tier.of("diamond", "Diamond")))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("Unknown tier 'diamond', expected one of platinum, gold, sponsor")
        .satisfies(
            e -> {
              NotFoundException notFound = (NotFoundException) e;
              assertThat(notFound.kind()).isEqualTo("tier");
              assertThat(notFound.id()).isEqualTo("diamond");
              assertThat(notFound.knownIds()).containsExactly("platinum", "gold", "sponsor");
            });
  }

  @Test
  void explanationsNameTheCommitmentAndUnverifiedFigures() {
    assertThat(RULES.quote(PLATINUM, Money.parse("USD 0")).explanation())
        .isEqualTo(
            "Platinum: flat annual dues of USD 500,000.00, with a 3-year commitment (Bylaws 2012)");
    DuesQuote sponsor = RULES.quote(SPONSOR, Money.parse("USD 0"));
    assertThat(sponsor.explanation())
        .isEqualTo(
            "Sponsor: flat annual dues of USD 25,000.00;"
                + " figure unverified: one secondary source only (Bylaws 2012)");
    assertThat(sponsor.ruleSetId()).isEqualTo("bylaws-2012");
    assertThat(sponsor.tier()).isEqualTo(SPONSOR);
    assertThat(sponsor).hasToString(sponsor.explanation());
  }

  @Test
  void roundingIsStatedInTheCurrencysMinorUnit() {
    RuleSet yen =
        RuleSet.builder()
            .id("yen")
            .name("Yen rules")
            .effectiveFrom(FROM)
            .currency(CurrencyUnit.JPY)
            .rounding(RoundingMode.HALF_EVEN)
            .addTiers(
                TierRule.builder()
                    .tier(GOLD)
                    .dues(PercentOfRevenueDues.builder().percent(new BigDecimal("0.5")).build())
                    .build())
            .build();
    // 0.5% of 4,100 = 20.5 -> 20 half even
    DuesQuote quote = yen.quote(GOLD, Money.parse("JPY 4100"));
    assertThat(quote.amount()).isEqualTo(Money.parse("JPY 20"));
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: 0.5% of JPY 4,100 = JPY 20.5, rounded half even to 1 JPY:"
                + " JPY 20, within the bounds (Yen rules)");
  }

  @Test
  void anAmountInTheWrongCurrencyIsInvalid() {
    assertThatThrownBy(() -> RuleSet.builder().from(RULES).currency(CurrencyUnit.EUR).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Rule set 'bylaws-2012' tier 'platinum' has an amount USD 500,000.00 in USD, expected EUR");
  }

  @Test
  void aBandInTheWrongCurrencyIsInvalid() {
    BandedDues banded =
        BandedDues.builder()
            .basis(DuesBasis.EMPLOYEES)
            .addBands(DuesBand.of(BigDecimal.ZERO, Money.parse("USD 1000")))
            .addBands(DuesBand.of(BigDecimal.TEN, Money.parse("EUR 2000")))
            .build();
    assertThatThrownBy(
            () ->
                RuleSet.builder()
                    .from(RULES)
                    .tiers(List.of(TierRule.builder().tier(GOLD).dues(banded).build()))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Rule set 'bylaws-2012' tier 'gold' has an amount EUR 2,000.00 in EUR, expected USD");
  }

  @Test
  void aDuplicateTierIsInvalid() {
    assertThatThrownBy(
            () ->
                RuleSet.builder()
                    .from(RULES)
                    .tiers(
                        List.of(
                            PLATINUM_RULE,
                            GOLD_RULE,
                            TierRule.builder().from(GOLD_RULE).dues(FreeDues.of()).build()))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Rule set 'bylaws-2012' lists tier 'gold' twice");
  }

  @Test
  void anEndBeforeTheStartIsInvalid() {
    assertThatThrownBy(
            () -> RuleSet.builder().from(RULES).effectiveUntil(LocalDate.of(2012, 1, 1)).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Rule set 'bylaws-2012' ends on 2012-01-01, expected after its start 2012-08-28");
  }

  @Test
  void anEndOnTheStartIsInvalid() {
    assertThatThrownBy(() -> RuleSet.builder().from(RULES).effectiveUntil(FROM).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Rule set 'bylaws-2012' ends on 2012-08-28, expected after its start 2012-08-28");
  }

  @Test
  void unnecessaryRoundingIsInvalid() {
    assertThatThrownBy(
            () -> RuleSet.builder().from(RULES).rounding(RoundingMode.UNNECESSARY).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Rule set 'bylaws-2012' has rounding UNNECESSARY, expected a mode that can round, e.g. HALF_UP");
  }

  @Test
  void anIdThatIsNotASlugIsInvalid() {
    assertThatThrownBy(() -> RuleSet.builder().from(RULES).id("Bylaws 2012").build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Rule set id 'Bylaws 2012' is not a lower-case slug such as 'openstack-2012'");
  }

  @Test
  void aCommitmentMustBePositive() {
    assertThatThrownBy(() -> TierRule.builder().from(PLATINUM_RULE).commitmentYears(0).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Tier 'platinum' has a commitment of 0 years, expected a positive number");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> MemberLimit.of(0, BYLAWS))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Member limit 0 is not positive");
    assertThatThrownBy(() -> AffiliationLimit.of(-2, BYLAWS))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Affiliation limit -2 is not positive");
  }

  @Test
  void jsonRoundTripAndItsSpelling() {
    String json = StackholderJson.write(RULES);
    assertThat(json)
        .contains(
            "\"effectiveFrom\":\"2012-08-28\"",
            "\"effectiveUntil\":\"2021-01-26\"",
            "\"rounding\":\"half-up\"",
            "\"proration\":\"full-year\"",
            "\"board\":\"one-per-member\"");
    assertThat(StackholderJson.read(json, RuleSet.class)).isEqualTo(RULES);
  }

  @Test
  void jsonWithUnnecessaryRoundingNamesTheRuleSet() {
    String json = StackholderJson.write(RULES).replace("\"half-up\"", "\"UNNECESSARY\"");
    assertThatThrownBy(() -> StackholderJson.read(json, RuleSet.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$: Rule set 'bylaws-2012' has rounding UNNECESSARY, expected a mode that can round, e.g. HALF_UP");
  }

  @Test
  void jsonWithAnUnknownRoundingModeNamesThePath() {
    String json = StackholderJson.write(RULES).replace("\"half-up\"", "\"NEAREST\"");
    assertThatThrownBy(() -> StackholderJson.read(json, RuleSet.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.rounding: ")
        .hasMessageContaining("NEAREST");
  }
}
