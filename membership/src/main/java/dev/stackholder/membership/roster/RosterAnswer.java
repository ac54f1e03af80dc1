package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A roster's answer for one date, with its certainty: the members known to be in each tier, the
 * organizations last seen earlier whose status is unknown, and how complete the answer is per tier.
 * Nothing is invented: where the sources give no departure, an organization is "last seen", not a
 * member.
 *
 * <p>Computed by {@link Roster#answerOn(LocalDate)}; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRosterAnswer.class)
@JsonDeserialize(as = ImmutableRosterAnswer.class)
public abstract class RosterAnswer {
  RosterAnswer() {}

  /** {@return the date asked about} */
  public abstract LocalDate date();

  /**
   * {@return members known to be in a tier that day, ordered by tier then name (as {@link
   * Roster#membersOn})}
   */
  public abstract ImmutableList<Membership> known();

  /**
   * {@return organizations last seen in a tier earlier, whose status that day is unknown; most
   * recent first}
   */
  public abstract ImmutableList<LastSeen> lastSeen();

  /**
   * {@return how complete the answer is, per tier of the foundation (tiers nobody was ever seen in
   * are left out)}
   */
  public abstract ImmutableList<TierCompleteness> completeness();

  /**
   * {@return every organization's standing that day, with its certainty: the known members (tier
   * then name), then those last seen earlier, presumed or unknown (most recent first)}
   */
  public abstract ImmutableList<Standing> standings();

  /**
   * {@return where a count a source states for a tier (at most a year before the date) differs from
   * the members known or presumed that day, naming both and the source}
   */
  public abstract ImmutableList<String> disagreements();

  /** {@return the presumptions the certainties were judged by (empty: nobody is presumed)} */
  public abstract ImmutableList<Presumption> presumptions();

  /**
   * {@return the organizations presumed to hold a tier that day: last seen recently, nothing
   * contrary since}
   */
  public ImmutableList<Standing> presumed() {
    return standings().stream()
        .filter(s -> s.certainty() == Certainty.PRESUMED)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the ids of the organizations known or presumed to hold a tier that day}
   *
   * @param tier any tier
   */
  public ImmutableList<String> knownOrPresumedIn(Tier tier) {
    return standings().stream()
        .filter(s -> s.tier().equals(tier) && s.certainty() != Certainty.UNKNOWN)
        .map(s -> s.organization().id())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return an organization's standing that day, if the roster has any}
   *
   * @param organizationId the organization's id
   */
  public java.util.Optional<Standing> findStanding(String organizationId) {
    return standings().stream()
        .filter(s -> s.organization().id().equals(organizationId))
        .findFirst();
  }

  /**
   * {@return the ids of the members known to be in a tier that day}
   *
   * @param tier any tier
   */
  public ImmutableList<String> knownIn(Tier tier) {
    return known().stream()
        .filter(m -> m.tier().equals(tier))
        .map(m -> m.organization().id())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the organizations last seen in a tier whose status that day is unknown}
   *
   * @param tier any tier
   */
  public ImmutableList<LastSeen> lastSeenIn(Tier tier) {
    return lastSeen().stream()
        .filter(s -> s.tier().equals(tier))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    // An answer read from JSON is checked as strictly as one computed: no member both known and
    // only last seen, no member known twice in one tier, no sighting after the date asked about.
    dev.stackholder.core.Limits.checkDate(date(), "Roster answer date");
    java.util.Set<String> known = new java.util.HashSet<>();
    for (Membership membership : known()) {
      if (!known.add(membership.organization().id() + " " + membership.tier().id())) {
        throw new dev.stackholder.core.InvalidDataException(
            "Roster answer for "
                + date()
                + " names '"
                + membership.organization().id()
                + "' twice in tier '"
                + membership.tier().id()
                + "'");
      }
    }
    for (LastSeen seen : lastSeen()) {
      if (seen.date().isAfter(date())) {
        throw new dev.stackholder.core.InvalidDataException(
            "Roster answer for "
                + date()
                + ": '"
                + seen.organization().id()
                + "' last seen on "
                + seen.date()
                + ", after the date asked about");
      }
    }
  }
}
