package dev.stackholder.contribution;

import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one share rule of every table the library computes: gitdm's. gitdm (reports.py, {@code
 * ReportLine}) prints {@code '%.1f%%' % (count * 100.0 / total)}: the quotient of two numbers as a
 * binary floating-point value, printed with one decimal by Python's correctly rounded formatting,
 * which rounds the exact binary value half to even. So 13 of 208 (6.25 exactly) prints 6.2, 1 of 16
 * (6.25) prints 6.2, 3 of 8 (37.5) prints 37.5, and 1 of 3 (33.33...) prints 33.3. This class
 * computes the same double and rounds its exact value the same way, so that a share equals gitdm's
 * digit for digit; it is a percentage for reading, never money.
 *
 * <p>The total is everything the source counted: for gitdm, every changeset it processed, automated
 * accounts included. A row left out of a ranking (an automated account, a placeholder employer)
 * keeps the others' shares as they are, which is how gitdm's published shares read.
 *
 * <p>Immutable and thread-safe (no state).
 */
public final class Shares {
  private Shares() {}

  /**
   * {@return the share of a value in a total, in percent with one decimal, as gitdm prints it}
   *
   * @param value the count of one row; 0 or more, at most the total
   * @param total the count of the whole table; more than 0
   * @throws InvalidDataException if the value is negative or above the total, or the total is not
   *     positive
   */
  public static BigDecimal of(long value, long total) {
    if (total <= 0 || value < 0 || value > total) {
      throw new InvalidDataException(
          "A share of "
              + value
              + " in a total of "
              + total
              + " is not a percentage: expected 0 <= value <= total and total > 0");
    }
    double percent = value * 100.0 / total;
    return new BigDecimal(percent).setScale(1, RoundingMode.HALF_EVEN);
  }
}
