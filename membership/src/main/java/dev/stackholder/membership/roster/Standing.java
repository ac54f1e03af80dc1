package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One organization's standing in a {@link RosterAnswer}: the tier it holds (known) or was last seen
 * in (presumed, unknown), how sure the roster is, and why. Computed by a roster; immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStanding.class)
@JsonDeserialize(as = ImmutableStanding.class)
public abstract class Standing {
  Standing() {}

  /** {@return the organization} */
  public abstract Organization organization();

  /** {@return the tier held (known) or last seen in (presumed or unknown)} */
  public abstract Tier tier();

  /** {@return how sure the roster is that the organization held the tier that day} */
  public abstract Certainty certainty();

  /** {@return the last sighting on or before the date, where the standing rests on one} */
  public abstract Optional<LocalDate> lastSighting();

  /**
   * {@return the age of the last sighting on the date asked about, for a presumed or unknown
   * standing}
   */
  public abstract Optional<Period> age();

  /** {@return the source the standing rests on} */
  public abstract Source source();

  /**
   * {@return where the organization moved to another tier on a day no source gives: "moved to
   * Platinum on an unknown day between 2017-11-06 and 2018-05-20"}
   */
  public abstract Optional<String> tierChange();

  /** {@return one line saying why this certainty} */
  public abstract String reason();

  /** "Platinum Tencent: presumed (...)". */
  @Override
  public String toString() {
    return tier().name()
        + " "
        + organization().name()
        + ": "
        + certainty().id()
        + ", "
        + reason()
        + tierChange().map(c -> "; " + c).orElse("");
  }
}
