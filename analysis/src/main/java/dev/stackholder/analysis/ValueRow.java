package dev.stackholder.analysis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.membership.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One employer of a release's ranking joined with the roster and the year's dues: its rank, value
 * and share; the organization its name maps to; its membership on the release day with its
 * certainty; and its dues for the year (a range where revenue is undeclared or the status unknown).
 * Computed by {@link ValueJoin}; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValueRow.class)
@JsonDeserialize(as = ImmutableValueRow.class)
public abstract class ValueRow {
  ValueRow() {}

  /** {@return the rank in the table} */
  public abstract int rank();

  /** {@return the employer as the contribution source spells it} */
  public abstract String employer();

  /** {@return the count the rank is based on} */
  public abstract long value();

  /** {@return the share of the release's total, in percent, as the table gives it} */
  public abstract BigDecimal share();

  /** {@return the organization the name maps to on the release day, if any} */
  public abstract Optional<String> organizationId();

  /** {@return the organization's name, where known} */
  public abstract Optional<String> organizationName();

  /** {@return how the name was mapped, or why it was not} */
  public abstract String mapping();

  /** {@return the membership status on the release day} */
  public abstract MembershipStatus status();

  /**
   * {@return the tier held ({@link MembershipStatus#MEMBER}) or last seen in (presumed or unknown)}
   */
  public abstract Optional<Tier> tier();

  /**
   * {@return for a presumed or unknown status, the last day a source showed it in {@link #tier()}}
   */
  public abstract Optional<LocalDate> lastSeen();

  /**
   * {@return the least the organization owed for the year, as the income report computes it (zero
   * for a presumed or unknown status: it may have left); empty for a non-member}
   */
  public abstract Optional<Money> dues();

  /** {@return the most the organization may have owed for the year; empty for a non-member} */
  public abstract Optional<Money> duesUpTo();
}
