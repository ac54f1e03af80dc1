package dev.stackholder.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * One conversion rate given by the caller: one unit of {@link #from()} is worth {@link #rate()}
 * units of {@link #to()}. Written {@code CNY/USD=0.1481} on the command line.
 */
@Value.Immutable
@StackholderStyle
@JsonSerialize(as = ImmutableExchangeRate.class)
@JsonDeserialize(as = ImmutableExchangeRate.class)
public abstract class ExchangeRate {
  ExchangeRate() {}

  /** The currency converted from. */
  // Named "from" on purpose; Immutables then leaves out its builder's from(instance) method.
  @SuppressWarnings("immutables:from")
  public abstract CurrencyUnit from();

  /** The currency converted to. */
  public abstract CurrencyUnit to();

  /** Units of {@link #to()} per unit of {@link #from()}; positive, kept with all its digits. */
  public abstract BigDecimal rate();

  /**
   * A rate from one currency to another.
   *
   * @throws InvalidDataException if the rate is not positive or both currencies are the same
   */
  public static ExchangeRate of(CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {
    return ImmutableExchangeRate.builder().from(from).to(to).rate(rate).build();
  }

  /** The rate as written on the command line, e.g. {@code "CNY/USD=0.1481"}. */
  @Override
  public String toString() {
    return from().getCode() + "/" + to().getCode() + "=" + rate().toPlainString();
  }

  @Value.Check
  void check() {
    InvalidDataException.check(rate().signum() > 0,
        "Exchange rate %s/%s is %s, expected a positive number",
        from().getCode(), to().getCode(), rate().toPlainString());
    InvalidDataException.check(!from().equals(to()),
        "Exchange rate %s/%s converts a currency to itself", from().getCode(), to().getCode());
  }
}
