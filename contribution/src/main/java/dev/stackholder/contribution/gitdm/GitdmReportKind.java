package dev.stackholder.contribution.gitdm;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * The three reports gitdm writes per release and project, told apart by their file names
 * ({@code git-stats.txt}, {@code lp-stats.txt}, {@code gerrit-stats.txt}) and by the unit their
 * first line counts ({@code csets}, {@code bugs}, {@code review}).
 */
public enum GitdmReportKind {
  /** Changesets, lines and developers from git. */
  GIT("git", "csets", ImmutableSet.of(Metric.CHANGESETS, Metric.LINES_CHANGED,
      Metric.LINES_REMOVED, Metric.DEVELOPERS)),
  /** Bugs fixed, from Launchpad. */
  LAUNCHPAD("lp", "bugs", ImmutableSet.of(Metric.BUGS_FIXED)),
  /** Code reviews, from Gerrit. */
  GERRIT("gerrit", "review", ImmutableSet.of(Metric.REVIEWS));

  private final String fileTag;
  private final String unit;
  private final ImmutableSet<Metric> metrics;

  GitdmReportKind(String fileTag, String unit, ImmutableSet<Metric> metrics) {
    this.fileTag = fileTag;
    this.unit = unit;
    this.metrics = metrics;
  }

  /** The part of the file name before {@code -stats.txt}: {@code git}, {@code lp} or {@code gerrit}. */
  public String fileTag() {
    return fileTag;
  }

  /** What the report's first line counts: {@code csets}, {@code bugs} or {@code review}. */
  public String unit() {
    return unit;
  }

  /** The metrics reports of this kind hold tables of. */
  public ImmutableSet<Metric> metrics() {
    return metrics;
  }

  /** The file name of this kind of report for a project ({@code all}: the whole release). */
  public String fileName(String project) {
    return (project.equals(Names.ALL) ? "" : project + "-") + fileTag + "-stats.txt";
  }

  /** The kind of report that holds tables of the metric. */
  public static GitdmReportKind of(Metric metric) {
    for (GitdmReportKind kind : values()) {
      if (kind.metrics.contains(metric)) {
        return kind;
      }
    }
    throw new AssertionError("every metric has a report kind: " + metric);
  }

  /** The kind whose file tag is given, e.g. {@code "lp"}. */
  static Optional<GitdmReportKind> ofFileTag(String tag) {
    for (GitdmReportKind kind : values()) {
      if (kind.fileTag.equals(tag)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
