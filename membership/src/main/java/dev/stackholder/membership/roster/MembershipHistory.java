package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.membership.Foundation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A foundation's membership history as published: the roster events with their sources, and member
 * counts stated by sources that do not name every member. {@link #replay(Foundation)} turns the
 * events into a {@link Roster}.
 *
 * <pre>{@code
 * MembershipHistory history = MembershipHistory.builder()
 *     .addEvents(Admission.of(Organization.of("example", "Example"), gold, LocalDate.of(2013, 1, 1), source))
 *     .build();
 * Roster roster = history.replay(foundation);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembershipHistory.class)
@JsonDeserialize(as = ImmutableMembershipHistory.class)
public abstract class MembershipHistory {
  MembershipHistory() {}

  /** {@return the events, in date order} */
  public abstract ImmutableList<RosterEvent> events();

  /** {@return counts stated by sources, where not every member is named} */
  public abstract ImmutableList<ReportedCount> reportedCounts();

  /** {@return what the history leaves out and why} */
  public abstract Optional<String> note();

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MembershipHistory}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableMembershipHistory.Builder {
    Builder() {}
  }

  /**
   * {@return the roster these events make under the foundation's rules}
   *
   * @param foundation the foundation whose rule sets (limits, tiers) the events are checked against
   * @throws dev.stackholder.core.InvalidDataException naming the index of an event the rules refuse
   */
  public Roster replay(Foundation foundation) {
    return ReplayedRoster.replay(Roster.empty(foundation), events());
  }
}
