package dev.stackholder.membership.board;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A director on a proposed board: a person, the company they are affiliated with, and their class.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDirector.class)
@JsonDeserialize(as = ImmutableDirector.class)
public abstract class Director {
  Director() {}

  /** {@return the director's name} */
  public abstract String name();

  /**
   * {@return the company the director is affiliated with (employer, officer or paid contractor of)}
   */
  public abstract String affiliation();

  /** {@return the class whose seat the director holds, by tier id, e.g. {@code "gold"}} */
  public abstract Optional<String> seatClass();

  /**
   * {@return a director with a name and an affiliation}
   *
   * @param name the director's name as the foundation's board page writes it
   * @param affiliation the director's employer, for the affiliation limit
   */
  public static Director of(String name, String affiliation) {
    return builder().name(name).affiliation(affiliation).build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Director}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableDirector.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!name().isBlank(), "Director name is blank");
    InvalidDataException.check(
        !affiliation().isBlank(), "Director '%s' has a blank affiliation", name());
  }
}
