package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A member moving to another tier (an upgrade or a downgrade). */
@Value.Immutable
@JsonTypeName("change-tier")
@JsonSerialize(as = ImmutableTierChange.class)
@JsonDeserialize(as = ImmutableTierChange.class)
public abstract class TierChange extends RosterEvent {
  TierChange() {}

  /** The tier it moves to. */
  public abstract Tier tier();

  @Override
  Roster applyTo(Roster roster) {
    return roster.changeTier(organizationId(), tier(), date(), source());
  }
}
