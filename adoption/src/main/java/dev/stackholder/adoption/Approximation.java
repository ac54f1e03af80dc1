package dev.stackholder.adoption;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * How exactly a source states a figure. Case studies and event reports rarely give exact numbers
 * ("more than 5,000 nodes", "about 40 attendees", "thousands of servers"); the qualifier is kept
 * with the number so that nothing reads a lower bound as an exact count. In JSON it is its {@link
 * #id()}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Approximation {
  /** The number as stated, with no qualifier: "250 participants". */
  EXACTLY("exactly", ""),
  /** A strict lower bound: "more than", "over". */
  MORE_THAN("more-than", "more than "),
  /** A lower bound that the number itself may meet: "at least", "a conservative estimate of". */
  AT_LEAST("at-least", "at least "),
  /** Roughly the number, either side: "about", "around". */
  ABOUT("about", "about "),
  /** Just below the number: "nearly", "almost". */
  NEARLY("nearly", "nearly "),
  /** An upper bound reached or aimed at: "scaling up to 2000 nodes". */
  UP_TO("up-to", "up to "),
  /**
   * Only a magnitude: "thousands of servers" is the number 1,000 with this qualifier, read as "a
   * number of thousands", never as 1,000 itself.
   */
  ORDER_OF_MAGNITUDE("order-of-magnitude", "");

  private static final EnumIds<Approximation> IDS =
      EnumIds.of(Approximation.class, "approximation", Approximation::id);

  private final String id;
  private final String prefix;

  Approximation(String id, String prefix) {
    this.id = id;
    this.prefix = prefix;
  }

  /** {@return the lower-case identifier used in JSON, e.g. {@code "more-than"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Writes a number with this qualifier for people, e.g. {@code "more than 5,000"}, {@code "about
   * 80"}, or {@code "1,000s"} for an order of magnitude.
   *
   * @param number the number already formatted (with grouping, decimals or a unit)
   * @return the number with its qualifier; the number unchanged for {@link #EXACTLY}
   */
  public String describe(String number) {
    return this == ORDER_OF_MAGNITUDE ? number + "s" : prefix + number;
  }

  /**
   * {@return the qualifier with this {@link #id()}, matched exactly}
   *
   * @param id the qualifier's JSON id, e.g. {@code "more-than"}
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static Approximation fromId(String id) {
    return IDS.fromId(id);
  }
}
