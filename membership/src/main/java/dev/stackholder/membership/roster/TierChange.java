package dev.stackholder.membership.roster;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A member moving to another tier (an upgrade or a downgrade).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("change-tier")
@JsonSerialize(as = ImmutableTierChange.class)
@JsonDeserialize(as = ImmutableTierChange.class)
public abstract non-sealed class TierChange extends RosterEvent {
  TierChange() {}

  /** {@return the tier it moves to} */
  public abstract Tier tier();

  /**
   * {@return a member moving to a tier from a date}
   *
   * @param organizationId the member's organization id
   * @param tier the new tier
   * @param date the first day in the new tier
   * @param source the public document that states it
   */
  public static TierChange of(String organizationId, Tier tier, LocalDate date, Source source) {
    return builder().organizationId(organizationId).tier(tier).date(date).source(source).build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TierChange}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableTierChange.Builder {
    Builder() {}
  }

  @Override
  Roster applyTo(Roster roster) {
    return roster.changeTier(organizationId(), tier(), date(), source());
  }
}
