package dev.stackholder.membership;

import java.util.Optional;
import org.joda.money.Money;

/**
 * One year's dues as a rule worked them out: the amount and the bound that decided it. The words
 * saying how are built only when a quote's explanation is asked for ({@link DuesRule#working}).
 * Internal.
 */
final class Charge {
  /** The bounds as a charge holds them, made once rather than per quote. */
  static final Optional<DuesBound> MINIMUM = Optional.of(DuesBound.MINIMUM);

  static final Optional<DuesBound> MAXIMUM = Optional.of(DuesBound.MAXIMUM);

  final Money amount;
  final Optional<DuesBound> bound;

  Charge(Money amount, Optional<DuesBound> bound) {
    this.amount = amount;
    this.bound = bound;
  }
}
