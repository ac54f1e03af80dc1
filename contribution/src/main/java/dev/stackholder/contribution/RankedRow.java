package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One row of a {@link RankedTable}: a rank, an employer, its value and its share. Only {@link
 * Ranking} makes rows (or JSON reading, which checks them).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedRow.class)
@JsonDeserialize(as = ImmutableRankedRow.class)
public abstract class RankedRow {
  RankedRow() {}

  /** {@return the rank, from 1} Under competition ranking tied rows share a rank. */
  @Value.Parameter
  public abstract int rank();

  /** {@return the employer as the source spells it, e.g. {@code "SINA"}} */
  @Value.Parameter
  public abstract String employer();

  /** {@return the count the rank is based on} */
  @Value.Parameter
  public abstract long value();

  /** {@return the share of the total in percent, as in {@link ContributionEntry#share()}} */
  @Value.Parameter
  public abstract BigDecimal share();

  /**
   * {@return whether the row is listed without a number: Stackalytics' dashboard lists {@code
   * *independent} unnumbered ({@link TieMode#DASHBOARD}); false for every other row} An unnumbered
   * row's {@link #rank()} repeats the rank of the row before it (1 when first), so that ranks still
   * never decrease down the table; printers show no rank for it. Left out of JSON when false.
   */
  @Value.Default
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
  public boolean unnumbered() {
    return false;
  }

  /**
   * A row; the rank is at least 1, the employer not blank, the value at least 0, the share a
   * percentage.
   */
  static RankedRow of(int rank, String employer, long value, BigDecimal share) {
    return ImmutableRankedRow.of(rank, employer, value, share);
  }

  /**
   * A row listed without a number ({@link #unnumbered()}), its rank repeating the previous row's.
   */
  static RankedRow unnumbered(int rank, String employer, long value, BigDecimal share) {
    return ImmutableRankedRow.builder()
        .rank(rank)
        .employer(employer)
        .value(value)
        .share(share)
        .unnumbered(true)
        .build();
  }

  @Value.Check
  void check() {
    // Test first, format after: made once per table row, the message's arguments only on failure.
    if (employer().isBlank()) {
      InvalidDataException.check(false, "RankedRow employer is blank");
    }
    if (rank() < 1) {
      InvalidDataException.check(
          false, "RankedRow rank of '%s' is %d, expected 1 or more", employer(), rank());
    }
    if (value() < 0) {
      InvalidDataException.check(
          false, "RankedRow value of '%s' is %d, expected 0 or more", employer(), value());
    }
    Checks.share("RankedRow", employer(), share());
  }
}
