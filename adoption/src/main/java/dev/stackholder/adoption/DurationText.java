package dev.stackholder.adoption;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * How Stackholder writes a duration for people: days, hours, minutes and seconds, largest first,
 * leaving out the zero parts: {@code "14d"}, {@code "30m"}, {@code "52m 35.76s"}, {@code "1d 2h"}.
 * Seconds keep their fraction without trailing zeros. JSON uses ISO-8601 instead.
 *
 * <p>Stateless and thread-safe.
 */
public final class DurationText {
  private DurationText() {}

  /**
   * Writes a duration as {@code "52m 35.76s"}; a negative one starts with {@code "-"}; zero is
   * {@code "0s"}.
   *
   * @param duration any duration, negative or zero included
   * @return days, hours, minutes and seconds ({@code d}, {@code h}, {@code m}, {@code s}), leaving
   *     out the units that are zero; seconds keep their fraction
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    StringBuilder text = new StringBuilder();
    append(text, duration.toDaysPart(), "d");
    append(text, duration.toHoursPart(), "h");
    append(text, duration.toMinutesPart(), "m");
    if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
      BigDecimal seconds =
          BigDecimal.valueOf(duration.toSecondsPart())
              .add(BigDecimal.valueOf(duration.toNanosPart(), 9))
              .stripTrailingZeros();
      text.append(text.length() == 0 ? "" : " ").append(seconds.toPlainString()).append('s');
    }
    return text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount != 0) {
      text.append(text.length() == 0 ? "" : " ").append(amount).append(unit);
    }
  }
}
