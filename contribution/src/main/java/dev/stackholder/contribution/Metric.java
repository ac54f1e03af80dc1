package dev.stackholder.contribution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * What a contribution table counts. Each metric has the lower-case {@link #id()} used in JSON and
 * on the command line ({@code changesets}, {@code lines-changed}, ...).
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Metric {
  /** Commits merged in the release ("csets" in gitdm). */
  CHANGESETS("changesets"),
  /**
   * gitdm's "lines changed": the sum over commits of the larger of the commit's lines added and
   * lines removed (a +100/-10 commit counts 100), not added plus removed.
   */
  LINES_CHANGED("lines-changed"),
  /** Lines added. */
  LINES_ADDED("lines-added"),
  /** Lines removed. gitdm lists these by developer only, never by employer. */
  LINES_REMOVED("lines-removed"),
  /** Distinct people contributing ("hackers" in gitdm). */
  DEVELOPERS("developers"),
  /** Launchpad bugs marked fixed. */
  BUGS_FIXED("bugs-fixed"),
  /** Gerrit code reviews. */
  REVIEWS("reviews"),
  /**
   * Stackalytics' {@code loc}: the sum over records of lines added <em>plus</em> lines removed (a
   * +100/-10 commit counts 110), after {@code corrections.json} where one applies ({@code
   * dashboard/parameters.py}, {@code METRIC_TO_RECORD_TYPE}; {@code processor/record_processor.py},
   * {@code _process_commit}: {@code loc = lines_added + lines_deleted}). Not {@link
   * #LINES_CHANGED}, gitdm's max(added, removed); the id says which.
   */
  LOC("lines-added-plus-removed");

  private static final EnumIds<Metric> IDS = EnumIds.of(Metric.class, "metric", Metric::id);

  private final String id;

  Metric(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON and on the command line, e.g. {@code "lines-changed"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the metric with this {@link #id()}}
   *
   * @param id an id such as {@code "bugs-fixed"} (exact, lower-case)
   * @throws NotFoundException naming the id and the known ids if there is no such metric
   */
  @JsonCreator
  public static Metric fromId(String id) {
    return IDS.fromId(id);
  }

  /** The {@link #id()}, so that messages and tables print {@code lines-changed}. */
  @Override
  public String toString() {
    return id;
  }
}
