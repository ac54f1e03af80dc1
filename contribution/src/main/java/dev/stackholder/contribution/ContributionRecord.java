package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One raw contribution, before it is attributed to an employer and a release: a commit from {@code
 * git log --numstat}, a review, a fixed bug. Measures default to 0.
 *
 * <pre>{@code
 * ContributionRecord commit = ContributionRecord.commit(
 *     LocalDate.of(2012, 6, 1), "someone@sina.com", "nova", 120, 30);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionRecord.class)
@JsonDeserialize(as = ImmutableContributionRecord.class)
public abstract class ContributionRecord {
  ContributionRecord() {}

  /** {@return the day of the contribution (the commit's author date, say)} */
  public abstract LocalDate date();

  /** {@return the author's e-mail address, or a name or affiliation when there is no address} */
  public abstract String author();

  /** {@return the project, lower-case, e.g. {@code "nova"}} */
  public abstract String project();

  /** {@return changesets (commits)} */
  @Value.Default
  public long changesets() {
    return 0;
  }

  /** {@return lines added} */
  @Value.Default
  public long linesAdded() {
    return 0;
  }

  /** {@return lines removed} */
  @Value.Default
  public long linesRemoved() {
    return 0;
  }

  /** {@return bugs marked fixed} */
  @Value.Default
  public long bugsFixed() {
    return 0;
  }

  /** {@return code reviews} */
  @Value.Default
  public long reviews() {
    return 0;
  }

  /**
   * {@return one commit}
   *
   * @param date the commit's author date, which places it in a release
   * @param author the author's e-mail address or affiliation; not blank
   * @param project the project, lower-case, e.g. {@code "nova"}
   * @param linesAdded lines added over all files; 0 or more
   * @param linesRemoved lines removed over all files; 0 or more
   * @throws InvalidDataException if the author is blank, the project not lower-case or a count
   *     negative
   */
  public static ContributionRecord commit(
      LocalDate date, String author, String project, long linesAdded, long linesRemoved) {
    return builder()
        .date(date)
        .author(author)
        .project(project)
        .changesets(1)
        .linesAdded(linesAdded)
        .linesRemoved(linesRemoved)
        .build();
  }

  /**
   * {@return a builder for records other than a single commit (reviews, fixed bugs); {@code
   * build()} checks the values as {@link #commit} does}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContributionRecord}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableContributionRecord.Builder {
    Builder() {}
  }

  /**
   * {@return the record's measure of a metric ({@link Metric#LINES_CHANGED} is max(added, removed),
   * as gitdm counts a commit); {@link Metric#DEVELOPERS} counts the author once: 1}
   *
   * @param metric any metric
   */
  public long measure(Metric metric) {
    switch (metric) {
      case CHANGESETS:
        return changesets();
      case LINES_CHANGED:
        // gitdm's rule, per commit: the larger of the two, not their sum.
        return Math.max(linesAdded(), linesRemoved());
      case LOC:
        return ContributionStatistics.plus(linesAdded(), linesRemoved());
      case LINES_ADDED:
        return linesAdded();
      case LINES_REMOVED:
        return linesRemoved();
      case DEVELOPERS:
        return 1;
      case BUGS_FIXED:
        return bugsFixed();
      case REVIEWS:
        return reviews();
      default:
        throw new AssertionError(metric);
    }
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !author().isBlank(), "ContributionRecord author is blank (%s, %s)", date(), project());
    Checks.lowerCaseName("ContributionRecord", "project", project());
    check("changesets", changesets());
    check("linesAdded", linesAdded());
    check("linesRemoved", linesRemoved());
    check("bugsFixed", bugsFixed());
    check("reviews", reviews());
  }

  private void check(String field, long value) {
    InvalidDataException.check(
        value >= 0,
        "ContributionRecord %s of '%s' on %s is %d, expected 0 or more",
        field,
        author(),
        date(),
        value);
    InvalidDataException.check(
        value <= Limits.MAX_COUNT,
        "ContributionRecord %s of '%s' on %s is %d, above the limit of %d",
        field,
        author(),
        date(),
        value,
        Limits.MAX_COUNT);
  }
}
