package dev.stackholder.contribution;

import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which contributions belong to a release: by revision range per project (gitdm's range files, or
 * ranges derived from openstack/releases), by a date window {@code [from, until)}, or the whole
 * history read (a range and a window may both be given: a commit must then pass both). A
 * contribution outside the scope is left out and reported, never silently counted. (A range says
 * which commits {@code git log} reads; what this scope checks is the range's excluded ids.)
 *
 * <pre>{@code
 * ReleaseScope folsom = ReleaseScope.ofRanges(GitdmConventions.ranges(checkout, "folsom"));
 * ReleaseScope window = ReleaseScope.ofDates(LocalDate.of(2012, 4, 5), LocalDate.of(2012, 9, 27));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReleaseScope {
  private static final ReleaseScope WHOLE = new ReleaseScope(ImmutableMap.of(), null, null);

  private final ImmutableMap<String, RevisionRange> ranges;
  private final LocalDate from;
  private final LocalDate until;

  private ReleaseScope(
      ImmutableMap<String, RevisionRange> ranges, LocalDate from, LocalDate until) {
    this.ranges = ranges;
    this.from = from;
    this.until = until;
  }

  /** {@return the whole history read: nothing is outside} */
  public static ReleaseScope wholeHistory() {
    return WHOLE;
  }

  /**
   * {@return the release as revision ranges, one per project (a later one of a project replaces an
   * earlier)}
   *
   * @param ranges the ranges
   */
  public static ReleaseScope ofRanges(Iterable<RevisionRange> ranges) {
    return WHOLE.withRanges(ranges);
  }

  /**
   * {@return the release as a date window}
   *
   * @param from the first day, inclusive
   * @param until the first day after the release
   * @throws InvalidDataException if {@code until} is not after {@code from}
   */
  public static ReleaseScope ofDates(LocalDate from, LocalDate until) {
    return WHOLE.withDates(from, until);
  }

  /**
   * {@return this scope with more ranges (a project's later range replaces its earlier)}
   *
   * @param more the ranges to add
   */
  public ReleaseScope withRanges(Iterable<RevisionRange> more) {
    ImmutableMap.Builder<String, RevisionRange> builder = ImmutableMap.builder();
    builder.putAll(ranges);
    for (RevisionRange range : more) {
      builder.put(range.project(), range);
    }
    return new ReleaseScope(builder.buildKeepingLast(), from, until);
  }

  /**
   * {@return this scope with a date window for projects without a range}
   *
   * @param from the first day, inclusive
   * @param until the first day after the release
   * @throws InvalidDataException if {@code until} is not after {@code from}
   */
  public ReleaseScope withDates(LocalDate from, LocalDate until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    InvalidDataException.check(
        from.isBefore(until), "ReleaseScope until %s is not after from %s", until, from);
    return new ReleaseScope(ranges, from, until);
  }

  /** {@return the revision ranges by project} */
  public ImmutableMap<String, RevisionRange> ranges() {
    return ranges;
  }

  /**
   * {@return the range of a project, in any case}
   *
   * @param project e.g. {@code nova}
   */
  public Optional<RevisionRange> findRange(String project) {
    return Optional.ofNullable(ranges.get(project.toLowerCase(Locale.ROOT)));
  }

  /** {@return the window's first day, if the scope has a window} */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** {@return the first day after the window, if the scope has a window} */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /** Whether a day lies outside the window (false without one). */
  boolean outsideDates(LocalDate day) {
    return from != null && (day.isBefore(from) || !day.isBefore(until));
  }

  /**
   * {@return whether a commit of a project belongs to the release: not excluded by its project's
   * range (if it has one), and inside the window (if there is one)}
   *
   * @param project the project, lower-case
   * @param commitId the commit's id
   * @param day the commit's day
   */
  public boolean includes(String project, String commitId, LocalDate day) {
    RevisionRange range = ranges.get(project);
    return (range == null || range.includes(commitId)) && !outsideDates(day);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReleaseScope that
        && ranges.equals(that.ranges)
        && Objects.equals(from, that.from)
        && Objects.equals(until, that.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ranges, from, until);
  }

  @Override
  public String toString() {
    return "ReleaseScope{"
        + ranges.values().stream().map(r -> r.project() + " " + r.range()).toList()
        + (from == null ? "" : ", " + from + ".." + until)
        + "}";
  }
}
