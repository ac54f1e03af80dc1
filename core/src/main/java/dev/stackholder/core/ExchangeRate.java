package dev.stackholder.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.internal.StackholderStyle;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/**
 * One conversion rate given by the caller: one unit of {@link #from()} is worth {@link #rate()}
 * units of {@link #to()}. Written {@code CNY/USD=0.1481}: {@link #toString()} writes that and
 * {@link #parse(String)} reads it, as Joda-Money's {@code Money} does with {@code "USD 25.95"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StackholderStyle
@JsonSerialize(as = ImmutableExchangeRate.class)
@JsonDeserialize(as = ImmutableExchangeRate.class)
public abstract class ExchangeRate {
  /** Bounded digits (60 each side of the point): a rate of a million digits is refused fast. */
  private static final Pattern TEXT =
      Pattern.compile(
          "\\s*([A-Za-z]{3})\\s*/\\s*([A-Za-z]{3})\\s*=\\s*([-+]?[0-9]{1,60}(?:\\.[0-9]{1,60})?)\\s*");

  ExchangeRate() {}

  /**
   * The currency converted from.
   *
   * @return the currency converted from, whose amounts {@link #rate()} multiplies
   */
  // Named "from" on purpose; Immutables then leaves out its builder's from(instance) method.
  @SuppressWarnings("immutables:from")
  public abstract CurrencyUnit from();

  /** {@return the currency converted to} */
  public abstract CurrencyUnit to();

  /**
   * {@return units of {@link #to()} per unit of {@link #from()}; positive, kept with all its
   * digits}
   */
  // Written as a string, as money amounts are, so that no reader loses a digit; a number is read
  // too.
  @JsonSerialize(using = RateJson.AsText.class)
  @JsonDeserialize(using = RateJson.FromText.class)
  public abstract BigDecimal rate();

  /**
   * {@return a rate from one currency to another}
   *
   * @param from the currency of the amounts converted
   * @param to the currency they are converted to; not {@code from}
   * @param rate units of {@code to} per unit of {@code from}; positive, kept with all its digits
   *     (no rounding)
   * @throws InvalidDataException if the rate is not positive or both currencies are the same
   */
  public static ExchangeRate of(CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {
    return ImmutableExchangeRate.builder().from(from).to(to).rate(rate).build();
  }

  /**
   * Reads a rate as {@link #toString()} writes it: {@code "CNY/USD=0.1481"} (two ISO 4217 codes, a
   * slash, an equals sign and a positive decimal number; blanks around the parts are allowed). The
   * rate keeps every digit written.
   *
   * @param text the rate, e.g. {@code "CNY/USD=0.1481"}
   * @return the rate, with every digit written
   * @throws InvalidDataException naming the text if it is not in that form, a code is unknown, the
   *     rate is not positive or both currencies are the same
   */
  public static ExchangeRate parse(String text) {
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidDataException(
          "'" + text + "' is not an exchange rate, expected FROM/TO=RATE such as 'CNY/USD=0.1481'");
    }
    return of(
        currency(text, matcher.group(1)),
        currency(text, matcher.group(2)),
        new BigDecimal(matcher.group(3)));
  }

  private static CurrencyUnit currency(String text, String code) {
    try {
      return CurrencyUnit.of(code.toUpperCase(Locale.ROOT));
    } catch (IllegalCurrencyException e) {
      throw new InvalidDataException(
          "'"
              + text
              + "' has an unknown currency code '"
              + code
              + "', expected an ISO 4217 code such as 'USD'",
          e);
    }
  }

  /** The rate as written on the command line, e.g. {@code "CNY/USD=0.1481"}. */
  @Override
  public String toString() {
    return from().getCode() + "/" + to().getCode() + "=" + rate().toPlainString();
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        rate().signum() > 0,
        "Exchange rate %s/%s is %s, expected a positive number",
        from().getCode(),
        to().getCode(),
        rate());
    Limits.checkDecimal(rate(), "Exchange rate " + from().getCode() + "/" + to().getCode());
    InvalidDataException.check(
        !from().equals(to()),
        "Exchange rate %s/%s converts a currency to itself",
        from().getCode(),
        to().getCode());
  }
}
