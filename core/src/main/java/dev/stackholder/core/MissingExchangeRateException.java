package dev.stackholder.core;

import org.joda.money.CurrencyUnit;

/**
 * An amount had to be converted between two currencies and no rate was given for that direction.
 * Stackholder never guesses a rate, nor the inverse of a given one.
 *
 * <p>Immutable once thrown.
 */
public class MissingExchangeRateException extends StackholderException {
  private static final long serialVersionUID = 1L;

  private final transient CurrencyUnit from;
  private final transient CurrencyUnit to;

  /**
   * Reports a conversion for which no rate was given.
   *
   * @param from the currency of the amount
   * @param to the currency it had to be converted to
   */
  public MissingExchangeRateException(CurrencyUnit from, CurrencyUnit to) {
    super(
        "No exchange rate from "
            + from.getCode()
            + " to "
            + to.getCode()
            + ": give one, e.g. "
            + from.getCode()
            + "/"
            + to.getCode()
            + "=<rate>");
    this.from = from;
    this.to = to;
  }

  /** {@return the currency of the amount that could not be converted} */
  public CurrencyUnit from() {
    return from;
  }

  /** {@return the currency it had to be converted to} */
  public CurrencyUnit to() {
    return to;
  }
}
