package dev.stackholder.analysis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a {@link ValueReport}: an employer, an organization or a tier, with the figures the
 * report gives for it (each optional: a report fills those it is about). A figure with an {@code
 * upTo} twin is a range, least first. Computed by {@link ValueTable#report}; immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportLine.class)
@JsonDeserialize(as = ImmutableReportLine.class)
public abstract class ReportLine {
  ReportLine() {}

  /**
   * {@return what the line is about: an employer as spelled, an organization's name, or a tier's}
   */
  public abstract String label();

  /** {@return the rank in the release's table, for an employer} */
  public abstract Optional<Integer> rank();

  /** {@return the organization's id, where there is one} */
  public abstract Optional<String> organizationId();

  /** {@return the tier's id, where the line is about a tier or a member} */
  public abstract Optional<String> tier();

  /** {@return the membership status, where the line is about an organization} */
  public abstract Optional<MembershipStatus> status();

  /** {@return the table's value} */
  public abstract Optional<Long> value();

  /** {@return a share of the work in percent (the least, if {@link #shareUpTo()} is present)} */
  public abstract Optional<BigDecimal> share();

  /** {@return the most the share may be} */
  public abstract Optional<BigDecimal> shareUpTo();

  /** {@return an amount of money (the least, if {@link #amountUpTo()} is present)} */
  public abstract Optional<Money> amount();

  /** {@return the most the amount may be} */
  public abstract Optional<Money> amountUpTo();

  /** {@return a count (organizations, members)} */
  public abstract Optional<Integer> count();

  /** {@return a note a person can read} */
  public abstract Optional<String> note();
}
