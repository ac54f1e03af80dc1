package dev.stackholder.membership.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.internal.EnumIds;

/**
 * How sure a roster is that an organization held a tier on a date. In JSON a certainty is its
 * {@link #id()}.
 *
 * <p>Immutable and thread-safe.
 */
public enum Certainty {
  /**
   * Inside a sighted interval (two sightings with nothing contrary between them), named by a
   * complete list, admitted exactly, or between a sighting in one tier and the first sighting in
   * another (a member seen in two tiers is a member in between).
   */
  KNOWN("known"),
  /**
   * Last seen in the tier, nothing contrary since, and the sighting is no older than the tier's
   * {@link Presumption}.
   */
  PRESUMED("presumed"),
  /** Last seen longer ago than the tier's presumption allows, or the tier has no presumption. */
  UNKNOWN("unknown");

  private static final EnumIds<Certainty> IDS =
      EnumIds.of(Certainty.class, "certainty", Certainty::id);
  private final String id;

  Certainty(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON and on the command line} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the certainty with this {@link #id()}}
   *
   * @param id the id as written in JSON
   * @throws dev.stackholder.core.NotFoundException naming the id and the known ids
   */
  @JsonCreator
  public static Certainty fromId(String id) {
    return IDS.fromId(id);
  }
}
