package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class ExchangeRateParseTest {
  private static final List<CurrencyUnit> CURRENCIES = CurrencyUnit.registeredCurrencies();

  @Test
  void readsWhatToStringWrites() {
    ExchangeRate rate = ExchangeRate.parse("CNY/USD=0.1481");
    assertThat(rate.from()).isEqualTo(CurrencyUnit.of("CNY"));
    assertThat(rate.to()).isEqualTo(CurrencyUnit.USD);
    assertThat(rate.rate()).isEqualTo(new BigDecimal("0.1481"));
    assertThat(rate).hasToString("CNY/USD=0.1481");
  }

  @Test
  void keepsEveryDigitWritten() {
    assertThat(ExchangeRate.parse("EUR/USD=1.08500").rate()).isEqualTo(new BigDecimal("1.08500"));
  }

  @Test
  void allowsBlanksAndLowerCaseCodes() {
    assertThat(ExchangeRate.parse(" cny / usd = 0.1481 "))
        .isEqualTo(ExchangeRate.parse("CNY/USD=0.1481"));
  }

  @Test
  void roundTripsAnyRate() {
    Gen<CurrencyUnit> currencies = Generate.pick(CURRENCIES);
    // Any rate within Limits: up to 18 digits before the point, 20 after.
    Gen<BigDecimal> rates =
        SourceDSL.longs()
            .between(1, 999_999_999_999_999_999L)
            .zip(SourceDSL.integers().between(0, Limits.MAX_DECIMAL_SCALE), BigDecimal::valueOf);
    qt().forAll(currencies, currencies, rates)
        .assuming((from, to, rate) -> !from.equals(to))
        .checkAssert(
            (from, to, rate) -> {
              ExchangeRate written = ExchangeRate.of(from, to, rate);
              assertThat(ExchangeRate.parse(written.toString())).isEqualTo(written);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "CNY/USD",
        "CNY=0.1481",
        "CNYUSD=0.1481",
        "CNY/USD=",
        "CNY/USD=abc",
        "CNY/USD=1e3",
        "CNY/USD=0,1481",
        "CNY/USD=0.1481\nstackholder: forged"
      })
  void malformedTextIsInvalidAndNamed(String text) {
    assertThatThrownBy(() -> ExchangeRate.parse(text))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("'" + text + "' is not an exchange rate, expected FROM/TO=RATE");
  }

  @Test
  void hugeRatesAreRefusedWithoutReadingThem() {
    String text = "CNY/USD=" + "9".repeat(1_000_000);
    assertThatThrownBy(() -> ExchangeRate.parse(text))
        .isExactlyInstanceOf(InvalidDataException.class);
  }

  @Test
  void unknownCurrencyIsNamed() {
    assertThatThrownBy(() -> ExchangeRate.parse("XYZ/USD=1"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "'XYZ/USD=1' has an unknown currency code 'XYZ', expected an ISO 4217 code such as 'USD'");
  }

  @Test
  void rateMustBePositiveAndBetweenTwoCurrencies() {
    assertThatThrownBy(() -> ExchangeRate.parse("CNY/USD=0"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate CNY/USD is 0, expected a positive number");
    assertThatThrownBy(() -> ExchangeRate.parse("CNY/USD=-1"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate CNY/USD is -1, expected a positive number");
    assertThatThrownBy(() -> ExchangeRate.parse("USD/USD=1"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate USD/USD converts a currency to itself");
  }
}
