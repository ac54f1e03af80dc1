package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A foundation's membership history as published: the roster events with their sources, and member
 * counts stated by sources that do not name every member. The built-in OpenStack history is
 * {@code openstack-roster.json}; {@link #replay(Foundation)} turns it into a {@link Roster}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembershipHistory.class)
@JsonDeserialize(as = ImmutableMembershipHistory.class)
public abstract class MembershipHistory {
  MembershipHistory() {}

  /** The events, in date order. */
  public abstract ImmutableList<RosterEvent> events();

  /** Counts stated by sources, where not every member is named. */
  public abstract ImmutableList<ReportedCount> reportedCounts();

  /** What the history leaves out and why. */
  public abstract Optional<String> note();

  /**
   * The roster these events make under the foundation's rules.
   *
   * @throws dev.stackholder.core.InvalidDataException naming the index of an event the rules refuse
   */
  public Roster replay(Foundation foundation) {
    return HistoryRoster.replay(Roster.empty(foundation), events());
  }
}
