package dev.stackholder.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.internal.EnumIds;

/**
 * An employer's membership on a release's date, as far as the evidence goes. An organization last
 * seen earlier whose status is unknown is {@link #UNKNOWN}, never {@link #NOT_A_MEMBER}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum MembershipStatus {
  /**
   * Known to be a member in a tier that day (inside a sighted interval, or named by a complete
   * list).
   */
  MEMBER("member"),
  /**
   * Last seen in a tier recently, nothing contrary since: presumed still a member under the tier's
   * presumption (the roster's {@code presumed} certainty), not known.
   */
  PRESUMED("presumed"),
  /** Last seen in a tier earlier; nothing says whether it was still a member that day. */
  UNKNOWN("unknown"),
  /**
   * No source shows it in any tier that day and none last saw it earlier: not a member as far as
   * the evidence goes (certain for the tiers whose list was complete; see the report's certainty).
   */
  NOT_A_MEMBER("not-a-member"),
  /** The employer name maps to no organization (an unattributed author, say), so no status. */
  UNMAPPED("unmapped");

  private static final EnumIds<MembershipStatus> IDS =
      EnumIds.of(MembershipStatus.class, "membership status", MembershipStatus::id);

  private final String id;

  MembershipStatus(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON and CSV} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the status with this id}
   *
   * @param id e.g. {@code not-a-member}
   * @throws dev.stackholder.core.NotFoundException naming the id and the known ids
   */
  @JsonCreator
  public static MembershipStatus fromId(String id) {
    return IDS.fromId(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
