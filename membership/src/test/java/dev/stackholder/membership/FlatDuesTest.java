package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FlatDuesTest {
  private static final Tier PLATINUM = Tier.of("platinum", "Platinum");
  private static final Money FIVE_HUNDRED_THOUSAND = Money.parse("USD 500000.00");
  private static final FlatDues PLATINUM_2012 = FlatDues.of(FIVE_HUNDRED_THOUSAND);
  private static final RuleSet RULES =
      RuleSet.builder()
          .id("test")
          .name("Test rules")
          .effectiveFrom(LocalDate.of(2012, 8, 28))
          .currency(CurrencyUnit.USD)
          .addTiers(TierRule.builder().tier(PLATINUM).dues(PLATINUM_2012).build())
          .build();

  @Test
  void describesItself() {
    assertThat(PLATINUM_2012.describe()).isEqualTo("flat USD 500,000.00 a year");
  }

  @Test
  void everyMemberPaysTheSameWhateverItsRevenue() {
    for (String revenue : new String[] {"USD 0", "USD 1000000", "USD 90000000000"}) {
      DuesQuote quote = RULES.quote(PLATINUM, Money.parse(revenue));
      assertThat(quote.amount()).isEqualTo(FIVE_HUNDRED_THOUSAND);
      assertThat(quote.explanation())
          .isEqualTo("Platinum: flat annual dues of USD 500,000.00 (Test rules)");
    }
  }

  @Test
  void needsNoRevenueAndNoRate() {
    assertThat(RULES.quote(PLATINUM, Declaration.ofEmployees(3), ExchangeRates.empty()).amount())
        .isEqualTo(FIVE_HUNDRED_THOUSAND);
    DuesQuote quote = RULES.quote(PLATINUM, Money.parse("JPY 1000"));
    assertThat(quote.amount()).isEqualTo(FIVE_HUNDRED_THOUSAND);
    assertThat(quote.exchangeRate()).isEmpty();
  }

  @Test
  void zeroIsAllowed() {
    assertThat(FlatDues.of(Money.zero(CurrencyUnit.USD)).amount().isZero()).isTrue();
  }

  @Test
  void negativeAmountIsInvalid() {
    assertThatThrownBy(() -> FlatDues.of(Money.parse("USD -500000.00")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Flat dues amount USD -500,000.00 is negative, expected zero or more");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(PLATINUM_2012, FlatDues.of(Money.parse("USD 500000")))
        .addEqualityGroup(FlatDues.of(Money.parse("EUR 500000")))
        .addEqualityGroup(FreeDues.of(), FreeDues.of())
        .testEquals();
  }

  @Test
  void jsonNamesTheTypeAndRoundTrips() {
    String json = StackholderJson.write(PLATINUM_2012);
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"flat\",\"amount\":{\"amount\":\"500000.00\",\"currency\":\"USD\"}}");
    assertThat(StackholderJson.read(json, DuesRule.class)).isEqualTo(PLATINUM_2012);
    assertThat(StackholderJson.read(json, FlatDues.class)).isEqualTo(PLATINUM_2012);
  }

  @Test
  void jsonWithoutATypeIsRejected() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"amount\":{\"amount\":\"1.00\",\"currency\":\"USD\"}}", DuesRule.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$: missing \"type\" of DuesRule, expected one of flat, percent-of-revenue, free, banded, by-kind");
  }

  @Test
  void jsonWithANegativeAmountNamesIt() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"type\":\"flat\",\"amount\":{\"amount\":\"-1.00\",\"currency\":\"USD\"}}",
                    DuesRule.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: Flat dues amount USD -1.00 is negative, expected zero or more");
  }
}
