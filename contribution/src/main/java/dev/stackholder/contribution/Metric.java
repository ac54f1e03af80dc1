package dev.stackholder.contribution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.InvalidDataException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a contribution table counts. Each metric has the lower-case name used in JSON and on the
 * command line ({@code changesets}, {@code lines-changed}, ...).
 */
public enum Metric {
  /** Commits merged in the release ("csets" in gitdm). */
  CHANGESETS("changesets"),
  /** Lines added plus lines removed. */
  LINES_CHANGED("lines-changed"),
  /** Lines removed. gitdm lists these by developer only, never by employer. */
  LINES_REMOVED("lines-removed"),
  /** Distinct people contributing ("hackers" in gitdm). */
  DEVELOPERS("developers"),
  /** Launchpad bugs marked fixed. */
  BUGS_FIXED("bugs-fixed"),
  /** Gerrit code reviews. */
  REVIEWS("reviews");

  private final String metricName;

  Metric(String metricName) {
    this.metricName = metricName;
  }

  /** The name used in JSON and on the command line, e.g. {@code "lines-changed"}. */
  @JsonValue
  public String metricName() {
    return metricName;
  }

  /**
   * The metric with the given name.
   *
   * @param name a name such as {@code "bugs-fixed"} (exact, lower-case)
   * @throws InvalidDataException naming the value and the known names if there is no such metric
   */
  @JsonCreator
  public static Metric fromName(String name) {
    for (Metric metric : values()) {
      if (metric.metricName.equals(name)) {
        return metric;
      }
    }
    throw new InvalidDataException(String.format(java.util.Locale.ROOT,
        "Unknown metric '%s', expected one of %s", name, names()));
  }

  /** The known names, comma-separated, for messages and help texts. */
  static String names() {
    return Arrays.stream(values()).map(Metric::metricName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return metricName;
  }
}
