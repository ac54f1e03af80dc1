package dev.stackholder.membership.board;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;
import dev.stackholder.membership.TierRule;

/**
 * How a tier is represented on the board of directors under a rule set. In JSON it is its {@link
 * #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum BoardSeats {
  /** The tier has no directors. */
  NONE("none"),
  /** Each member of the tier appoints one director. */
  ONE_PER_MEMBER("one-per-member"),
  /**
   * The tier's members elect, as a class, as many directors as the tiers with {@link
   * #ONE_PER_MEMBER} appoint.
   */
  EQUAL_TO_APPOINTED("equal-to-appointed"),
  /**
   * The tier's members elect, as a class, a fixed number of directors, given by {@link
   * TierRule#electedDirectors()}.
   */
  FIXED("fixed");

  private static final EnumIds<BoardSeats> IDS =
      EnumIds.of(BoardSeats.class, "board seats", BoardSeats::id);

  private final String id;

  BoardSeats(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON, e.g. {@code "one-per-member"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the kind of board seats with this {@link #id()}}
   *
   * @param id the JSON id, as {@link #id()} returns it
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static BoardSeats fromId(String id) {
    return IDS.fromId(id);
  }
}
