package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long something took before and after OpenStack: "resource delivery went from two weeks to
 * half an hour" is {@code P14D} to {@code PT30M}, a {@linkplain #speedUp() speed-up} of 672; "from
 * 10 days to 1 day" is 10. JSON type name {@code "lead-time"}; durations are ISO-8601 ({@code
 * "PT336H"}, {@code "PT30M"}).
 *
 * <p>A day is 24 hours and a week 7 days here: the sources speak of elapsed time, not working days.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadTime.class)
@JsonDeserialize(as = ImmutableLeadTime.class)
public abstract non-sealed class LeadTime extends Outcome {
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  LeadTime() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeadTime} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableLeadTime.Builder {
    Builder() {}
  }

  /** {@return what the time is for, e.g. {@code "resource delivery"}} */
  public abstract String activity();

  /** {@return how long it took before; positive} */
  public abstract Duration before();

  /** {@return how long it takes now; positive} */
  public abstract Duration after();

  /**
   * {@return how many times faster it got: {@code before / after}, rounded half up to two decimal
   * places ({@code 672.00} for two weeks to half an hour, {@code 0.50} when it got twice as slow)}
   */
  public BigDecimal speedUp() {
    return speedUp(before(), after());
  }

  /**
   * {@return the speed-up factor of any change of lead time: {@code before / after}, rounded half
   * up to two decimal places}
   *
   * @param before the lead time before the change; positive
   * @param after the lead time after the change; positive
   * @throws InvalidDataException if either duration is zero or negative
   */
  public static BigDecimal speedUp(Duration before, Duration after) {
    checkPositive("before", before);
    checkPositive("after", after);
    return nanos(before).divide(nanos(after), 2, RoundingMode.HALF_UP);
  }

  /** {@return the time saved, {@code before − after}; negative when it got slower} */
  public Duration timeSaved() {
    return before().minus(after());
  }

  @Override
  public String describe() {
    return activity()
        + ": "
        + DurationText.format(before())
        + " -> "
        + DurationText.format(after())
        + " ("
        + speedUp().stripTrailingZeros().toPlainString()
        + "x faster)";
  }

  private static BigDecimal nanos(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .multiply(NANOS_PER_SECOND)
        .add(BigDecimal.valueOf(duration.getNano()));
  }

  private static void checkPositive(String field, Duration duration) {
    InvalidDataException.check(
        !duration.isNegative() && !duration.isZero(),
        "Lead time '%s' is %s, expected a positive duration",
        field,
        duration);
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!activity().isBlank(), "Lead time activity is blank");
    checkPositive("before", before());
    checkPositive("after", after());
    InvalidDataException.check(
        !sources().isEmpty(), "Lead time of '%s' has no sources", activity());
  }
}
