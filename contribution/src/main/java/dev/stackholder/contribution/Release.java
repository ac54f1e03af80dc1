package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A release and the day its development cycle ends: the day it ships, from which work counts toward
 * the next release.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRelease.class)
@JsonDeserialize(as = ImmutableRelease.class)
public abstract class Release {
  Release() {}

  /** {@return the name, lower-case, e.g. {@code "folsom"}} */
  public abstract String name();

  /** {@return the first day that no longer belongs to this release's cycle (its release date)} */
  public abstract LocalDate end();

  /**
   * {@return a release}
   *
   * @param name lower-case, e.g. {@code "folsom"}
   * @param end its release date
   * @throws InvalidDataException if the name is not a lower-case name
   */
  public static Release of(String name, LocalDate end) {
    return ImmutableRelease.builder().name(name).end(end).build();
  }

  @Value.Check
  void check() {
    Checks.lowerCaseName("Release", "name", name());
  }
}
