package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;

/**
 * How one project's (or the whole release's) commits were attributed: how many commits each rule
 * credited, which authors no rule covered, and which developers were credited to more than one
 * employer inside the release (a job change, or addresses mapped to different employers).
 *
 * <p>Immutable and thread-safe; made only by {@link ContributionStatistics}.
 */
public final class AttributionReport {
  private final String project;
  private final ImmutableMap<Affiliation, Long> commitsByRule;
  private final ImmutableSortedMap<String, Long> unknownAuthors;
  private final ImmutableList<EmployerChange> employerChanges;

  AttributionReport(
      String project,
      ImmutableMap<Affiliation, Long> commitsByRule,
      ImmutableSortedMap<String, Long> unknownAuthors,
      ImmutableList<EmployerChange> employerChanges) {
    this.project = project;
    this.commitsByRule = commitsByRule;
    this.unknownAuthors = unknownAuthors;
    this.employerChanges = employerChanges;
  }

  /** {@return the project, or {@code all}} */
  public String project() {
    return project;
  }

  /** {@return commits credited by each rule, most first} */
  public ImmutableMap<Affiliation, Long> commitsByRule() {
    return commitsByRule;
  }

  /** {@return commits of authors no rule covered, by lower-case address (after aliases)} */
  public ImmutableSortedMap<String, Long> unknownAuthors() {
    return unknownAuthors;
  }

  /** {@return developers credited to two or more employers in the release, by developer name} */
  public ImmutableList<EmployerChange> employerChanges() {
    return employerChanges;
  }

  /**
   * One developer's employers inside a release, in order of their first commit.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class EmployerChange {
    private final String developer;
    private final ImmutableList<Span> spans;

    EmployerChange(String developer, ImmutableList<Span> spans) {
      this.developer = developer;
      this.spans = spans;
    }

    /** {@return the developer's name (the first name seen for them)} */
    public String developer() {
      return developer;
    }

    /**
     * {@return each employer with the first and last commit dates credited to it, earliest first}
     */
    public ImmutableList<Span> spans() {
      return spans;
    }

    @Override
    public String toString() {
      return developer + ": " + spans;
    }
  }

  /**
   * An employer credited with a developer's commits from one date to another.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Span {
    private final String employer;
    private final LocalDate first;
    private final LocalDate last;
    private final long commits;

    Span(String employer, LocalDate first, LocalDate last, long commits) {
      this.employer = employer;
      this.first = first;
      this.last = last;
      this.commits = commits;
    }

    /** {@return the employer label} */
    public String employer() {
      return employer;
    }

    /** {@return the first commit's date} */
    public LocalDate first() {
      return first;
    }

    /** {@return the last commit's date} */
    public LocalDate last() {
      return last;
    }

    /** {@return the commits credited} */
    public long commits() {
      return commits;
    }

    @Override
    public String toString() {
      return employer + " " + first + ".." + last + " (" + commits + ")";
    }
  }

  @Override
  public String toString() {
    return "AttributionReport{"
        + project
        + ", "
        + commitsByRule.size()
        + " rules used, "
        + unknownAuthors.size()
        + " unknown authors, "
        + employerChanges.size()
        + " employer changes}";
  }
}
