package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.core.MoneyText;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Money saved each year, as stated: "saving more than EUR 2 million each year" is {@code EUR
 * 2,000,000.00} with {@link Approximation#MORE_THAN}. JSON type name {@code "annual-saving"}; the
 * amount is {@code {"amount": "2000000.00", "currency": "EUR"}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnualSaving.class)
@JsonDeserialize(as = ImmutableAnnualSaving.class)
public abstract non-sealed class AnnualSaving extends Outcome {
  AnnualSaving() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnnualSaving} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableAnnualSaving.Builder {
    Builder() {}
  }

  /** {@return the yearly saving in the currency the source uses; positive} */
  public abstract Money amount();

  /** {@return how exactly the source states it; {@link Approximation#EXACTLY} unless given} */
  @Value.Default
  public Approximation approximation() {
    return Approximation.EXACTLY;
  }

  /**
   * {@return the saving in another currency, converted with the caller's rates (multiplied by the
   * rate and rounded half up to the target currency's minor unit, as {@link ExchangeRates#convert}
   * does)} The approximation does not change: "more than CNY 100,000,000.00" stays a lower bound.
   *
   * @param to the currency wanted
   * @param rates rates that include one from the saving's currency to {@code to}, unless they are
   *     the same
   * @throws MissingExchangeRateException if no rate is given from the saving's currency to {@code
   *     to}
   */
  public Money amountIn(CurrencyUnit to, ExchangeRates rates) {
    return rates.convert(amount(), to);
  }

  @Override
  public String describe() {
    return approximation().describe(MoneyText.format(amount())) + " saved a year";
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        amount().isPositive(),
        "Annual saving is %s, expected a positive amount",
        MoneyText.format(amount()));
    InvalidDataException.check(
        !sources().isEmpty(), "Annual saving of %s has no sources", MoneyText.format(amount()));
  }
}
