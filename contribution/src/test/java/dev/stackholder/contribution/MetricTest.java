package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class MetricTest {
  @Test
  void namesAreTheOnesDesignFixes() {
    assertThat(Metric.values())
        .extracting(Metric::id)
        .containsExactly(
            "changesets",
            "lines-changed",
            "lines-added",
            "lines-removed",
            "developers",
            "bugs-fixed",
            "reviews",
            "lines-added-plus-removed");
  }

  @Test
  void everyNameReadsBack() {
    for (Metric metric : Metric.values()) {
      assertThat(Metric.fromId(metric.id())).isSameAs(metric);
      assertThat(StackholderJson.read(StackholderJson.write(metric), Metric.class))
          .isSameAs(metric);
    }
  }

  @Test
  void locCountsAddedPlusRemovedWhereLinesChangedCountsTheLarger() {
    ContributionRecord record =
        ContributionRecord.builder()
            .project("keystone")
            .author("a@b.org")
            .date(java.time.LocalDate.of(2013, 1, 2))
            .linesAdded(100)
            .linesRemoved(10)
            .build();
    assertThat(record.measure(Metric.LOC)).isEqualTo(110);
    assertThat(record.measure(Metric.LINES_CHANGED)).isEqualTo(100);
  }

  @Test
  void unknownNameIsRejected() {
    assertThatThrownBy(() -> Metric.fromId("CHANGESETS"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("metric");
              assertThat(e.id()).isEqualTo("CHANGESETS");
              assertThat(e.knownIds())
                  .containsExactly(
                      "changesets",
                      "lines-changed",
                      "lines-added",
                      "lines-removed",
                      "developers",
                      "bugs-fixed",
                      "reviews",
                      "lines-added-plus-removed");
            })
        .hasMessage(
            "Unknown metric 'CHANGESETS', expected one of changesets, lines-changed, "
                + "lines-added, lines-removed, developers, bugs-fixed, reviews, "
                + "lines-added-plus-removed");
  }
}
