package dev.stackholder.membership.compare;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * Whether a row of a {@link FeeComparison} has a price, and if not why. In JSON a status is its
 * {@link #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum FeeStatus {
  /** The tier's annual fee was worked out. */
  PRICED("priced"),
  /** The fee needs a figure the organization did not declare ({@link FeeComparisonRow#needs()}). */
  NEEDS_DECLARATION("needs-declaration"),
  /** The tier is not offered to the organization's kind (academic only, say). */
  NOT_OFFERED("not-offered"),
  /** The fee could not be worked out for another reason, e.g. no exchange rate for the revenue. */
  NOT_QUOTED("not-quoted");

  private static final EnumIds<FeeStatus> IDS =
      EnumIds.of(FeeStatus.class, "fee status", FeeStatus::id);

  private final String id;

  FeeStatus(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON: {@code "priced"}, {@code "needs-declaration"}, ...} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the status with this {@link #id()}}
   *
   * @param id the JSON id, as {@link #id()} returns it
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static FeeStatus fromId(String id) {
    return IDS.fromId(id);
  }
}
