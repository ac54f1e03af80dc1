package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An organization whose membership on a date is not known: the sources last show it in a tier on an
 * earlier day, and nothing later says whether it stayed or left. Part of a {@link RosterAnswer}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLastSeen.class)
@JsonDeserialize(as = ImmutableLastSeen.class)
public abstract class LastSeen {
  LastSeen() {}

  /** {@return the organization} */
  public abstract Organization organization();

  /** {@return the tier it was last seen in} */
  public abstract Tier tier();

  /** {@return the last day a source shows it in that tier} */
  public abstract LocalDate date();

  /** {@return the source of that last sighting} */
  public abstract Source source();

  /** "last seen on 2024-01-29 in Platinum (title)". */
  @Override
  public String toString() {
    return organization().name()
        + ": last seen on "
        + date()
        + " in "
        + tier().name()
        + " ("
        + source().title()
        + ")";
  }

  @Value.Check
  void check() {
    dev.stackholder.core.Limits.checkDate(date(), "Last sighting of '" + organization().id() + "'");
  }
}
