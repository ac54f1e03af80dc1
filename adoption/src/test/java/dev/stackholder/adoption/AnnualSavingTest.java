package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AnnualSavingTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final Source SEED =
      Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack");
  private static final AnnualSaving TENCENT =
      AnnualSaving.builder()
          .amount(Money.parse("CNY 100000000.00"))
          .approximation(Approximation.MORE_THAN)
          .addSources(SEED)
          .build();
  private static final ExchangeRates RATES =
      ExchangeRates.empty().with(CNY, CurrencyUnit.USD, new BigDecimal("0.1481"));

  @Test
  void describesTheLowerBound() {
    assertThat(TENCENT.describe()).isEqualTo("more than CNY 100,000,000.00 saved a year");
  }

  @Test
  void convertsWithTheCallersRate() {
    assertThat(TENCENT.amountIn(CurrencyUnit.USD, RATES)).isEqualTo(Money.parse("USD 14810000.00"));
    assertThat(TENCENT.amountIn(CNY, ExchangeRates.empty())).isEqualTo(TENCENT.amount());
  }

  @Test
  void conversionWithoutARateFails() {
    assertThatThrownBy(() -> TENCENT.amountIn(CurrencyUnit.JPY, RATES))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate from CNY to JPY: give one, e.g. CNY/JPY=<rate>");
  }

  @Test
  void conversionIsMonotonicInTheAmount() {
    qt().forAll(AdoptionGenerators.money(), AdoptionGenerators.money())
        .checkAssert(
            (a, b) -> {
              ExchangeRates rates =
                  ExchangeRates.empty()
                      .with(a.getCurrencyUnit(), CurrencyUnit.GBP, new BigDecimal("0.1234"));
              Money x = Money.ofMinor(a.getCurrencyUnit(), a.getAmountMinorLong());
              Money y = Money.ofMinor(a.getCurrencyUnit(), b.getAmountMinorLong());
              AnnualSaving savingX = AnnualSaving.builder().from(TENCENT).amount(x).build();
              AnnualSaving savingY = AnnualSaving.builder().from(TENCENT).amount(y).build();
              Money convertedX = savingX.amountIn(CurrencyUnit.GBP, rates);
              assertThat(convertedX.getCurrencyUnit()).isEqualTo(CurrencyUnit.GBP);
              if (x.isLessThan(y)) {
                assertThat(convertedX.isGreaterThan(savingY.amountIn(CurrencyUnit.GBP, rates)))
                    .isFalse();
              }
            });
  }

  @Test
  void amountMustBePositive() {
    assertThatThrownBy(() -> AnnualSaving.builder().from(TENCENT).amount(Money.zero(CNY)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Annual saving is CNY 0.00, expected a positive amount");
  }

  @Test
  void jsonKeepsTheAmountAsAString() {
    String json = StackholderJson.write(TENCENT);
    assertThat(json).contains("\"amount\":{\"amount\":\"100000000.00\",\"currency\":\"CNY\"}");
    assertThat(StackholderJson.read(json, Outcome.class)).isEqualTo(TENCENT);
  }
}
