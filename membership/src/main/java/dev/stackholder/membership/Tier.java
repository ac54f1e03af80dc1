package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.internal.Slugs;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A class of membership, such as the OpenStack Foundation's Gold tier. A tier is identified by its
 * {@link #id()}, a lower-case slug ({@code "gold"}, {@code "corporate-sponsor"}); the rules that go
 * with it (dues, member limit, board seats) belong to a {@link RuleSet}, since they change over
 * time.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTier.class)
@JsonDeserialize(as = ImmutableTier.class)
public abstract class Tier {

  Tier() {}

  /** {@return the lower-case slug, e.g. {@code "gold"}; used on the command line and in JSON} */
  public abstract String id();

  /**
   * {@return the name as the foundation writes it, e.g. {@code "Gold"} or {@code "Individual
   * Member"}}
   */
  public abstract String name();

  /**
   * {@return a tier with this id and name}
   *
   * @param id a lower-case slug, e.g. {@code "gold"}
   * @param name the name as the foundation writes it, e.g. {@code "Gold"}
   * @throws InvalidDataException if the id is not a lower-case slug or the name is blank
   */
  public static Tier of(String id, String name) {
    return ImmutableTier.builder().id(id).name(name).build();
  }

  /** The tier's name, as an explanation writes it. */
  @Override
  public String toString() {
    return name();
  }

  @Value.Check
  void check() {
    // Tests rather than InvalidDataException.check: its varargs array was allocated for every tier
    // read from JSON, failing or not.
    if (!Slugs.isSlug(id())) {
      throw new InvalidDataException(
          String.format(Locale.ROOT, "Tier id '%s' is not a lower-case slug such as 'gold'", id()));
    }
    if (name().isBlank()) {
      throw new InvalidDataException(
          String.format(Locale.ROOT, "Tier '%s' has a blank name", id()));
    }
  }
}
