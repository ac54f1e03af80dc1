package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class MoneyTextTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final Gen<CurrencyUnit> CURRENCIES =
      SourceDSL.arbitrary()
          .pick(CurrencyUnit.USD, CNY, CurrencyUnit.JPY, CurrencyUnit.of("KWD"), CurrencyUnit.EUR);
  private static final Gen<Money> AMOUNTS =
      CURRENCIES.zip(
          SourceDSL.longs().between(-100_000_000_000_000L, 100_000_000_000_000L),
          (currency, minor) -> Money.ofMinor(currency, minor));

  @Test
  void formatsWithCommasBeforeTheDecimalPointOnly() {
    assertThat(MoneyText.format(Money.parse("USD 200000.00"))).isEqualTo("USD 200,000.00");
    assertThat(MoneyText.format(Money.parse("CNY 237760000000")))
        .isEqualTo("CNY 237,760,000,000.00");
    assertThat(MoneyText.format(BigMoney.of(CurrencyUnit.USD, new BigDecimal("75000.000025"))))
        .isEqualTo("USD 75,000.000025");
    assertThat(MoneyText.format(Money.parse("USD 999.99"))).isEqualTo("USD 999.99");
  }

  @Test
  void formatsEachCurrencysMinorDigits() {
    assertThat(MoneyText.format(Money.parse("JPY 1000"))).isEqualTo("JPY 1,000");
    assertThat(MoneyText.format(Money.parse("KWD 1234567890.123")))
        .isEqualTo("KWD 1,234,567,890.123");
    assertThat(MoneyText.format(Money.parse("USD -1234.5"))).isEqualTo("USD -1,234.50");
  }

  @Test
  void parsesACodeAndAnAmount() {
    assertThat(MoneyText.parse("CNY 237760000000"))
        .isEqualTo(Money.of(CNY, new BigDecimal("237760000000.00")));
    assertThat(MoneyText.parse("USD 200,000.00")).isEqualTo(Money.parse("USD 200000.00"));
    assertThat(MoneyText.parse("JPY1000")).isEqualTo(Money.parse("JPY 1000"));
    assertThat(MoneyText.parse(" usd 1.5 ")).isEqualTo(Money.parse("USD 1.50"));
    assertThat(MoneyText.parse("KWD 0.308")).isEqualTo(Money.parse("KWD 0.308"));
  }

  @Test
  void trailingZerosBeyondTheMinorUnitAreNotRounding() {
    assertThat(MoneyText.parse("USD 1.100")).isEqualTo(Money.parse("USD 1.10"));
  }

  @Test
  void rejectsMoreDecimalsThanTheCurrencyHas() {
    assertThatThrownBy(() -> MoneyText.parse("USD 1.001"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "'USD 1.001' has more decimals than USD allows (2); round it yourself before passing it");
    assertThatThrownBy(() -> MoneyText.parse("JPY 1.5"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "'JPY 1.5' has more decimals than JPY allows (0); round it yourself before passing it");
  }

  @Test
  void rejectsAnUnknownCurrency() {
    assertThatThrownBy(() -> MoneyText.parse("XYZ 5"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("'XYZ 5' has an unknown currency code 'XYZ'");
  }

  @Test
  void rejectsWords() {
    assertThatThrownBy(() -> MoneyText.parse("five dollars"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "'five dollars' is not an amount of money, expected a currency code and an amount"
                + " such as 'USD 200000.00'");
  }

  @Test
  void rejectsCommasThatDoNotGroupThousands() {
    // a decimal comma must not silently become a hundredfold amount
    assertThatThrownBy(() -> MoneyText.parse("EUR 1,50"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "'EUR 1,50' is not an amount of money, expected a currency code and an amount"
                + " such as 'USD 200000.00'");
    assertThatThrownBy(() -> MoneyText.parse("USD 1,0000.00"))
        .isExactlyInstanceOf(InvalidDataException.class);
  }

  @Test
  void parseReadsWhatFormatWrites() {
    qt().forAll(AMOUNTS)
        .checkAssert(
            amount -> assertThat(MoneyText.parse(MoneyText.format(amount))).isEqualTo(amount));
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(MoneyText.class);
  }
}
