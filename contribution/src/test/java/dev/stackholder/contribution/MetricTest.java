package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class MetricTest {
  @Test
  void namesAreTheOnesDesignFixes() {
    assertThat(Metric.values()).extracting(Metric::metricName).containsExactly("changesets",
        "lines-changed", "lines-removed", "developers", "bugs-fixed", "reviews");
  }

  @Test
  void everyNameReadsBack() {
    for (Metric metric : Metric.values()) {
      assertThat(Metric.fromName(metric.metricName())).isSameAs(metric);
      assertThat(StackholderJson.read(StackholderJson.write(metric), Metric.class)).isSameAs(metric);
    }
  }

  @Test
  void unknownNameIsRejected() {
    assertThatThrownBy(() -> Metric.fromName("CHANGESETS"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Unknown metric 'CHANGESETS', expected one of changesets, lines-changed, "
            + "lines-removed, developers, bugs-fixed, reviews");
  }
}
