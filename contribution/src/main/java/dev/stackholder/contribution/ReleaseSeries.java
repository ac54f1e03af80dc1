package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One release series of the OpenStack releases repository's {@code series_status.yaml}: its name,
 * release id (from 2023.1 on), status and dates.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseSeries.class)
@JsonDeserialize(as = ImmutableReleaseSeries.class)
public abstract class ReleaseSeries {
  ReleaseSeries() {}

  /** {@return the name, lower-case, e.g. {@code "folsom"}} */
  public abstract String name();

  /** {@return the release id from 2023 on, e.g. {@code "2023.1"}, exactly as written} */
  public abstract Optional<String> releaseId();

  /** {@return the status, e.g. {@code "end of life"}, {@code "maintained"}, {@code "future"}} */
  public abstract String status();

  /** {@return the day the series was (or is planned to be) first released} */
  public abstract LocalDate initialRelease();

  /** {@return the day it reached end of life, where the file gives one} */
  public abstract Optional<LocalDate> eolDate();

  /** {@return the status it moves to next, e.g. {@code "unmaintained"}} */
  public abstract Optional<String> nextPhaseStatus();

  /** {@return the day of the next phase, where the file gives one} */
  public abstract Optional<LocalDate> nextPhaseDate();

  /**
   * {@return a builder; {@code build()} checks that the name is lower-case and the status not
   * blank}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReleaseSeries}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableReleaseSeries.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.lowerCaseName("ReleaseSeries", "name", name());
    InvalidDataException.check(
        !status().isBlank(), "ReleaseSeries '%s' has a blank status", name());
  }
}
