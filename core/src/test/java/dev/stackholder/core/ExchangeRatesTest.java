package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");
  private static final CurrencyUnit KWD = CurrencyUnit.of("KWD");
  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");
  private static final BigDecimal CNY_USD = new BigDecimal("0.1481");
  private static final ExchangeRates RATES =
      ExchangeRates.empty()
          .with(CNY, USD, CNY_USD)
          .with(USD, JPY, new BigDecimal("149.995"))
          .with(USD, KWD, new BigDecimal("0.30755"))
          .with(USD, BHD, new BigDecimal("0.37695"));

  @Test
  void sameCurrencyIsReturnedUnchangedWithoutARate() {
    Money amount = Money.parse("EUR 12.34");
    assertThat(ExchangeRates.empty().convert(amount, CurrencyUnit.EUR)).isSameAs(amount);
  }

  @Test
  void convertsWithTheGivenRate() {
    assertThat(RATES.convert(Money.parse("CNY 100.00"), USD)).isEqualTo(Money.parse("USD 14.81"));
    assertThat(RATES.convert(Money.parse("CNY 237760000000"), USD))
        .isEqualTo(Money.parse("USD 35212256000.00"));
  }

  @Test
  void roundsHalfUpToTheTargetsMinorUnit() {
    ExchangeRates tenth = ExchangeRates.empty().with(CNY, USD, new BigDecimal("0.1"));
    // 0.005 is exactly half a cent: up; 0.004 is below half: down
    assertThat(tenth.convert(Money.parse("CNY 0.05"), USD)).isEqualTo(Money.parse("USD 0.01"));
    assertThat(tenth.convert(Money.parse("CNY 0.04"), USD)).isEqualTo(Money.parse("USD 0.00"));
  }

  @Test
  void roundsToWholeYenForATargetWithoutMinorDigits() {
    // 100.00 * 149.995 = 14,999.5 -> 15,000; 1.00 * 149.995 = 149.995 -> 150
    assertThat(RATES.convert(Money.parse("USD 100.00"), JPY)).isEqualTo(Money.parse("JPY 15000"));
    assertThat(RATES.convert(Money.parse("USD 1.00"), JPY)).isEqualTo(Money.parse("JPY 150"));
    assertThat(RATES.convert(Money.parse("USD 0.01"), JPY)).isEqualTo(Money.parse("JPY 1"));
  }

  @Test
  void roundsToThreeDigitsForDinarTargets() {
    // 1.00 * 0.30755 = 0.30755 -> KWD 0.308; 10.00 * 0.37695 = 3.7695 -> BHD 3.770
    assertThat(RATES.convert(Money.parse("USD 1.00"), KWD)).isEqualTo(Money.parse("KWD 0.308"));
    assertThat(RATES.convert(Money.parse("USD 10.00"), BHD)).isEqualTo(Money.parse("BHD 3.770"));
    assertThat(RATES.convert(Money.parse("USD 10.00"), BHD).getAmount().scale()).isEqualTo(3);
  }

  @Test
  void missingRateNamesBothCurrencies() {
    assertThatThrownBy(() -> RATES.convert(Money.parse("EUR 1.00"), USD))
        .isExactlyInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate from EUR to USD: give one, e.g. EUR/USD=<rate>")
        .satisfies(
            e -> {
              assertThat(((MissingExchangeRateException) e).from()).isEqualTo(CurrencyUnit.EUR);
              assertThat(((MissingExchangeRateException) e).to()).isEqualTo(USD);
            });
  }

  @Test
  void inverseOfAGivenRateIsNotGuessed() {
    assertThat(RATES.findRate(USD, CNY)).isEmpty();
    assertThatThrownBy(() -> RATES.convert(Money.parse("USD 1.00"), CNY))
        .isExactlyInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate from USD to CNY: give one, e.g. USD/CNY=<rate>");
  }

  @Test
  void withReturnsANewInstanceAndLeavesTheOldOneUnchanged() {
    ExchangeRates before = ExchangeRates.empty().with(CNY, USD, CNY_USD);
    ExchangeRates after = before.with(JPY, USD, new BigDecimal("0.0067"));
    assertThat(after).isNotSameAs(before);
    assertThat(before.rates()).containsExactly(ExchangeRate.of(CNY, USD, CNY_USD));
    assertThat(before.findRate(JPY, USD)).isEmpty();
    assertThat(after.rates())
        .containsExactly(
            ExchangeRate.of(CNY, USD, CNY_USD),
            ExchangeRate.of(JPY, USD, new BigDecimal("0.0067")));
    assertThat(ExchangeRates.empty().rates()).isEmpty();
  }

  @Test
  void withReplacesTheRateForTheSameDirection() {
    ExchangeRates replaced = RATES.with(CNY, USD, new BigDecimal("0.15"));
    assertThat(replaced.findRate(CNY, USD))
        .contains(ExchangeRate.of(CNY, USD, new BigDecimal("0.15")));
    assertThat(replaced.rates()).hasSize(RATES.rates().size());
    assertThat(RATES.findRate(CNY, USD)).contains(ExchangeRate.of(CNY, USD, CNY_USD));
  }

  @Test
  void ofKeepsTheLastRateForAPair() {
    ExchangeRates rates =
        ExchangeRates.of(
            List.of(
                ExchangeRate.of(CNY, USD, CNY_USD),
                ExchangeRate.of(CNY, USD, new BigDecimal("0.15"))));
    assertThat(rates.rates()).containsExactly(ExchangeRate.of(CNY, USD, new BigDecimal("0.15")));
  }

  @Test
  void zeroRateIsInvalid() {
    assertThatThrownBy(() -> RATES.with(CNY, USD, BigDecimal.ZERO))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate CNY/USD is 0, expected a positive number");
  }

  @Test
  void negativeRateIsInvalid() {
    assertThatThrownBy(() -> RATES.with(CNY, USD, new BigDecimal("-0.1481")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate CNY/USD is -0.1481, expected a positive number");
  }

  @Test
  void rateFromACurrencyToItselfIsInvalid() {
    assertThatThrownBy(() -> RATES.with(USD, USD, BigDecimal.ONE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate USD/USD converts a currency to itself");
  }

  @Test
  void equalsAndHashCode() {
    ExchangeRate cnyUsd = ExchangeRate.of(CNY, USD, CNY_USD);
    ExchangeRate jpyUsd = ExchangeRate.of(JPY, USD, new BigDecimal("0.0067"));
    new EqualsTester()
        .addEqualityGroup(ExchangeRates.empty(), ExchangeRates.of(List.of()))
        .addEqualityGroup(
            ExchangeRates.empty().with(CNY, USD, CNY_USD), ExchangeRates.of(List.of(cnyUsd)))
        // the rate keeps all its digits: 0.14810 is another rate than 0.1481
        .addEqualityGroup(ExchangeRates.empty().with(CNY, USD, new BigDecimal("0.14810")))
        .addEqualityGroup(
            ExchangeRates.of(List.of(cnyUsd, jpyUsd)), ExchangeRates.of(List.of(jpyUsd, cnyUsd)))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(CurrencyUnit.class, USD)
            .setDefault(Money.class, Money.parse("CNY 1.00"))
            .setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.testAllPublicStaticMethods(ExchangeRates.class);
    tester.testAllPublicInstanceMethods(RATES);
  }

  @Test
  void jsonIsAListOfRatesAndRoundTrips() {
    ExchangeRates rates =
        ExchangeRates.empty()
            .with(CNY, USD, new BigDecimal("0.14810"))
            .with(JPY, USD, new BigDecimal("0.0067"));
    String json = StackholderJson.write(rates);
    assertThat(json)
        .isEqualTo(
            "[{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":\"0.14810\"},"
                + "{\"from\":\"JPY\",\"to\":\"USD\",\"rate\":\"0.0067\"}]");
    ExchangeRates read = StackholderJson.read(json, ExchangeRates.class);
    assertThat(read).isEqualTo(rates);
    assertThat(read.rates()).isEqualTo(rates.rates());
  }

  @Test
  void jsonWithABadRateNamesItsIndex() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "[{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":0.1481},"
                        + "{\"from\":\"JPY\",\"to\":\"USD\",\"rate\":0}]",
                    ExchangeRates.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$[1]: Exchange rate JPY/USD is 0, expected a positive number");
  }

  @Test
  void toStringListsTheRates() {
    assertThat(ExchangeRates.empty().with(CNY, USD, CNY_USD))
        .hasToString("ExchangeRates[CNY/USD=0.1481]");
  }

  @Test
  void getRateNamesBothCurrenciesWhenMissing() {
    assertThat(RATES.getRate(CNY, USD)).isEqualTo(ExchangeRate.of(CNY, USD, CNY_USD));
    assertThat(RATES.findRate(USD, CNY)).isEmpty();
    assertThatThrownBy(() -> RATES.getRate(USD, CNY))
        .isExactlyInstanceOf(MissingExchangeRateException.class)
        .hasMessageStartingWith("No exchange rate from USD to CNY");
  }
}
