package dev.stackholder.contribution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.InvalidDataException;

/**
 * How rows with equal values are ranked.
 *
 * <p>On the Folsom Horizon changesets table SINA's 3 changesets tie with three other employers
 * listed at positions 10 to 13: {@link #COMPETITION} ranks all four 10th, {@link #ORDINAL} ranks
 * SINA 11th, its position in gitdm's list, which is the rank the seed blog post gives.
 */
public enum TieMode {
  /** Standard competition ranking ("1224"): one more than the number of strictly better rows. */
  COMPETITION("competition"),
  /** Ordinal ranking ("1234"): the position in the list, ties kept in the source's order. */
  ORDINAL("ordinal");

  private final String modeName;

  TieMode(String modeName) {
    this.modeName = modeName;
  }

  /** The name used in JSON and on the command line: {@code "competition"} or {@code "ordinal"}. */
  @JsonValue
  public String modeName() {
    return modeName;
  }

  /**
   * The mode with the given name.
   *
   * @throws InvalidDataException naming the value if it is neither {@code competition} nor
   *     {@code ordinal}
   */
  @JsonCreator
  public static TieMode fromName(String name) {
    for (TieMode mode : values()) {
      if (mode.modeName.equals(name)) {
        return mode;
      }
    }
    throw new InvalidDataException(String.format(java.util.Locale.ROOT,
        "Unknown tie mode '%s', expected competition or ordinal", name));
  }

  @Override
  public String toString() {
    return modeName;
  }
}
