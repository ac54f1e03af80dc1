package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a tier is represented on the board of directors under a rule set. */
public enum BoardSeats {
  /** The tier has no directors. */
  @JsonProperty("none")
  NONE,
  /** Each member of the tier appoints one director (OpenStack Platinum). */
  @JsonProperty("one-per-member")
  ONE_PER_MEMBER,
  /**
   * The tier's members elect, as a class, as many directors as the tiers with
   * {@link #ONE_PER_MEMBER} appoint (OpenStack Gold and Individual).
   */
  @JsonProperty("equal-to-appointed")
  EQUAL_TO_APPOINTED,
  /**
   * The tier's members elect, as a class, a fixed number of directors, given by
   * {@link TierRule#electedDirectors()} (Linux Foundation Gold: three).
   */
  @JsonProperty("fixed")
  FIXED
}
