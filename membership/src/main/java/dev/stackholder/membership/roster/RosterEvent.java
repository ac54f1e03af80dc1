package dev.stackholder.membership.roster;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.stackholder.core.Source;
import java.time.LocalDate;

/**
 * One change to a roster, as kept in its history and in JSON, named by a {@code "type"} property:
 * {@code "admit"} ({@link Admission}), {@code "change-tier"} ({@link TierChange}) and {@code
 * "leave"} ({@link Departure}). A roster is the result of replaying its events in date order.
 *
 * <p>The hierarchy is sealed: an event is one of these three. Every event is immutable and
 * thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Admission.class, name = "admit"),
  @JsonSubTypes.Type(value = TierChange.class, name = "change-tier"),
  @JsonSubTypes.Type(value = Departure.class, name = "leave")
})
public abstract sealed class RosterEvent permits Admission, TierChange, Departure {
  RosterEvent() {}

  /** {@return the day the event takes effect} */
  public abstract LocalDate date();

  /** {@return the id of the organization concerned} */
  public abstract String organizationId();

  /** {@return where the event is recorded} */
  public abstract Source source();

  /** Applies this event to a roster: the roster's own checks (limits, order) apply. */
  abstract Roster applyTo(Roster roster);
}
