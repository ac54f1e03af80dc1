package dev.stackholder.analysis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.Metric;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A named report over one release: what it is, what it was computed from, the metric, how certain
 * it is, and its lines. Its JSON form is described by {@code json-schema/value-report.schema.json}
 * in this module. Computed by {@link ValueTable#report}; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValueReport.class)
@JsonDeserialize(as = ImmutableValueReport.class)
public abstract class ValueReport {
  ValueReport() {}

  /** {@return which report} */
  public abstract ReportKind report();

  /** {@return the release, lower-case} */
  public abstract String release();

  /** {@return the project, or {@code all}} */
  public abstract String project();

  /** {@return what the shares count} */
  public abstract Metric metric();

  /** {@return the day membership was asked about: the release day} */
  public abstract LocalDate date();

  /** {@return what the report was computed from, one line each} */
  public abstract ImmutableList<String> inputs();

  /** {@return how certain the report is, in words: completeness of the roster and of the table} */
  public abstract String certainty();

  /** {@return the lines, in the report's order} */
  public abstract ImmutableList<ReportLine> lines();

  /** {@return one-line findings, such as "Elephant Factor: 3 of 41 organizations"} */
  public abstract ImmutableList<String> summary();
}
