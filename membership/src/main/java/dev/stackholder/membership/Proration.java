package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * How a rule set charges a membership that starts or ends during a calendar year. In JSON a
 * proration is its {@link #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Proration {
  /**
   * Any part of a year is charged the full year's dues (the default: no public rule says
   * otherwise).
   */
  FULL_YEAR("full-year"),
  /** The year's dues times the days of membership in the year over the days in the year. */
  DAYS("days");

  private static final EnumIds<Proration> IDS =
      EnumIds.of(Proration.class, "proration", Proration::id);

  private final String id;

  Proration(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON: {@code "full-year"} or {@code "days"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the proration with this {@link #id()}}
   *
   * @param id the JSON id, as {@link #id()} returns it
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static Proration fromId(String id) {
    return IDS.fromId(id);
  }
}
