package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** findX returns Optional, getX throws NotFoundException naming the id and the known ids. */
class LookupsTest {
  private static final Release ESSEX = Release.of("essex", LocalDate.of(2012, 4, 5));
  private static final Release FOLSOM = Release.of("folsom", LocalDate.of(2012, 10, 4));
  private static final ReleaseCalendar CALENDAR = ReleaseCalendar.of(List.of(FOLSOM, ESSEX));
  private static final AffiliationDirectory DIRECTORY =
      AffiliationDirectory.of(
          AttributionPolicy.STACKALYTICS,
          java.util.Map.of(),
          List.of(
              Affiliation.of(Affiliation.Kind.DOMAIN, "sina.com", "SINA"),
              Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat")));

  @Test
  void releasesAreFoundRegardlessOfCase() {
    assertThat(CALENDAR.findRelease("folsom")).hasValue(FOLSOM);
    assertThat(CALENDAR.findRelease("Folsom")).hasValue(FOLSOM);
    assertThat(CALENDAR.findRelease("havana")).isEmpty();
    assertThat(CALENDAR.getRelease("ESSEX")).isEqualTo(ESSEX);
    assertThat(CALENDAR.names()).containsExactly("essex", "folsom");
  }

  @Test
  void anUnknownReleaseIsNotFound() {
    assertThatThrownBy(() -> CALENDAR.getRelease("havana"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("release");
              assertThat(e.id()).isEqualTo("havana");
              assertThat(e.knownIds()).containsExactly("essex", "folsom");
            })
        .hasMessage("Unknown release 'havana', expected one of essex, folsom");
  }

  @Test
  void rowsAreFoundByEmployer() {
    RankedTable table =
        Ranking.of(TieMode.COMPETITION)
            .rank(
                ContributionTable.builder()
                    .release("folsom")
                    .project(ContributionTable.ALL_PROJECTS)
                    .metric(Metric.CHANGESETS)
                    .addEntries(
                        ContributionEntry.of("Rackspace", 806, new BigDecimal("25.9")),
                        ContributionEntry.of("SINA", 147, new BigDecimal("4.7")))
                    .build());
    assertThat(table.findRow("SINA").map(RankedRow::rank)).hasValue(2);
    assertThat(table.getRow("Rackspace").rank()).isEqualTo(1);
    assertThat(table.findRow("sina")).isEmpty();
    assertThatThrownBy(() -> table.getRow("HP"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("employer");
              assertThat(e.knownIds()).containsExactly("Rackspace", "SINA");
            })
        .hasMessage("Unknown employer 'HP', expected one of Rackspace, SINA");
  }

  @Test
  void recordsMatchProjectRegardlessOfCase() {
    List<ContributionRecord> records =
        List.of(
            ContributionRecord.commit(LocalDate.of(2012, 6, 1), "a@sina.com", "nova", 10, 2),
            ContributionRecord.builder()
                .date(LocalDate.of(2012, 6, 2))
                .author("b@redhat.com")
                .project("nova")
                .reviews(3)
                .build());
    ContributionStatistics statistics =
        ContributionStatistics.of("folsom", DIRECTORY).dates(CALENDAR).addRecords(records);
    ContributionTable table = statistics.table("NOVA", Metric.CHANGESETS);
    assertThat(table.release()).isEqualTo("folsom");
    assertThat(table.project()).isEqualTo("nova");
    assertThat(table.entries())
        .containsExactly(ContributionEntry.of("SINA", 1, new BigDecimal("100.0")));
    assertThat(statistics.table("All", Metric.REVIEWS).entries())
        .containsExactly(ContributionEntry.of("Red Hat", 3, new BigDecimal("100.0")));
  }

  @Test
  void anUnknownReleaseOfTheCalendarIsNotFound() {
    assertThatThrownBy(() -> ContributionStatistics.of("havana", DIRECTORY).dates(CALENDAR))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("release");
              assertThat(e.id()).isEqualTo("havana");
              assertThat(e.knownIds()).containsExactly("essex", "folsom");
            })
        .hasMessage("Release 'havana' is not in the release calendar");
  }
}
