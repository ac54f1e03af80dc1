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
  ORDINAL("ordinal"),
  /**
   * Stackalytics' dashboard ({@code processor/utils.py}, {@code add_index}; {@code
   * dashboard/web.py}, {@code get_companies}): rows numbered 1, 2, 3, ... one after another, ties
   * included, except {@code *independent}, which keeps its place in the list without a number
   * ({@link RankedRow#unnumbered()}) and does not use one up. Tied rows are ordered by employer
   * name, one of the orders the dashboard can print (its own comes from Python's randomized string
   * hashing).
   */
  DASHBOARD("dashboard");

  private static final EnumIds<TieMode> IDS = EnumIds.of(TieMode.class, "tie mode", TieMode::id);

  private final String id;

  TieMode(String id) {
    this.id = id;
  }

  /**
   * {@return the id used in JSON and on the command line: {@code "competition"}, {@code "ordinal"}
   * or {@code "dashboard"}}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the mode with this {@link #id()}}
   *
   * @param id {@code "competition"}, {@code "ordinal"} or {@code "dashboard"}
   * @throws NotFoundException naming the id and the known ids if there is no such mode
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
