package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.ExchangeRate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a member of a tier owes for one year under a rule set, and why, in one line a person can
 * paste into a budget request:
 *
 * <pre>
 * Gold: 0.025% of USD 35,000,000,000.00 = USD 8,750,000.00, above the maximum: USD 200,000.00 (OpenStack Foundation bylaws, 2012)
 * </pre>
 *
 * <p>A quote is what {@link DuesSchedule#quote} computes; it has no public builder. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDuesQuote.class)
@JsonDeserialize(as = ImmutableDuesQuote.class)
public abstract class DuesQuote {
  DuesQuote() {}

  /** The tier quoted. */
  public abstract Tier tier();

  /** What the member owes for one year, in the rule set's currency. */
  public abstract Money amount();

  /** The formula, the numbers, the bound that applied, the rounding and the exchange rate used. */
  public abstract String explanation();

  /** The id of the rule set the quote was made under. */
  public abstract String ruleSetId();

  /** The bound of a percent-of-revenue rule that decided the amount, if one did. */
  public abstract Optional<DuesBound> bound();

  /** The rate the declared revenue was converted with, if it had to be converted. */
  public abstract Optional<ExchangeRate> exchangeRate();

  /** The explanation. */
  @Override
  public String toString() {
    return explanation();
  }
}
