package dev.stackholder.membership.income;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.Organization;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One membership's share of a year's dues income: the quote and what is charged for the year. Part
 * of an {@link IncomeReport}, which computes it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeLine.class)
@JsonDeserialize(as = ImmutableIncomeLine.class)
public abstract class IncomeLine {
  IncomeLine() {}

  /** {@return the member} */
  public abstract Organization organization();

  /** {@return the tier held during {@link #from()} to {@link #until()}} */
  public abstract Tier tier();

  /** {@return the first day in the year of this membership} */
  // Named "from" on purpose; Immutables then leaves out its builder's from(instance) method.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** {@return the first day after it within the year (the next 1 January at the latest)} */
  public abstract LocalDate until();

  /** {@return the full year's quote for the tier, with its explanation} */
  public abstract Optional<DuesQuote> quote();

  /** {@return what is charged for this part of the year} */
  public abstract Money charged();

  /**
   * {@return the most that may be charged: equal to {@link #charged()} when the charge is exact;
   * higher when it depends on a figure the member did not declare (a Gold member's revenue: the
   * rule's minimum to its maximum), in which case {@link #charged()} is the least}
   */
  @Value.Default
  public Money chargedUpTo() {
    return charged();
  }

  /** {@return whether the charge is a range rather than one amount} */
  public boolean isRange() {
    return !chargedUpTo().isEqual(charged());
  }

  /**
   * {@return how {@link #charged()} follows from the quote: full year, prorated by days, or not
   * charged}
   */
  public abstract String explanation();

  @Value.Check
  void check() {
    // A line read from JSON is checked as strictly as one computed: no negative or inverted charge.
    String what = "Income line of '" + organization().id() + "'";
    if (charged().isNegative()) {
      throw new dev.stackholder.core.InvalidDataException(
          what + ": charged " + MoneyText.format(charged()) + " is negative");
    }
    dev.stackholder.core.Limits.checkMoney(charged(), what + ": charged");
    dev.stackholder.core.Limits.checkMoney(chargedUpTo(), what + ": charged up to");
    if (!charged().getCurrencyUnit().equals(chargedUpTo().getCurrencyUnit())
        || chargedUpTo().isLessThan(charged())) {
      throw new dev.stackholder.core.InvalidDataException(
          what
              + ": charged up to "
              + MoneyText.format(chargedUpTo())
              + " is below the charge "
              + MoneyText.format(charged()));
    }
    dev.stackholder.core.Limits.checkDate(from(), what + " start");
    dev.stackholder.core.Limits.checkDate(until(), what + " end");
    if (until().isBefore(from())) {
      throw new dev.stackholder.core.InvalidDataException(
          what + " ends on " + until() + ", before it starts on " + from());
    }
    dev.stackholder.core.Limits.checkText(explanation(), what + " explanation");
  }
}
