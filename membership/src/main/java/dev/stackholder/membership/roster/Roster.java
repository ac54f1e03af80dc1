package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierFullException;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.board.BoardYear;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A foundation's membership over time, built from a history of events (admit, change tier, leave)
 * that obey the bylaws in force on each event's date.
 *
 * <pre>{@code
 * Roster roster = Roster.empty(OpenStackFoundation.foundation())
 *     .admit(Organization.of("example", "Example Inc."), GOLD, LocalDate.of(2015, 3, 1), announcement)
 *     .changeTier("example", PLATINUM, LocalDate.of(2016, 6, 1), minutes);
 * roster.tierOf("example", LocalDate.of(2016, 1, 1));   // Optional[Gold]
 * }</pre>
 *
 * <p>Rules checked on every change, each against the rule set in force on the change's date: events
 * come in date order (same-day events are fine); an organization holds at most one tier at a time;
 * only members change tier or leave; a tier at its member limit admits no one ({@link
 * TierFullException}). A later, lower limit does not remove members already admitted.
 *
 * <p>In JSON a roster is {@code {"foundation": {...}, "events": [...]}}; reading replays the
 * events, so a file that breaks a rule is rejected with the JSON path of the offending event.
 *
 * <p>There are two kinds. {@link #empty(Foundation)} starts a <em>script</em>: its events are taken
 * as exact, and a member stays one until it leaves. {@link #fromEvidence(Foundation, Iterable)}
 * builds a roster from dated {@link Observation}s with their sources (the built-in OpenStack roster
 * is one): it answers with its certainty ({@link #answerOn(LocalDate)}), a member is known only
 * between two sightings, and nobody stays a member for ever because no departure was recorded. In
 * JSON an evidence roster is {@code {"foundation": {...}, "observations": [...], "boardYears":
 * [...]}}.
 *
 * <p>The interface is sealed: every roster is one of these two, so its rules were checked. A roster
 * is immutable and thread-safe: every change returns a new roster.
 */
@JsonDeserialize(using = RosterDeserializer.class)
public sealed interface Roster permits ReplayedRoster, EvidenceRoster {
  /**
   * {@return a roster with no members, whose limits come from the foundation's rule set in force on
   * each date}
   *
   * @param foundation the foundation whose rule sets set the tiers and limits
   */
  static Roster empty(Foundation foundation) {
    return ReplayedRoster.empty(foundation);
  }

  /**
   * {@return a roster built from evidence: who is known to hold which tier on a date follows from
   * the observations (see {@link Observation})} Building it is O(n log n), done once on first
   * query.
   *
   * @param foundation the foundation whose rule sets set the tiers and limits
   * @param observations what sources show, in any order
   */
  static Roster fromEvidence(Foundation foundation, Iterable<Observation> observations) {
    return new EvidenceRoster(
        foundation,
        com.google.common.collect.ImmutableList.copyOf(observations),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /**
   * {@return a roster built from evidence and the board seats its sources state per board year} The
   * seats are used where the roster's own members cannot settle a board year (see {@link
   * BoardYear}). Building it is O(n log n), done once on first query.
   *
   * @param foundation the foundation whose rule sets set the tiers and limits
   * @param observations what sources show, in any order
   * @param boardYears the seats sources state per board year, in any order
   */
  static Roster fromEvidence(
      Foundation foundation, Iterable<Observation> observations, Iterable<BoardYear> boardYears) {
    return new EvidenceRoster(
        foundation,
        ImmutableList.copyOf(observations),
        ImmutableList.copyOf(boardYears),
        ImmutableList.of());
  }

  /**
   * {@return a roster built from evidence, the board seats its sources state, and how long after a
   * sighting each tier's members are presumed to stay ({@link Certainty#PRESUMED})}
   *
   * @param foundation the foundation whose rule sets set the tiers and limits
   * @param observations what sources show, in any order
   * @param boardYears the seats sources state per board year, in any order
   * @param presumptions at most one per tier of the foundation
   * @param reportedCounts member counts sources state without naming the members: a count the known
   *     members of that day already fill, or that the known and presumed together exceed, makes the
   *     presumptions of that day {@link Certainty#UNKNOWN} (so does a board year's stated seats for
   *     a class each of whose members appoints a director, as its member count on the day its
   *     source states it)
   * @throws InvalidDataException if a presumption names a tier the foundation lacks, or a tier
   *     twice
   */
  static Roster fromEvidence(
      Foundation foundation,
      Iterable<Observation> observations,
      Iterable<BoardYear> boardYears,
      Iterable<Presumption> presumptions,
      Iterable<ReportedCount> reportedCounts) {
    return new EvidenceRoster(
        foundation,
        ImmutableList.copyOf(observations),
        ImmutableList.copyOf(boardYears),
        ImmutableList.of(),
        ImmutableList.copyOf(presumptions),
        ImmutableList.copyOf(reportedCounts));
  }

  /**
   * {@return the roster's answer for a date with its certainty: known members, organizations last
   * seen earlier whose status is unknown, and how complete the answer is per tier} A script
   * roster's answer is always complete.
   *
   * @param date any date
   */
  RosterAnswer answerOn(LocalDate date);

  /**
   * {@return the evidence the roster is built from: for a script, its events as exact admissions
   * and departures (a tier change is a departure and an admission on one day)}
   */
  ImmutableList<Observation> observations();

  /** {@return the foundation whose rules the roster obeys} */
  Foundation foundation();

  /** {@return every event, in the order applied} */
  ImmutableList<RosterEvent> events();

  /**
   * Admits an organization to a tier from a date.
   *
   * @param org the organization admitted; not already a member
   * @param tier the tier it joins
   * @param from its first day as a member; not before the roster's last event
   * @param source the public document that states it
   * @return a new roster with the admission; this one is unchanged
   * @throws TierFullException if the tier is at its limit on that date
   * @throws InvalidDataException if the date is before the last event, the organization is already
   *     a member, or the tier is not in the rule set in force
   * @throws NoRulesInForceException if no rule set covers the date
   */
  Roster admit(Organization org, Tier tier, LocalDate from, Source source);

  /**
   * Moves a member to another tier from a date (upgrade or downgrade).
   *
   * @param organizationId the member's organization id
   * @param tier the new tier
   * @param from the first day in the new tier; not before the roster's last event
   * @param source the public document that states it
   * @return a new roster with the change; this one is unchanged
   * @throws TierFullException if the new tier is at its limit on that date
   * @throws InvalidDataException if the organization is not a member on that date, already holds
   *     the tier, or the date is before the last event
   */
  Roster changeTier(String organizationId, Tier tier, LocalDate from, Source source);

  /**
   * Ends a membership: the organization is no longer a member from {@code on}.
   *
   * @param organizationId the member's organization id
   * @param on the first day it is no longer a member
   * @param source the public document that states it
   * @return a new roster with the departure; this one is unchanged
   * @throws InvalidDataException if it is not a member on that date or the date is before the last
   *     event
   */
  Roster leave(String organizationId, LocalDate on, Source source);

  /**
   * {@return the memberships in force on a date, ordered by tier (as the foundation lists them)
   * then name; for an evidence roster, the members known that day (see {@link #answerOn(LocalDate)}
   * for the rest)}
   *
   * @param date any date
   */
  ImmutableList<Membership> membersOn(LocalDate date);

  /**
   * {@return how many members each tier has on a date: every tier of the rule set in force that day
   * (zero included), and any other tier that has members}
   *
   * @param date any date
   */
  ImmutableMap<Tier, Integer> countsOn(LocalDate date);

  /**
   * {@return the tier an organization held on a date, if it was a member} For an evidence roster:
   * the tier it is known to hold (between two sightings; between a sighting in one tier and the
   * first in another it keeps the old tier), else the tier it is presumed to hold ({@link
   * Certainty#PRESUMED}); {@link #answerOn(LocalDate)} says which.
   *
   * @param organizationId the organization's id
   * @param date any date
   */
  Optional<Tier> tierOf(String organizationId, LocalDate date);

  /**
   * {@return every membership an organization has held, oldest first (empty if never a member)}
   *
   * @param organizationId the organization's id
   */
  ImmutableList<Membership> historyOf(String organizationId);

  /** {@return every membership, in the order they started} */
  ImmutableList<Membership> memberships();

  /**
   * {@return the board's seats per class on a date under the rules in force}
   *
   * @param date any date
   * @throws NoRulesInForceException if no rule set covers the date
   */
  BoardComposition boardOn(LocalDate date);
}
