package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final ExchangeRate CNY_USD =
      ExchangeRate.of(CNY, CurrencyUnit.USD, new BigDecimal("0.14810"));

  @Test
  void keepsItsParts() {
    assertThat(CNY_USD.from()).isEqualTo(CNY);
    assertThat(CNY_USD.to()).isEqualTo(CurrencyUnit.USD);
    assertThat(CNY_USD.rate()).isEqualTo(new BigDecimal("0.14810"));
  }

  @Test
  void toStringIsTheCommandLineForm() {
    assertThat(CNY_USD).hasToString("CNY/USD=0.14810");
    assertThat(ExchangeRate.of(CNY, CurrencyUnit.USD, new BigDecimal("1E-3")))
        .hasToString("CNY/USD=0.001");
  }

  @Test
  void nonPositiveRateIsInvalid() {
    assertThatThrownBy(() -> ExchangeRate.of(CNY, CurrencyUnit.USD, new BigDecimal("0.000")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate CNY/USD is 0.000, expected a positive number");
    assertThatThrownBy(() -> ExchangeRate.of(CNY, CurrencyUnit.USD, new BigDecimal("-1")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate CNY/USD is -1, expected a positive number");
  }

  @Test
  void sameCurrencyIsInvalid() {
    assertThatThrownBy(() -> ExchangeRate.of(CNY, CNY, BigDecimal.ONE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Exchange rate CNY/CNY converts a currency to itself");
  }

  @Test
  void equalsAndHashCodeKeepTheScale() {
    new EqualsTester()
        .addEqualityGroup(
            CNY_USD, ExchangeRate.of(CNY, CurrencyUnit.USD, new BigDecimal("0.14810")))
        .addEqualityGroup(ExchangeRate.of(CNY, CurrencyUnit.USD, new BigDecimal("0.1481")))
        .addEqualityGroup(ExchangeRate.of(CurrencyUnit.USD, CNY, new BigDecimal("0.14810")))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .testAllPublicStaticMethods(ExchangeRate.class);
  }

  @Test
  void jsonRoundTripKeepsTheScale() {
    String json = StackholderJson.write(CNY_USD);
    assertThat(json).isEqualTo("{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":\"0.14810\"}");
    ExchangeRate read = StackholderJson.read(json, ExchangeRate.class);
    assertThat(read).isEqualTo(CNY_USD);
    assertThat(read.rate().scale()).isEqualTo(5);
  }

  @Test
  void jsonWithANegativeRateIsInvalid() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":-0.1}", ExchangeRate.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: Exchange rate CNY/USD is -0.1, expected a positive number");
  }
}
