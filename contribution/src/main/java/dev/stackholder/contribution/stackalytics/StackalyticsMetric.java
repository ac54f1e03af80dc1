package dev.stackholder.contribution.stackalytics;

import dev.stackholder.core.internal.EnumIds;

/**
 * The two commit metrics of Stackalytics' dashboard ({@code dashboard/parameters.py},
 * {@code METRIC_TO_RECORD_TYPE}; {@code dashboard/web.py}, {@code get_companies}).
 *
 * <p>Immutable and thread-safe.
 */
public enum StackalyticsMetric {
  /** Records counted: a co-authored commit counts once for each person credited. */
  COMMITS("commits"),
  /**
   * Stackalytics' {@code loc}: insertions plus deletions of each record, summed (not gitdm's
   * changed lines, the larger of the two per commit).
   */
  LOC("loc");

  private static final EnumIds<StackalyticsMetric> IDS =
      EnumIds.of(StackalyticsMetric.class, "Stackalytics metric", StackalyticsMetric::id);

  private final String id;

  StackalyticsMetric(String id) {
    this.id = id;
  }

  /** {@return the dashboard's name of the metric} */
  public String id() {
    return id;
  }

  /**
   * {@return the metric with this id}
   *
   * @param id {@code commits} or {@code loc}
   * @throws dev.stackholder.core.NotFoundException if it is neither, naming the known ids
   */
  public static StackalyticsMetric fromId(String id) {
    return IDS.fromId(id);
  }
}
