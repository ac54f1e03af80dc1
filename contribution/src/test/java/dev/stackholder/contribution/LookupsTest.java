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
  private static final Company SINA = Company.builder().name("SINA").addDomains("sina.com")
      .addAliases("SINA Weibo Fund").build();
  private static final CompanyDirectory DIRECTORY =
      CompanyDirectory.of(List.of(SINA, Company.of("Red Hat", "redhat.com")));

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
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("release");
          assertThat(e.id()).isEqualTo("havana");
          assertThat(e.knownIds()).containsExactly("essex", "folsom");
        })
        .hasMessage("Unknown release 'havana', expected one of essex, folsom");
  }

  @Test
  void companiesAreFoundByNameAliasOrAddress() {
    assertThat(DIRECTORY.findCompany("sina weibo fund")).hasValue(SINA);
    assertThat(DIRECTORY.getCompany(" SINA ")).isEqualTo(SINA);
    assertThat(DIRECTORY.findCompanyByEmail("a@sina.com")).hasValue(SINA);
    assertThat(DIRECTORY.findCompanyOf("a@sina.com")).hasValue(SINA);
    assertThat(DIRECTORY.findCompanyOf("SINA Weibo Fund")).hasValue(SINA);
    assertThat(DIRECTORY.findCompany("Weibo")).isEmpty();
  }

  @Test
  void anUnknownCompanyIsNotFound() {
    assertThatThrownBy(() -> DIRECTORY.getCompany("Weibo"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("company");
          assertThat(e.id()).isEqualTo("Weibo");
          assertThat(e.knownIds()).containsExactly("SINA", "Red Hat");
        })
        .hasMessage("Unknown company 'Weibo', expected one of SINA, Red Hat");
  }

  @Test
  void rowsAreFoundByEmployer() {
    RankedTable table = Ranking.of(TieMode.COMPETITION).rank(ContributionTable.builder()
        .release("folsom").project(ContributionTable.ALL_PROJECTS).metric(Metric.CHANGESETS)
        .addEntries(ContributionEntry.of("Rackspace", 806, new BigDecimal("25.9")),
            ContributionEntry.of("SINA", 147, new BigDecimal("4.7")))
        .build());
    assertThat(table.findRow("SINA").map(RankedRow::rank)).hasValue(2);
    assertThat(table.getRow("Rackspace").rank()).isEqualTo(1);
    assertThat(table.findRow("sina")).isEmpty();
    assertThatThrownBy(() -> table.getRow("HP"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("employer");
          assertThat(e.knownIds()).containsExactly("Rackspace", "SINA");
        })
        .hasMessage("Unknown employer 'HP', expected one of Rackspace, SINA");
  }

  @Test
  void aggregationMatchesReleaseAndProjectRegardlessOfCase() {
    ContributionAggregator aggregator = ContributionAggregator.of(DIRECTORY, CALENDAR);
    List<ContributionRecord> records = List.of(
        ContributionRecord.commit(LocalDate.of(2012, 6, 1), "a@sina.com", "nova", 10, 2),
        ContributionRecord.builder().date(LocalDate.of(2012, 6, 2)).author("b@redhat.com")
            .project("nova").reviews(3).build());
    ContributionTable table = aggregator.aggregate(records, "Folsom", "NOVA", Metric.CHANGESETS);
    assertThat(table.release()).isEqualTo("folsom");
    assertThat(table.project()).isEqualTo("nova");
    assertThat(table.entries()).containsExactly(
        ContributionEntry.of("SINA", 1, new BigDecimal("100.0")));
    assertThat(aggregator.aggregate(records, "folsom", "All", Metric.REVIEWS).entries())
        .containsExactly(ContributionEntry.of("Red Hat", 3, new BigDecimal("100.0")));
  }

  @Test
  void anUnknownReleaseToAggregateIsNotFound() {
    assertThatThrownBy(() -> ContributionAggregator.of(DIRECTORY, CALENDAR)
        .aggregate(List.of(), "havana", "all", Metric.CHANGESETS))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("release");
          assertThat(e.id()).isEqualTo("havana");
          assertThat(e.knownIds()).containsExactly("essex", "folsom");
        })
        .hasMessage("Release 'havana' is not in the release calendar");
  }
}
