package dev.stackholder.contribution;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.internal.Slugs;
import java.math.BigDecimal;

/**
 * The validation rules several value types of this package share, so that a release name or a share
 * is refused with the same words wherever it appears.
 */
final class Checks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Checks() {}

  /**
   * Releases and projects are lower-case names such as {@code folsom}, {@code nova}, {@code all}.
   */
  static void lowerCaseName(String type, String field, String value) {
    if (!Slugs.isLowerCaseName(value)) {
      InvalidDataException.check(
          false,
          "%s %s '%s' is not a lower-case name such as 'folsom' or 'nova'",
          type,
          field,
          value);
    }
  }

  /** Shares are percentages from 0 to 100. */
  static void share(String type, String employer, BigDecimal share) {
    if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
      InvalidDataException.check(
          false,
          "%s share of '%s' is %s, expected a percentage from 0 to 100",
          type,
          employer,
          share);
    }
  }
}
