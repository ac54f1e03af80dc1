package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a ranking changed between two tables of one metric: release over release (Essex to Folsom),
 * or before and after one affiliation is corrected ({@link AffiliationDirectory#withOverride}). One
 * row per employer in either table, in the order of the later table, then the employers only the
 * earlier one has.
 *
 * <pre>{@code
 * RankingChange change = RankingChange.between(essex, folsom);
 * int moved = change.getRow("SINA").rankDelta().orElse(0);   // positive: moved up
 * }</pre>
 *
 * <p>An employer missing from one of the tables is <em>absent</em>, not zero: gitdm's published
 * lists show only their top 20, so an employer not in a list may have contributed anything below
 * the 20th row. Its deltas are therefore empty, never computed against 0.
 *
 * <p>Its JSON form holds both tables and the rows (each with {@code rankDelta}, {@code valueDelta}
 * and {@code shareDelta}, absent where unknown); reading it computes the rows again from the two
 * tables, so a round trip gives an equal change. Immutable and thread-safe; made only by {@link
 * #between}.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = "rows", allowGetters = true)
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"before", "after", "rows"})
public final class RankingChange {
  private final RankedTable before;
  private final RankedTable after;
  private final ImmutableList<Row> rows;

  private RankingChange(RankedTable before, RankedTable after, ImmutableList<Row> rows) {
    this.before = before;
    this.after = after;
    this.rows = rows;
  }

  /**
   * {@return the change from one table to another}
   *
   * @param before the earlier table
   * @param after the later table, of the same metric
   * @throws IllegalArgumentException if the tables rank different metrics
   */
  public static RankingChange between(RankedTable before, RankedTable after) {
    java.util.Objects.requireNonNull(before, "before");
    java.util.Objects.requireNonNull(after, "after");
    if (before.metric() != after.metric()) {
      throw new IllegalArgumentException(
          "Cannot compare a ranking by " + before.metric() + " with one by " + after.metric());
    }
    Map<String, RankedRow> earlier = new LinkedHashMap<>();
    before.rows().forEach(row -> earlier.put(row.employer(), row));
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (RankedRow row : after.rows()) {
      rows.add(new Row(row.employer(), earlier.remove(row.employer()), row));
    }
    earlier.values().forEach(row -> rows.add(new Row(row.employer(), row, null)));
    return new RankingChange(before, after, rows.build());
  }

  /** The JSON form: both tables, the rows computed again. */
  @com.fasterxml.jackson.annotation.JsonCreator
  private static RankingChange fromJson(
      @com.fasterxml.jackson.annotation.JsonProperty(value = "before", required = true)
          RankedTable before,
      @com.fasterxml.jackson.annotation.JsonProperty(value = "after", required = true)
          RankedTable after) {
    if (before == null || after == null) {
      throw new dev.stackholder.core.InvalidDataException(
          "RankingChange needs both tables, 'before' and 'after', found null");
    }
    return between(before, after);
  }

  /** {@return the earlier table} */
  @com.fasterxml.jackson.annotation.JsonProperty("before")
  public RankedTable before() {
    return before;
  }

  /** {@return the later table} */
  @com.fasterxml.jackson.annotation.JsonProperty("after")
  public RankedTable after() {
    return after;
  }

  /** {@return one row per employer in either table} */
  @com.fasterxml.jackson.annotation.JsonProperty("rows")
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * {@return the row of an employer, if either table has it}
   *
   * @param employer the employer label, matched exactly
   */
  public Optional<Row> findRow(String employer) {
    return rows.stream().filter(row -> row.employer().equals(employer)).findFirst();
  }

  /**
   * {@return the row of an employer; {@link dev.stackholder.core.NotFoundException} if neither
   * table has it}
   *
   * @param employer the employer label, matched exactly
   */
  public Row getRow(String employer) {
    return findRow(employer)
        .orElseThrow(
            () ->
                new dev.stackholder.core.NotFoundException(
                    "employer",
                    employer,
                    rows.stream().map(Row::employer).collect(ImmutableList.toImmutableList())));
  }

  /**
   * One employer's change.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Row {
    private final String employer;
    private final RankedRow before;
    private final RankedRow after;

    Row(String employer, RankedRow before, RankedRow after) {
      this.employer = employer;
      this.before = before;
      this.after = after;
    }

    /** {@return the employer label} */
    @com.fasterxml.jackson.annotation.JsonProperty("employer")
    public String employer() {
      return employer;
    }

    /** {@return the row in the earlier table; empty if the employer was not in it} */
    @com.fasterxml.jackson.annotation.JsonProperty("before")
    public Optional<RankedRow> before() {
      return Optional.ofNullable(before);
    }

    /** {@return the row in the later table; empty if the employer is not in it} */
    @com.fasterxml.jackson.annotation.JsonProperty("after")
    public Optional<RankedRow> after() {
      return Optional.ofNullable(after);
    }

    /**
     * {@return places gained (positive) or lost (negative); empty unless the employer is in both
     * tables}
     */
    @com.fasterxml.jackson.annotation.JsonProperty("rankDelta")
    public OptionalInt rankDelta() {
      return before == null || after == null
          ? OptionalInt.empty()
          : OptionalInt.of(before.rank() - after.rank());
    }

    /**
     * {@return change of value (later minus earlier); empty unless the employer is in both tables:
     * an employer absent from a table (below gitdm's top 20, say) is unknown there, not 0}
     */
    @com.fasterxml.jackson.annotation.JsonProperty("valueDelta")
    public java.util.OptionalLong valueDelta() {
      return before == null || after == null
          ? java.util.OptionalLong.empty()
          : java.util.OptionalLong.of(after.value() - before.value());
    }

    /**
     * {@return change of share in percentage points (later minus earlier); empty unless the
     * employer is in both tables}
     */
    @com.fasterxml.jackson.annotation.JsonProperty("shareDelta")
    public Optional<BigDecimal> shareDelta() {
      return before == null || after == null
          ? Optional.empty()
          : Optional.of(after.share().subtract(before.share()));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Row that
          && employer.equals(that.employer)
          && java.util.Objects.equals(before, that.before)
          && java.util.Objects.equals(after, that.after);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(employer, before, after);
    }

    @Override
    public String toString() {
      return employer
          + ": "
          + (before == null ? "-" : "#" + before.rank() + " " + before.value())
          + " -> "
          + (after == null ? "-" : "#" + after.rank() + " " + after.value());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RankingChange that
        && before.equals(that.before)
        && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(before, after);
  }

  @Override
  public String toString() {
    return "RankingChange{"
        + before.release()
        + "/"
        + before.project()
        + " -> "
        + after.release()
        + "/"
        + after.project()
        + ", "
        + after.metric()
        + "}";
  }
}
