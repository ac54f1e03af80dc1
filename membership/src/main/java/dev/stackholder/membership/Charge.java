package dev.stackholder.membership;

import java.util.Optional;
import org.joda.money.Money;

/** One year's dues as a rule worked them out, with the words saying how. Internal to quoting. */
final class Charge {
  final Money amount;
  final String working;
  final Optional<DuesBound> bound;

  Charge(Money amount, String working, Optional<DuesBound> bound) {
    this.amount = amount;
    this.working = working;
    this.bound = bound;
  }
}
