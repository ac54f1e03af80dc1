package dev.stackholder.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.joda.money.Money;

/**
 * Every limit Stackholder's readers and value types enforce on their input, stated once. A value
 * beyond a limit is refused with an {@link InvalidDataException} naming the limit, quickly, before
 * any work proportional to the value's size is done; the limits are far above anything real data
 * holds, so they only ever stop hostile or corrupt input.
 *
 * <p>The JSON mapper ({@code StackholderJson.mapper()}) and the YAML and text readers apply them;
 * readers added later should use the same constants (and {@link #checkDecimal}) rather than their
 * own.
 *
 * <p>Stateless and thread-safe.
 */
public final class Limits {
  /**
   * Largest document any reader accepts, in bytes (or chars for a {@code String} or {@code
   * Reader}): 8 MiB. Stackholder's largest document, Stackalytics' {@code default_data.json}, is
   * about 1.5 MB; gitdm reports are under 100 kB.
   */
  public static final int MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;

  /** Longest string value in a document, in chars: 100,000 (a data note is a few hundred). */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** Longest number in a document, in characters: 64 (a plausible amount has fewer than 25). */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** Deepest nesting of objects and arrays in a document: 64 (Stackholder's data nest 6 deep). */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest line of a line-oriented text file (a gitdm report, a git log): 10,000 chars. */
  public static final int MAX_LINE_LENGTH = 10_000;

  /**
   * Most digits before the decimal point of any decimal (an amount, a rate, a percent, a count read
   * as a decimal): 18, so every value is below 10<sup>18</sup>. The largest plausible figure is a
   * revenue: the largest company's yearly revenue is under USD 10<sup>12</sup>, and the currency
   * with the most units per US dollar counts under 10<sup>6</sup> of them, so every real revenue in
   * any currency is below 10<sup>18</sup>. Exchange rates between real currencies are between
   * 10<sup>-7</sup> and 10<sup>7</sup>.
   */
  public static final int MAX_INTEGER_DIGITS = 18;

  /**
   * Most digits after the decimal point of any decimal: 20. Currencies have at most 3 minor digits;
   * a precise exchange rate or percent needs no more than 12. This, with {@link
   * #MAX_INTEGER_DIGITS}, is the exponent range: {@code 1e18} and {@code 1e-21} are refused.
   */
  public static final int MAX_DECIMAL_SCALE = 20;

  /**
   * Largest count (changesets, lines, reviews, members) a record may hold: 10<sup>18</sup> - 1, the
   * largest number of {@link #MAX_INTEGER_DIGITS} digits; two such counts still add up within a
   * {@code long}, and sums of many are computed with overflow checks.
   */
  public static final long MAX_COUNT = 999_999_999_999_999_999L;

  /** Largest percent (a share of revenue, a share of contributions): 100. */
  public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

  /** Earliest year a date may have: 1000 (dates are written with four-digit years). */
  public static final int MIN_YEAR = 1000;

  /** Latest year a date may have: 9999 (dates are written with four-digit years). */
  public static final int MAX_YEAR = 9999;

  /** Longest amount of money as text ({@code MoneyText.parse}): 64 characters. */
  public static final int MAX_MONEY_TEXT_LENGTH = 64;

  /** How much of an offending text an error message quotes: 200 characters. */
  public static final int MAX_QUOTED_LENGTH = 200;

  private Limits() {}

  /**
   * {@return whether a decimal is within the limits: at most {@link #MAX_INTEGER_DIGITS} digits
   * before the point and {@link #MAX_DECIMAL_SCALE} after it} Constant time whatever the value's
   * size.
   *
   * @param value any decimal, however large or precise
   */
  public static boolean isWithinLimits(BigDecimal value) {
    return value.scale() <= MAX_DECIMAL_SCALE
        && (long) value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
  }

  /**
   * Refuses a decimal beyond the limits ({@link #isWithinLimits}).
   *
   * @param what what the value is, for the message, e.g. {@code "percent of revenue"}
   * @param value the decimal to check
   * @return the value
   * @throws InvalidDataException naming what and the limit; the value is quoted abbreviated
   */
  public static BigDecimal checkDecimal(BigDecimal value, String what) {
    java.util.Objects.requireNonNull(what, "what");
    if (!isWithinLimits(value)) {
      throw new InvalidDataException(
          what
              + " "
              + describe(value)
              + " is beyond Stackholder's limits: "
              + "at most "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point and "
              + MAX_DECIMAL_SCALE
              + " after it");
    }
    return value;
  }

  /**
   * Refuses a text longer than {@link #MAX_STRING_LENGTH}: the check every value type applies to
   * its strings however it is built, so that what a builder accepts the JSON reader reads back.
   *
   * @param text the text to check
   * @param what what the text is, for the message, e.g. {@code "Source note"}
   * @return the text
   * @throws InvalidDataException naming what, the length and the limit
   */
  public static String checkText(String text, String what) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(what, "what");
    if (text.length() > MAX_STRING_LENGTH) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "%s '%s' is longer than the limit of %d characters",
              what,
              abbreviate(text),
              MAX_STRING_LENGTH));
    }
    return text;
  }

  /**
   * Refuses a year outside {@link #MIN_YEAR} to {@link #MAX_YEAR}.
   *
   * @param year the year to check
   * @param what what the year is, for the message, e.g. {@code "Board year"}
   * @return the year
   * @throws InvalidDataException naming what, the year and the range
   */
  public static int checkYear(long year, String what) {
    java.util.Objects.requireNonNull(what, "what");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT, "%s has year %d, expected %d to %d", what, year, MIN_YEAR, MAX_YEAR));
    }
    return (int) year;
  }

  /**
   * Refuses a date whose year is outside {@link #MIN_YEAR} to {@link #MAX_YEAR} (such a date has no
   * four-digit ISO-8601 form, so it could be written but not read back).
   *
   * @param date the date to check
   * @param what what the date is, for the message, e.g. {@code "Source date"}
   * @return the date
   * @throws InvalidDataException naming what, the date and the range
   */
  public static LocalDate checkDate(LocalDate date, String what) {
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(what, "what");
    int year = date.getYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "%s %s has year %d, expected %d to %d",
              what,
              date,
              year,
              MIN_YEAR,
              MAX_YEAR));
    }
    return date;
  }

  /**
   * Refuses an amount of money beyond the decimal limits ({@link #isWithinLimits}); the JSON reader
   * refuses the same amounts, so a value type that applies this writes only what it reads.
   *
   * @param money the amount to check
   * @param what what the amount is, for the message, e.g. {@code "Flat dues amount"}
   * @return the amount
   * @throws InvalidDataException naming what and the limit
   */
  public static Money checkMoney(Money money, String what) {
    java.util.Objects.requireNonNull(money, "money");
    java.util.Objects.requireNonNull(what, "what");
    if (!isWithinLimits(money.getAmount())) {
      throw new InvalidDataException(
          what
              + " "
              + money.getCurrencyUnit().getCode()
              + " "
              + describe(money.getAmount())
              + " is beyond Stackholder's limits: at most "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point and "
              + MAX_DECIMAL_SCALE
              + " after it");
    }
    return money;
  }

  /**
   * Refuses a count below zero or above {@link #MAX_COUNT}.
   *
   * @param count the count to check
   * @param what what is counted, for the message, e.g. {@code "Board seats"}
   * @return the count
   * @throws InvalidDataException naming what, the count and the range
   */
  public static long checkCount(long count, String what) {
    java.util.Objects.requireNonNull(what, "what");
    if (count < 0 || count > MAX_COUNT) {
      throw new InvalidDataException(
          String.format(Locale.ROOT, "%s %d is outside 0 to %d", what, count, MAX_COUNT));
    }
    return count;
  }

  /**
   * {@return the sum of two counts, refused rather than wrapped around when it leaves a {@code
   * long} or exceeds {@link #MAX_COUNT}}
   *
   * @param sum the running sum
   * @param count the count to add
   * @param what what is summed, for the message, e.g. {@code "Lecturers of event 'x'"}
   * @throws InvalidDataException naming what when the sum is beyond {@link #MAX_COUNT}
   */
  public static long addCount(long sum, long count, String what) {
    java.util.Objects.requireNonNull(what, "what");
    long total;
    try {
      total = Math.addExact(sum, count);
    } catch (ArithmeticException e) {
      total = Long.MAX_VALUE;
    }
    if (total > MAX_COUNT || total < -MAX_COUNT) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "%s: the sum of %d and %d is beyond the limit of %d",
              what,
              sum,
              count,
              MAX_COUNT));
    }
    return total;
  }

  /**
   * {@return a decimal for a message: as written when it is small, else abbreviated in scientific
   * form ({@code 1E+999999999}), so that naming a huge value never costs time or memory}
   *
   * @param value any decimal, however large
   */
  public static String describe(BigDecimal value) {
    if (isWithinLimits(value)) {
      return value.toPlainString();
    }
    if (value.precision() <= MAX_QUOTED_LENGTH) {
      return value.toString();
    }
    // Not the digits themselves: there may be millions of them.
    return "(a decimal of " + value.precision() + " digits, scale " + value.scale() + ")";
  }

  /**
   * {@return a text for a message: as it is when short, else its first {@link #MAX_QUOTED_LENGTH}
   * characters and its length}
   *
   * @param text any text, however long
   */
  public static String abbreviate(String text) {
    return text.length() <= MAX_QUOTED_LENGTH
        ? text
        : text.substring(0, MAX_QUOTED_LENGTH) + "... (" + text.length() + " characters)";
  }
}
