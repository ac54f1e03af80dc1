package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PercentOfRevenueDuesTest {
  private static final Tier GOLD = Tier.of("gold", "Gold");
  private static final BigDecimal PERCENT = new BigDecimal("0.025");
  private static final Money MINIMUM = Money.parse("USD 50000.00");
  private static final Money MAXIMUM = Money.parse("USD 200000.00");
  private static final PercentOfRevenueDues GOLD_2012 =
      PercentOfRevenueDues.of(PERCENT, MINIMUM, MAXIMUM);
  private static final PercentOfRevenueDues UNBOUNDED =
      PercentOfRevenueDues.builder().percent(new BigDecimal("1.5")).build();

  @Test
  void describesItself() {
    assertThat(GOLD_2012.describe())
        .isEqualTo("0.025% of annual revenue, at least USD 50,000.00, at most USD 200,000.00");
    assertThat(UNBOUNDED.describe()).isEqualTo("1.5% of annual revenue");
  }

  @Test
  void withoutBoundsTheExactPercentageIsRoundedHalfUp() {
    // 1.5% of 1,000.33 = 15.00495 -> 15.00
    DuesQuote quote =
        schedule(UNBOUNDED, RoundingMode.HALF_UP).quote(GOLD, Money.parse("USD 1000.33"));
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 15.00"));
    assertThat(quote.bound()).isEmpty();
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: 1.5% of USD 1,000.33 = USD 15.00495, rounded half up"
                + " to 0.01 USD: USD 15.00, within the bounds (Test rules)");
  }

  @Test
  void theRuleSetsRoundingModeIsUsed() {
    // 1.5% of 1,000.70 = 15.0105: up -> 15.02, down -> 15.01
    Money revenue = Money.parse("USD 1000.70");
    assertThat(schedule(UNBOUNDED, RoundingMode.UP).quote(GOLD, revenue).amount())
        .isEqualTo(Money.parse("USD 15.02"));
    DuesQuote down = schedule(UNBOUNDED, RoundingMode.DOWN).quote(GOLD, revenue);
    assertThat(down.amount()).isEqualTo(Money.parse("USD 15.01"));
    assertThat(down.explanation()).contains("rounded down to 0.01 USD: USD 15.01");
  }

  @Test
  void halfEvenRoundsTiesToTheEvenCent() {
    // 1.5% of 1,000.30 = 15.0045 (no tie); 10% of 0.25 = 0.025 -> 0.02 half even, 0.03 half up
    PercentOfRevenueDues tenPercent =
        PercentOfRevenueDues.builder().percent(BigDecimal.TEN).build();
    assertThat(
            schedule(tenPercent, RoundingMode.HALF_EVEN)
                .quote(GOLD, Money.parse("USD 0.25"))
                .amount())
        .isEqualTo(Money.parse("USD 0.02"));
    assertThat(
            schedule(tenPercent, RoundingMode.HALF_UP)
                .quote(GOLD, Money.parse("USD 0.25"))
                .amount())
        .isEqualTo(Money.parse("USD 0.03"));
  }

  @Test
  void boundsApplyToTheExactAmountBeforeRounding() {
    // 0.025% of 199,999,999.99 = 49,999.9999975: below the minimum although it rounds to 50,000.00
    DuesQuote quote =
        schedule(GOLD_2012, RoundingMode.HALF_UP).quote(GOLD, Money.parse("USD 199999999.99"));
    assertThat(quote.amount()).isEqualTo(MINIMUM);
    assertThat(quote.bound()).contains(DuesBound.MINIMUM);
  }

  @Test
  void zeroPercentChargesTheMinimum() {
    PercentOfRevenueDues zero = PercentOfRevenueDues.of(BigDecimal.ZERO, MINIMUM, MAXIMUM);
    assertThat(
            schedule(zero, RoundingMode.HALF_UP).quote(GOLD, Money.parse("USD 1000000")).amount())
        .isEqualTo(MINIMUM);
  }

  @Test
  void aRevenueMustBeDeclared() {
    assertThatThrownBy(
            () ->
                schedule(GOLD_2012, RoundingMode.HALF_UP)
                    .quote(GOLD, Declaration.ofEmployees(500), ExchangeRates.empty()))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("Gold dues are 0.025% of annual revenue: declare the revenue")
        .extracting(e -> ((MissingDeclarationException) e).figure())
        .isEqualTo("annualRevenue");
  }

  @Test
  void negativePercentIsInvalid() {
    assertThatThrownBy(() -> PercentOfRevenueDues.of(new BigDecimal("-0.025"), MINIMUM, MAXIMUM))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues percent -0.025 is negative, expected zero or more");
  }

  @Test
  void minimumAboveMaximumIsInvalid() {
    assertThatThrownBy(() -> PercentOfRevenueDues.of(PERCENT, MAXIMUM, MINIMUM))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues minimum USD 200,000.00 is above the maximum USD 50,000.00");
  }

  @Test
  void minimumEqualToMaximumIsAFlatFeeInDisguise() {
    PercentOfRevenueDues pinned = PercentOfRevenueDues.of(PERCENT, MINIMUM, MINIMUM);
    assertThat(
            schedule(pinned, RoundingMode.HALF_UP)
                .quote(GOLD, Money.parse("USD 1000000000"))
                .amount())
        .isEqualTo(MINIMUM);
  }

  @Test
  void negativeMinimumIsInvalid() {
    assertThatThrownBy(
            () ->
                PercentOfRevenueDues.builder()
                    .percent(PERCENT)
                    .minimum(Money.parse("USD -1.00"))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues minimum USD -1.00 is negative, expected zero or more");
  }

  @Test
  void negativeMaximumIsInvalid() {
    assertThatThrownBy(
            () ->
                PercentOfRevenueDues.builder()
                    .percent(PERCENT)
                    .maximum(Money.parse("USD -1.00"))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues maximum USD -1.00 is negative, expected zero or more");
  }

  @Test
  void boundsInDifferentCurrenciesAreInvalid() {
    assertThatThrownBy(
            () -> PercentOfRevenueDues.of(PERCENT, MINIMUM, Money.parse("EUR 200000.00")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Dues minimum USD 50,000.00 and maximum EUR 200,000.00 are in different currencies");
  }

  @Test
  void jsonNamesTheTypeAndRoundTrips() {
    String json = StackholderJson.write(GOLD_2012);
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"percent-of-revenue\",\"percent\":0.025,"
                + "\"minimum\":{\"amount\":\"50000.00\",\"currency\":\"USD\"},"
                + "\"maximum\":{\"amount\":\"200000.00\",\"currency\":\"USD\"}}");
    assertThat(StackholderJson.read(json, DuesRule.class)).isEqualTo(GOLD_2012);
    assertThat(StackholderJson.read(StackholderJson.write(UNBOUNDED), DuesRule.class))
        .isEqualTo(UNBOUNDED);
  }

  @Test
  void jsonWithANegativePercentNamesTheValue() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"type\":\"percent-of-revenue\",\"percent\":-1}", DuesRule.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: Dues percent -1 is negative, expected zero or more");
  }

  @Test
  void jsonWithAPercentAsAStringIsRejected() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"type\":\"percent-of-revenue\",\"percent\":\"0.025\"}", DuesRule.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.percent: Cannot coerce String value (\"0.025\")");
  }

  private static DuesSchedule schedule(DuesRule rule, RoundingMode rounding) {
    return RuleSet.builder()
        .id("test")
        .name("Test rules")
        .effectiveFrom(LocalDate.of(2012, 8, 28))
        .currency(CurrencyUnit.USD)
        .rounding(rounding)
        .addTiers(TierRule.builder().tier(GOLD).dues(rule).build())
        .build();
  }
}
