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
 * <p>JSON: {@code {"foundation": "linux-foundation", "tier": "silver", "appliesTo": ["premier"],
 * "sources": [...], "note": "..."}} ({@code appliesTo} left out: every tier).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrerequisite.class)
@JsonDeserialize(as = ImmutablePrerequisite.class)
public abstract class Prerequisite {
  Prerequisite() {}

  /**
   * {@return the id of the foundation whose membership is required, e.g. {@code
   * "linux-foundation"}}
   */
  public abstract String foundation();

  /**
   * {@return the id of the tier quoted for the required membership: the one the rules name or,
   * where they accept any level, the lowest; the note says which}
   */
  public abstract String tier();

  /**
   * {@return the ids of the rule set's tiers the requirement applies to; empty when it applies to
   * every tier (a directed fund whose Associate members need not join the Linux Foundation, say)}
   */
  public abstract com.google.common.collect.ImmutableSet<String> appliesTo();

  /**
   * {@return whether the requirement applies to members of a tier}
   *
   * @param tier the member's tier
   */
  public boolean appliesTo(Tier tier) {
    java.util.Objects.requireNonNull(tier, "tier");
    return appliesTo().isEmpty() || appliesTo().contains(tier.id());
  }

  /** {@return where the requirement is written} */
  public abstract ImmutableList<Source> sources();

  /** {@return why this tier, and what is not known} */
  public abstract Optional<String> note();

  /**
   * {@return a requirement of membership of a foundation at a tier}
   *
   * @param foundation the id of the foundation whose membership is required
   * @param tier the id of the tier required there
   */
  public static Prerequisite of(String foundation, String tier) {
    return builder().foundation(foundation).tier(tier).build();
  }

  /** {@return a builder; {@code build()} checks the ids} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Prerequisite}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutablePrerequisite.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Slugs.isSlug(foundation()),
        "Prerequisite foundation '%s' is not a lower-case slug such as 'linux-foundation'",
        foundation());
    InvalidDataException.check(
        Slugs.isSlug(tier()),
        "Prerequisite tier '%s' is not a lower-case slug such as 'silver'",
        tier());
    for (String id : appliesTo()) {
      InvalidDataException.check(
          Slugs.isSlug(id),
          "Prerequisite applies to tier '%s', which is not a lower-case slug such as 'premier'",
          id);
    }
  }
}
