package dev.stackholder.membership.roster;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A member leaving: it is no longer a member from {@link #date()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("leave")
@JsonSerialize(as = ImmutableDeparture.class)
@JsonDeserialize(as = ImmutableDeparture.class)
public abstract non-sealed class Departure extends RosterEvent {
  Departure() {}

  /**
   * {@return a member leaving on a date}
   *
   * @param organizationId the member's organization id
   * @param date the first day it is no longer a member
   * @param source the public document that states it
   */
  public static Departure of(String organizationId, LocalDate date, Source source) {
    return builder().organizationId(organizationId).date(date).source(source).build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Departure}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableDeparture.Builder {
    Builder() {}
  }

  @Override
  Roster applyTo(Roster roster) {
    return roster.leave(organizationId(), date(), source());
  }
}
