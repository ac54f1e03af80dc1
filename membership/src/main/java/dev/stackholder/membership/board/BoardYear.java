package dev.stackholder.membership.board;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Source;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The board seats of one board year as the sources give them: the seats per class, whether they are
 * stated by a source, derived from the rule, or not found, and the rule in force.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBoardYear.class)
@JsonDeserialize(as = ImmutableBoardYear.class)
public abstract class BoardYear {
  BoardYear() {}

  /** Where the seat counts come from. */
  public enum Basis {
    /** A source states them. */
    STATED,
    /** A source states the total; the split per class follows from the rule. */
    STATED_TOTAL,
    /** No source states them; the rule applied to a stated Platinum count gives them. */
    DERIVED,
    /** Not found in any source read. */
    NOT_FOUND
  }

  /** {@return the year of the election (the board that sits from that year's annual meeting)} */
  public abstract int year();

  /** {@return where the counts come from} */
  public abstract Basis basis();

  /** {@return whether a later source replaced these counts before the election} */
  @Value.Default
  public boolean superseded() {
    return false;
  }

  /** {@return platinum-appointed seats, if known} */
  public abstract Optional<Integer> platinum();

  /** {@return gold-elected seats, if known} */
  public abstract Optional<Integer> gold();

  /** {@return individual-elected seats, if known} */
  public abstract Optional<Integer> individual();

  /** {@return the board's size, if known} */
  public abstract Optional<Integer> total();

  /** {@return the source of the counts (absent where none was found)} */
  public abstract Optional<Source> source();

  /** {@return the bylaws or charter rule in force, as the source words it} */
  public abstract Optional<String> rule();

  /** {@return what else the sources say} */
  public abstract Optional<String> note();

  /** {@return a builder, for the board years of a user's own evidence} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BoardYear}; {@code build()} checks it. */
  public static final class Builder extends ImmutableBoardYear.Builder {
    Builder() {}
  }

  /** {@return whether the seats of every class are known} */
  public boolean known() {
    return platinum().isPresent() && gold().isPresent() && individual().isPresent();
  }

  @Value.Check
  void check() {
    // Board year 0 or negative seats were read as data; a count of seats is a count.
    dev.stackholder.core.Limits.checkYear(year(), "Board year");
    platinum()
        .ifPresent(
            n ->
                dev.stackholder.core.Limits.checkCount(
                    n, "Board year " + year() + ": platinum seats"));
    gold()
        .ifPresent(
            n ->
                dev.stackholder.core.Limits.checkCount(n, "Board year " + year() + ": gold seats"));
    individual()
        .ifPresent(
            n ->
                dev.stackholder.core.Limits.checkCount(
                    n, "Board year " + year() + ": individual seats"));
    total()
        .ifPresent(
            n ->
                dev.stackholder.core.Limits.checkCount(
                    n, "Board year " + year() + ": total seats"));
    rule().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Board year rule"));
    note().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Board year note"));
  }
}
