package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.git.FileChange;
import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.Trailer;
import dev.stackholder.contribution.gitdm.GitdmConfig;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionStatisticsTest {
  private static final AffiliationDirectory DIRECTORY =
      AffiliationDirectory.of(
          AttributionPolicy.GITDM,
          Map.of(),
          List.of(
              Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat"),
              Affiliation.of(Affiliation.Kind.DOMAIN, "sina.com", "SINA")));

  private static GitCommit commit(
      String id,
      String name,
      String address,
      int day,
      int added,
      int removed,
      List<String> parents,
      List<Trailer> trailers) {
    return GitCommit.of(
        id,
        parents,
        name,
        address,
        OffsetDateTime.of(2012, 6, day, 12, 0, 0, 0, ZoneOffset.UTC),
        List.of(FileChange.of(added, removed, "f.py"), FileChange.binary("i.png")),
        trailers);
  }

  @Test
  void countsGitdmsMetricsAndReportsWhatItLeftOut() {
    ContributionStatistics statistics =
        ContributionStatistics.of("folsom", DIRECTORY)
            .range(RevisionRange.of("folsom", "nova", "a..b", List.of("dead")));
    statistics.addAll(
        "nova",
        List.of(
            commit("aaaa1", "Ann", "ann@redhat.com", 1, 100, 10, List.of(), List.of()),
            commit("aaaa2", "Ann", "ann@gmail.com", 2, 5, 50, List.of(), List.of()),
            commit(
                "aaaa3",
                "Bob",
                "bob@sina.com",
                3,
                1,
                1,
                List.of(),
                List.of(Trailer.of("Co-authored-by", "Cy", "cy@sina.com"))),
            commit("dead1", "Bob", "bob@sina.com", 4, 1, 1, List.of(), List.of()),
            commit("aaaa4", "Bob", "bob@sina.com", 5, 1, 1, List.of("p1", "p2"), List.of()),
            commit(
                "aaaa5",
                "OpenStack Jenkins",
                "jenkins@openstack.org",
                6,
                9,
                9,
                List.of(),
                List.of())));
    assertThat(statistics.table("nova", Metric.LINES_CHANGED).entries())
        .extracting(ContributionEntry::employer, ContributionEntry::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Red Hat", 100L),
            org.assertj.core.groups.Tuple.tuple("ann@gmail.com", 50L),
            org.assertj.core.groups.Tuple.tuple("SINA", 1L));
    assertThat(statistics.table("all", Metric.LINES_ADDED).entries())
        .extracting(ContributionEntry::value)
        .containsExactly(100L, 5L, 1L);
    // Ann's two addresses are one developer (same name), counted once per employer
    assertThat(statistics.summary("nova").developers()).isEqualTo(2);
    assertThat(statistics.table("nova", Metric.DEVELOPERS).entries())
        .extracting(ContributionEntry::value)
        .containsExactly(1L, 1L, 1L);
    ExclusionReport left = statistics.exclusions();
    assertThat(left.merges()).isEqualTo(1);
    assertThat(left.outsideRelease()).isEqualTo(1);
    assertThat(left.automated()).containsExactly(Map.entry("jenkins@openstack.org", 1L));
    assertThat(statistics.attributionReport("nova").unknownAuthors())
        .containsExactly(Map.entry("ann@gmail.com", 1L));
    assertThat(statistics.attributionReport("nova").employerChanges())
        .singleElement()
        .satisfies(change -> assertThat(change.developer()).isEqualTo("Ann"));
  }

  @Test
  void findsAReleaseByDateWhenNoRangeIsGiven() {
    ContributionStatistics statistics =
        ContributionStatistics.of("folsom", DIRECTORY)
            .dates(LocalDate.of(2012, 6, 2), LocalDate.of(2012, 6, 4));
    for (int day = 1; day <= 5; day++) {
      statistics.add(
          "nova", commit("c" + day, "Ann", "ann@redhat.com", day, 1, 0, List.of(), List.of()));
    }
    assertThat(statistics.summary("nova").changesets()).isEqualTo(2);
    assertThat(statistics.exclusions().outsideRelease()).isEqualTo(3);
  }

  @Test
  void refusesWhatGitHistoryDoesNotHave() {
    ContributionStatistics statistics = ContributionStatistics.of("folsom", DIRECTORY);
    statistics.add("nova", commit("c1", "Ann", "ann@redhat.com", 1, 1, 0, List.of(), List.of()));
    // git history counts no reviews: the table is there, with no rows
    assertThat(statistics.table("nova", Metric.REVIEWS).entries()).isEmpty();
    assertThatThrownBy(() -> statistics.table("swift", Metric.CHANGESETS))
        .isInstanceOf(NoSuchTableException.class);
  }

  @Test
  void theFolsomRangesExcludeNothingMoreFromTheCutNovaLog() {
    ContributionStatistics statistics =
        ContributionStatistics.of("folsom", GitFolsom.config().directory());
    GitdmConfig.readRanges(GitFolsom.CONFIG.resolve("openstack-config/folsom"), "folsom")
        .forEach(statistics::range);
    statistics.addLog(GitFolsom.log("nova"));
    assertThat(statistics.exclusions().outsideRelease()).isZero();
    assertThat(statistics.summary("nova").changesets()).isEqualTo(1548 - 3);
  }
}
