package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A member leaving: it is no longer a member from {@link #date()}. */
@Value.Immutable
@JsonTypeName("leave")
@JsonSerialize(as = ImmutableDeparture.class)
@JsonDeserialize(as = ImmutableDeparture.class)
public abstract class Departure extends RosterEvent {
  Departure() {}

  @Override
  Roster applyTo(Roster roster) {
    return roster.leave(organizationId(), date(), source());
  }
}
