package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another membership a rule set requires of its members, such as a Linux Foundation directed fund
 * requiring Linux Foundation corporate membership. A quote made through {@link
 * Foundation#duesScheduleOn(java.time.LocalDate)} itemises the required membership's fee beside the
 * tier's own where that fee is known (see {@link PrerequisiteFee}).
 *
 * <p>JSON: {@code {"foundation": "linux-foundation", "tier": "silver", "sources": [...], "note": "..."}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrerequisite.class)
@JsonDeserialize(as = ImmutablePrerequisite.class)
public abstract class Prerequisite {
  Prerequisite() {}

  /** The id of the foundation whose membership is required, e.g. {@code "linux-foundation"}. */
  public abstract String foundation();

  /**
   * The id of the tier quoted for the required membership: the one the rules name or, where they
   * accept any level, the lowest; the note says which.
   */
  public abstract String tier();

  /** Where the requirement is written. */
  public abstract ImmutableList<Source> sources();

  /** Why this tier, and what is not known. */
  public abstract Optional<String> note();

  /** A requirement of membership of a foundation at a tier. */
  public static Prerequisite of(String foundation, String tier) {
    return builder().foundation(foundation).tier(tier).build();
  }

  /** A builder; {@code build()} checks the ids. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Prerequisite}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutablePrerequisite.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(Slugs.isSlug(foundation()),
        "Prerequisite foundation '%s' is not a lower-case slug such as 'linux-foundation'", foundation());
    InvalidDataException.check(Slugs.isSlug(tier()),
        "Prerequisite tier '%s' is not a lower-case slug such as 'silver'", tier());
  }
}
