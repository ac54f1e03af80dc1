package dev.stackholder.contribution.gitdm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * The three reports gitdm writes per release and project, told apart by their file names ({@code
 * git-stats.txt}, {@code lp-stats.txt}, {@code gerrit-stats.txt}), whose tag is the kind's {@link
 * #id()}, and by the unit their first line counts ({@code csets}, {@code bugs}, {@code review}).
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum GitdmReportKind {
  /**
   * Changesets, lines and developers from git. Lines added and removed are counted from git too,
   * though gitdm's reports print no employer table of either (asking for one is a {@link
   * dev.stackholder.contribution.NoSuchTableException}).
   */
  GIT(
      "git",
      "csets",
      ImmutableSet.of(
          Metric.CHANGESETS,
          Metric.LINES_CHANGED,
          Metric.LINES_ADDED,
          Metric.LINES_REMOVED,
          Metric.DEVELOPERS,
          Metric.LOC)),
  /** Bugs fixed, from Launchpad. */
  LAUNCHPAD("lp", "bugs", ImmutableSet.of(Metric.BUGS_FIXED)),
  /** Code reviews, from Gerrit. */
  GERRIT("gerrit", "review", ImmutableSet.of(Metric.REVIEWS));

  private static final EnumIds<GitdmReportKind> IDS =
      EnumIds.of(GitdmReportKind.class, "gitdm report kind", GitdmReportKind::id);

  private final String id;
  private final String unit;
  private final ImmutableSet<Metric> metrics;

  GitdmReportKind(String id, String unit, ImmutableSet<Metric> metrics) {
    this.id = id;
    this.unit = unit;
    this.metrics = metrics;
  }

  /**
   * {@return the part of the file name before {@code -stats.txt}, also the id in JSON: {@code git},
   * {@code lp} or {@code gerrit}}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the kind with this {@link #id()}}
   *
   * @param id {@code "git"}, {@code "lp"} or {@code "gerrit"}
   * @throws NotFoundException naming the id if it is not {@code git}, {@code lp} or {@code gerrit}
   */
  @JsonCreator
  public static GitdmReportKind fromId(String id) {
    return IDS.fromId(id);
  }

  /**
   * {@return what the report's first line counts: {@code csets}, {@code bugs} or {@code review}}
   */
  public String unit() {
    return unit;
  }

  /** {@return the metrics reports of this kind hold tables of} */
  public ImmutableSet<Metric> metrics() {
    return metrics;
  }

  /**
   * {@return the file name of this kind of report for a project: {@code nova-git-stats.txt}, or
   * {@code git-stats.txt} for {@link ContributionTable#ALL_PROJECTS}}
   *
   * @param project the project, lower-case, or {@link ContributionTable#ALL_PROJECTS}
   */
  public String fileName(String project) {
    return (project.equals(ContributionTable.ALL_PROJECTS) ? "" : project + "-")
        + id
        + "-stats.txt";
  }

  /**
   * {@return the kind of report that holds tables of the metric}
   *
   * @param metric any metric
   */
  public static GitdmReportKind of(Metric metric) {
    java.util.Objects.requireNonNull(metric, "metric");
    for (GitdmReportKind kind : values()) {
      if (kind.metrics.contains(metric)) {
        return kind;
      }
    }
    throw new AssertionError("every metric has a report kind: " + metric);
  }
}
