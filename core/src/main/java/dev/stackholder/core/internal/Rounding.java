package dev.stackholder.core.internal;

import dev.stackholder.core.MoneyText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;

/**
 * Words and formatting for exact intermediate amounts and their rounding, shared by the dues rules
 * and the income report. Internal: not an API.
 */
public final class Rounding {
  private Rounding() {}

  /**
   * {@return how a rule set rounds, as an explanation says it: {@code "half up to 0.01 USD"}}
   *
   * @param mode the rounding mode
   * @param currency the currency whose minor unit is rounded to
   */
  public static String describe(RoundingMode mode, CurrencyUnit currency) {
    String unit =
        BigDecimal.ONE.movePointLeft(Math.max(0, currency.getDecimalPlaces())).toPlainString();
    return mode.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " to "
        + unit
        + " "
        + currency.getCode();
  }

  /**
   * {@return an exact amount with every digit it has but at least the currency's minor digits:
   * {@code "USD 75,000.000025"}, {@code "USD 8,750,000.00"}}
   *
   * @param currency the currency
   * @param amount the amount, unrounded
   */
  public static String exact(CurrencyUnit currency, BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    int minScale = Math.max(0, currency.getDecimalPlaces());
    BigDecimal shown = stripped.scale() < minScale ? stripped.setScale(minScale) : stripped;
    return MoneyText.format(BigMoney.of(currency, shown));
  }
}
