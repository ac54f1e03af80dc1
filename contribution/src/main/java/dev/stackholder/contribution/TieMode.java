package dev.stackholder.contribution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * How rows with equal values are ranked: {@link #COMPETITION} gives tied rows one rank, as
 * standings do; {@link #ORDINAL} numbers the rows by position, as gitdm's lists (and the ranks
 * people quote from them) read.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum TieMode {
  /** Standard competition ranking ("1224"): one more than the number of strictly better rows. */
  COMPETITION("competition"),
  /** Ordinal ranking ("1234"): the position in the list, ties kept in the source's order. */
  ORDINAL("ordinal");

  private static final EnumIds<TieMode> IDS = EnumIds.of(TieMode.class, "tie mode", TieMode::id);

  private final String id;

  TieMode(String id) {
    this.id = id;
  }

  /**
   * {@return the id used in JSON and on the command line: {@code "competition"} or {@code
   * "ordinal"}}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the mode with this {@link #id()}}
   *
   * @param id {@code "competition"} or {@code "ordinal"}
   * @throws NotFoundException naming the id if it is neither {@code competition} nor
   *     {@code ordinal}
   */
  @JsonCreator
  public static TieMode fromId(String id) {
    return IDS.fromId(id);
  }

  /** The {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }
}
