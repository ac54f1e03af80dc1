package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * Which bound of a percent-of-revenue rule decided the dues, when one did. In JSON it is its {@link
 * #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum DuesBound {
  /** The percentage came to less than the minimum, so the minimum is due. */
  MINIMUM("minimum"),
  /** The percentage came to more than the maximum, so the maximum is due. */
  MAXIMUM("maximum");

  private static final EnumIds<DuesBound> IDS =
      EnumIds.of(DuesBound.class, "dues bound", DuesBound::id);

  private final String id;

  DuesBound(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON: {@code "minimum"} or {@code "maximum"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the bound with this {@link #id()}}
   *
   * @param id the JSON id, as {@link #id()} returns it
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static DuesBound fromId(String id) {
    return IDS.fromId(id);
  }
}
