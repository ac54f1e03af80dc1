package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How complete a roster's answer for one tier on one date is. Part of a {@link RosterAnswer}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierCompleteness.class)
@JsonDeserialize(as = ImmutableTierCompleteness.class)
public abstract class TierCompleteness {
  TierCompleteness() {}

  /** How far the answer for a tier can be trusted. */
  public enum Status {
    /** A source lists the whole tier on that very day. */
    COMPLETE,
    /**
     * Every organization the sources ever show in the tier up to that day is known to be in it or
     * out of it; members no source names may still exist.
     */
    NO_UNKNOWNS,
    /** Some organizations were last seen earlier: presumed still members, or of unknown status. */
    UNKNOWNS
  }

  /** {@return the tier} */
  public abstract Tier tier();

  /** {@return how complete the answer is} */
  public abstract Status status();

  /** {@return members known to be in the tier that day} */
  public abstract int known();

  /**
   * {@return organizations last seen in the tier earlier and presumed still in it (see {@link
   * Presumption})}
   */
  @Value.Default
  public int presumed() {
    return 0;
  }

  /**
   * {@return organizations last seen in the tier earlier, too long ago to be presumed: status
   * unknown}
   */
  public abstract int unknown();

  /** {@return the last complete list of the tier on or before the date, if any} */
  public abstract Optional<LocalDate> completeListBefore();

  /** {@return the first complete list of the tier on or after the date, if any} */
  public abstract Optional<LocalDate> completeListAfter();

  /** One line a person can read. */
  @Override
  public String toString() {
    String lists =
        "complete list "
            + completeListBefore().map(d -> "last on " + d).orElse("never before")
            + ", "
            + completeListAfter().map(d -> "next on " + d).orElse("none after");
    switch (status()) {
      case COMPLETE:
        return tier().name() + ": complete (" + lists + ")";
      case NO_UNKNOWNS:
        return tier().name()
            + ": "
            + known()
            + " known, no member of unknown status; unnamed members may exist ("
            + lists
            + ")";
      default:
        return tier().name()
            + ": "
            + known()
            + " known, "
            + presumed()
            + " presumed, "
            + unknown()
            + " of unknown status ("
            + lists
            + ")";
    }
  }

  @Value.Check
  void check() {
    dev.stackholder.core.Limits.checkCount(
        known(), "Tier '" + tier().id() + "' completeness: known members");
    dev.stackholder.core.Limits.checkCount(
        unknown(), "Tier '" + tier().id() + "' completeness: members of unknown status");
    completeListBefore()
        .ifPresent(
            date ->
                dev.stackholder.core.Limits.checkDate(
                    date, "Tier '" + tier().id() + "' complete list"));
    completeListAfter()
        .ifPresent(
            date ->
                dev.stackholder.core.Limits.checkDate(
                    date, "Tier '" + tier().id() + "' complete list"));
  }
}
