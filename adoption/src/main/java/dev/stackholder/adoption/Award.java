package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award won for the deployment, e.g. an OpenStack Superuser Award given at a summit. JSON type
 * name {@code "award"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAward.class)
@JsonDeserialize(as = ImmutableAward.class)
public abstract non-sealed class Award extends Outcome {
  Award() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Award} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableAward.Builder {
    Builder() {}
  }

  /** {@return the award's name, e.g. {@code "Superuser Award"}} */
  public abstract String name();

  /** {@return where it was given, e.g. {@code "OpenStack Summit Sydney"}} */
  public abstract Optional<String> event();

  /** {@return the year it was given} */
  public abstract Optional<Year> year();

  @Override
  public String describe() {
    return name()
        + event().map(e -> ", " + e).orElse("")
        + year().map(y -> " (" + y + ")").orElse("");
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!name().isBlank(), "Award name is blank");
    InvalidDataException.check(!sources().isEmpty(), "Award '%s' has no sources", name());
  }
}
