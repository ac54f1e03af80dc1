package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The share of time a service was up, as a source states it: "availability over 99.99 percent" is
 * {@code percent = 99.99} with {@link Approximation#MORE_THAN}. In JSON: {@code {"percent": 99.99,
 * "approximation": "more-than"}}.
 *
 * <p>{@link #downtimeBudget(Duration)} turns the figure into the downtime it allows over a period.
 * When the source gives a lower bound ("over 99.99%") the budget is an upper bound on the downtime.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAvailability.class)
@JsonDeserialize(as = ImmutableAvailability.class)
public abstract class Availability {
  /**
   * The average year of 365.25 days (31,557,600 seconds), the year of the usual availability tables
   * ("99.99% is 52m 35.76s a year") and of {@link #yearlyDowntimeBudget()}.
   */
  public static final Duration AVERAGE_YEAR = Duration.ofSeconds(31_557_600L);

  /** A common year of 365 days (31,536,000 seconds): 99.99% allows 52m 33.6s of it. */
  public static final Duration COMMON_YEAR = Duration.ofDays(365);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  Availability() {}

  /**
   * {@return the percentage of time up, above 0 and at most 100, with the digits the source gives}
   */
  public abstract BigDecimal percent();

  /** {@return how exactly the source states it; {@link Approximation#EXACTLY} unless given} */
  @Value.Default
  public Approximation approximation() {
    return Approximation.EXACTLY;
  }

  /**
   * {@return an availability figure}
   *
   * @param percent the share of time the service was up, in percent: above 0, at most 100
   * @param approximation how exactly the source states the percentage
   * @throws InvalidDataException if the percentage is not above 0 and at most 100
   */
  public static Availability of(BigDecimal percent, Approximation approximation) {
    return ImmutableAvailability.builder().percent(percent).approximation(approximation).build();
  }

  /**
   * {@return the downtime this availability allows over a period: {@code period × (100 − percent) /
   * 100}, rounded half up to the nanosecond} 99.99% of a 365-day year is 52m 33.6s.
   *
   * @param period the length of time the availability is measured over; positive
   * @throws InvalidDataException if the period is zero or negative
   */
  public Duration downtimeBudget(Duration period) {
    InvalidDataException.check(
        !period.isNegative() && !period.isZero(),
        "Availability period is %s, expected a positive duration",
        period);
    BigDecimal periodNanos =
        BigDecimal.valueOf(period.getSeconds())
            .multiply(NANOS_PER_SECOND)
            .add(BigDecimal.valueOf(period.getNano()));
    BigDecimal downNanos =
        periodNanos.multiply(HUNDRED.subtract(percent())).divide(HUNDRED, 0, RoundingMode.HALF_UP);
    BigDecimal[] secondsAndNanos = downNanos.divideAndRemainder(NANOS_PER_SECOND);
    return Duration.ofSeconds(
        secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
  }

  /**
   * {@return the downtime this availability allows in an {@link #AVERAGE_YEAR average year of
   * 365.25 days}: 99.99% allows 52m 35.76s} Use {@link #downtimeBudget(Duration)} with {@link
   * #COMMON_YEAR} for a 365-day year.
   */
  public Duration yearlyDowntimeBudget() {
    return downtimeBudget(AVERAGE_YEAR);
  }

  /** {@return the figure for people, e.g. {@code "more than 99.99%"}} */
  public String describe() {
    return approximation().describe(percent().toPlainString() + "%");
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        percent().signum() > 0 && percent().compareTo(HUNDRED) <= 0,
        "Availability percent is %s, expected above 0 and at most 100",
        percent().toPlainString());
  }
}
