package dev.stackholder.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An immutable set of exchange rates given by the caller. Stackholder reads no rates from the
 * network and guesses none: converting needs a rate for exactly that direction (the inverse of a
 * given rate is not used), and a missing one is a {@link MissingExchangeRateException}.
 *
 * <p>Conversion multiplies by the rate and rounds the result to the target currency's minor unit,
 * {@link RoundingMode#HALF_UP}: {@code CNY 100.00} at {@code CNY/USD=0.1481} is {@code USD 14.81}.
 *
 * <pre>{@code
 * ExchangeRates rates = ExchangeRates.empty().with(CNY, USD, new BigDecimal("0.1481"));
 * Money usd = rates.convert(Money.parse("CNY 237760000000"), CurrencyUnit.USD);
 * }</pre>
 *
 * <p>In JSON the rates are a list of {@code {"from": "CNY", "to": "USD", "rate": 0.1481}}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExchangeRates {
  private static final ExchangeRates EMPTY = new ExchangeRates(ImmutableMap.of());

  /**
   * Keyed by the pair of currencies: the order rates were given in is kept, which makes JSON
   * stable. A pair rather than a "FROM/TO" string: a look-up, on the path of every converted quote,
   * then builds and hashes no string.
   */
  private final ImmutableMap<Pair, ExchangeRate> rates;

  private record Pair(CurrencyUnit from, CurrencyUnit to) {}

  private ExchangeRates(ImmutableMap<Pair, ExchangeRate> rates) {
    this.rates = rates;
  }

  /** {@return no rates at all: only amounts already in the target currency convert} */
  public static ExchangeRates empty() {
    return EMPTY;
  }

  /**
   * {@return these rates, as a JSON creator would build them: later rates for the same pair replace
   * earlier ones}
   *
   * @param rates the rates, each for one direction; the inverse of a rate is not implied
   */
  @JsonCreator
  public static ExchangeRates of(List<ExchangeRate> rates) {
    Map<Pair, ExchangeRate> byPair = new LinkedHashMap<>();
    for (ExchangeRate rate : rates) {
      Objects.requireNonNull(rate, "rate");
      byPair.put(key(rate.from(), rate.to()), rate);
    }
    return new ExchangeRates(ImmutableMap.copyOf(byPair));
  }

  /**
   * These rates and one more (replacing any earlier rate for the same direction).
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param rate units of {@code to} per unit of {@code from}
   * @return a new instance; this one is unchanged
   * @throws InvalidDataException if the rate is not positive or the currencies are the same
   */
  public ExchangeRates with(CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {
    ExchangeRate added = ExchangeRate.of(from, to, rate);
    Map<Pair, ExchangeRate> byPair = new LinkedHashMap<>(rates);
    byPair.put(key(from, to), added);
    return new ExchangeRates(ImmutableMap.copyOf(byPair));
  }

  /**
   * {@return the rate from one currency to another, if one was given for that direction}
   *
   * @param from the currency of the amounts to convert
   * @param to the currency to convert them to
   */
  public Optional<ExchangeRate> findRate(CurrencyUnit from, CurrencyUnit to) {
    return Optional.ofNullable(rates.get(key(from, to)));
  }

  /**
   * {@return the rate from one currency to another}
   *
   * @param from the currency of the amounts to convert
   * @param to the currency to convert them to
   * @throws MissingExchangeRateException naming both currencies when no rate was given for that
   *     direction (the inverse of a given rate is never used)
   */
  public ExchangeRate getRate(CurrencyUnit from, CurrencyUnit to) {
    ExchangeRate rate = rates.get(key(from, to));
    if (rate == null) {
      throw new MissingExchangeRateException(from, to);
    }
    return rate;
  }

  /** {@return every rate, in the order given} */
  @JsonValue
  public ImmutableList<ExchangeRate> rates() {
    return rates.values().asList();
  }

  /**
   * Converts an amount to another currency: the amount itself when already in {@code to}, otherwise
   * the amount times the given rate, rounded half up to {@code to}'s minor unit.
   *
   * @param amount the amount, in any currency
   * @param to the currency wanted
   * @return the amount in {@code to}, at {@code to}'s minor unit (cents for USD), rounded half up
   * @throws MissingExchangeRateException naming both currencies when no rate was given
   */
  public Money convert(Money amount, CurrencyUnit to) {
    if (amount.getCurrencyUnit().equals(to)) {
      return amount;
    }
    ExchangeRate rate = getRate(amount.getCurrencyUnit(), to);
    return amount.convertedTo(to, rate.rate(), RoundingMode.HALF_UP);
  }

  private static Pair key(CurrencyUnit from, CurrencyUnit to) {
    return new Pair(
        java.util.Objects.requireNonNull(from, "from"), java.util.Objects.requireNonNull(to, "to"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExchangeRates && ((ExchangeRates) other).rates.equals(rates);
  }

  @Override
  public int hashCode() {
    return rates.hashCode();
  }

  @Override
  public String toString() {
    return "ExchangeRates" + rates.values();
  }
}
