package dev.stackholder.contribution.stackalytics;

import dev.stackholder.core.internal.EnumIds;

/**
 * The dashboard's names of two {@link dev.stackholder.contribution.Metric}s, kept as an alias so
 * that a Stackalytics table's {@code metric} field ({@code commits}, {@code loc}) can be read:
 * {@link #COMMITS} is {@link dev.stackholder.contribution.Metric#CHANGESETS} counted per record,
 * {@link #LOC} is {@link dev.stackholder.contribution.Metric#LOC}. The two commit metrics of
 * Stackalytics' dashboard ({@code dashboard/parameters.py}, {@code METRIC_TO_RECORD_TYPE}; {@code
 * dashboard/web.py}, {@code get_companies}).
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

  /** {@return the one metric of the pipeline this dashboard name stands for} */
  public dev.stackholder.contribution.Metric metric() {
    return this == COMMITS
        ? dev.stackholder.contribution.Metric.CHANGESETS
        : dev.stackholder.contribution.Metric.LOC;
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
