package dev.stackholder.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.BigMoney;
import org.joda.money.BigMoneyProvider;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.joda.money.format.GroupingStyle;
import org.joda.money.format.MoneyAmountStyle;
import org.joda.money.format.MoneyFormatter;
import org.joda.money.format.MoneyFormatterBuilder;

/**
 * How Stackholder writes and reads amounts of money as text for people: the currency code, a space,
 * and the amount with comma grouping, as in {@code "USD 200,000.00"}. Explanations, error messages
 * and the command line all use it, so an amount reads the same everywhere.
 *
 * <p>Stateless and thread-safe.
 */
public final class MoneyText {
  private static final MoneyFormatter FORMAT =
      new MoneyFormatterBuilder()
          .appendCurrencyCode()
          .appendLiteral(" ")
          .appendAmount(
              MoneyAmountStyle.ASCII_DECIMAL_POINT_GROUP3_COMMA.withGroupingStyle(
                  GroupingStyle.BEFORE_DECIMAL_POINT))
          .toFormatter(Locale.ROOT);

  /** Commas may only group thousands: {@code "EUR 1,50"} (a decimal comma) must not read as 150. */
  private static final Pattern TEXT =
      Pattern.compile(
          "\\s*([A-Za-z]{3})\\s*([-+]?(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]{1,18})(?:\\.[0-9]{1,20})?)\\s*");

  private MoneyText() {}

  /**
   * Writes an amount as {@code "USD 200,000.00"}. A {@link BigMoney} keeps all its digits ({@code
   * "USD 8,803,064.0000"}), so an unrounded intermediate result shows as it is.
   *
   * @param amount the amount, a {@link org.joda.money.Money} or an unrounded {@link BigMoney}
   * @return the ISO 4217 code, a space and the amount with comma-grouped thousands and every
   *     decimal it has
   */
  public static String format(BigMoneyProvider amount) {
    return FORMAT.print(amount);
  }

  /**
   * Reads an amount written as {@code "CNY 237760000000"}, {@code "USD 200,000.00"} or {@code
   * "JPY1000"}. Commas, if any, must group thousands ({@code "EUR 1,50"} is rejected, not read as
   * 150). The amount must fit the currency's minor unit: {@code "USD 1.001"} is rejected, never
   * rounded. The text is at most {@link Limits#MAX_MONEY_TEXT_LENGTH} characters, the amount within
   * {@link Limits#MAX_INTEGER_DIGITS} digits before the point.
   *
   * @param text the currency code and the amount, e.g. {@code "USD 200,000.00"}
   * @return the amount in that currency, exactly as written (never rounded)
   * @throws InvalidDataException naming the text when it is not a currency code and an amount, the
   *     code is unknown, or the amount has more decimals than the currency
   */
  public static Money parse(String text) {
    // Length first, so a million digits are refused at once and not quoted whole.
    if (text.length() > Limits.MAX_MONEY_TEXT_LENGTH) {
      throw new InvalidDataException(
          "'"
              + Limits.abbreviate(text)
              + "' is longer than the "
              + Limits.MAX_MONEY_TEXT_LENGTH
              + " characters an amount of money may have");
    }
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidDataException(
          "'"
              + text
              + "' is not an amount of money, expected a currency code and an amount such as 'USD 200000.00'");
    }
    CurrencyUnit currency;
    try {
      currency = CurrencyUnit.of(matcher.group(1).toUpperCase(Locale.ROOT));
    } catch (IllegalCurrencyException e) {
      throw new InvalidDataException(
          "'" + text + "' has an unknown currency code '" + matcher.group(1) + "'", e);
    }
    BigDecimal amount = new BigDecimal(matcher.group(2).replace(",", ""));
    if (amount.stripTrailingZeros().scale() > currency.getDecimalPlaces()) {
      throw new InvalidDataException(
          "'"
              + text
              + "' has more decimals than "
              + currency.getCode()
              + " allows ("
              + currency.getDecimalPlaces()
              + "); round it yourself before passing it");
    }
    return Money.of(currency, amount.setScale(Math.max(0, currency.getDecimalPlaces())));
  }
}
