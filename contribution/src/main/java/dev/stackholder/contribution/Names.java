package dev.stackholder.contribution;

import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks shared by the value types of this package. */
final class Names {
  /** The name of the whole release, used where a project name is expected. */
  static final String ALL = "all";

  private static final Pattern LOWER_CASE_NAME = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Names() {}

  /** Releases and projects are lower-case names such as {@code folsom}, {@code nova}, {@code all}. */
  static void checkLowerCase(String type, String field, String value) {
    InvalidDataException.check(LOWER_CASE_NAME.matcher(value).matches(),
        "%s %s '%s' is not a lower-case name such as 'folsom' or 'nova'", type, field, value);
  }

  /** Shares are percentages from 0 to 100. */
  static void checkShare(String type, String employer, BigDecimal share) {
    InvalidDataException.check(share.signum() >= 0 && share.compareTo(HUNDRED) <= 0,
        "%s share of '%s' is %s, expected a percentage from 0 to 100", type, employer,
        share.toPlainString());
  }
}
