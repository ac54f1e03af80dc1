package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A whole number as a source states it, with its {@link Approximation}: "more than 5,000", "about
 * 40", "250". In JSON: {@code {"value": 5000, "approximation": "more-than"}}; the approximation may
 * be left out when it is {@link Approximation#EXACTLY}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCount.class)
@JsonDeserialize(as = ImmutableCount.class)
public abstract class Count {
  Count() {}

  /** {@return the number the source gives; never negative} */
  public abstract long value();

  /** {@return how exactly the source states it; {@link Approximation#EXACTLY} unless given} */
  @Value.Default
  public Approximation approximation() {
    return Approximation.EXACTLY;
  }

  /**
   * {@return a number as stated with a qualifier}
   *
   * @param value the number as the source states it; 0 or more
   * @param approximation how exactly the source states it ("more than", "about", ...)
   * @throws InvalidDataException if the value is negative
   */
  public static Count of(long value, Approximation approximation) {
    return ImmutableCount.builder().value(value).approximation(approximation).build();
  }

  /**
   * {@return a number stated without a qualifier}
   *
   * @param value the number; 0 or more
   * @throws InvalidDataException if the value is negative
   */
  public static Count exactly(long value) {
    return of(value, Approximation.EXACTLY);
  }

  /** {@return the number for people, e.g. {@code "more than 5,000"}} */
  public String describe() {
    return approximation().describe(String.format(Locale.ROOT, "%,d", value()));
  }

  @Value.Check
  void check() {
    InvalidDataException.check(value() >= 0, "Count value is %d, expected zero or more", value());
    // Above MAX_COUNT two counts could no longer be added safely.
    dev.stackholder.core.Limits.checkCount(value(), "Count value");
  }
}
