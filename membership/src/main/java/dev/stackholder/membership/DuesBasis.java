package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * What the bands of a {@link BandedDues} rule are drawn over. In JSON a basis is its {@link #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum DuesBasis {
  /** Annual revenue, in the rule set's currency. */
  REVENUE("revenue"),
  /** Number of employees. */
  EMPLOYEES("employees");

  private static final EnumIds<DuesBasis> IDS =
      EnumIds.of(DuesBasis.class, "dues basis", DuesBasis::id);

  private final String id;

  DuesBasis(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON: {@code "revenue"} or {@code "employees"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the basis with this {@link #id()}}
   *
   * @param id the JSON id, as {@link #id()} returns it
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static DuesBasis fromId(String id) {
    return IDS.fromId(id);
  }
}
