package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.contribution.gitdm.GitdmReportKind;
import dev.stackholder.contribution.gitdm.GitdmReports;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttributionReportTest {
  private static AffiliationDirectory directory;
  private static ContributionStatistics folsom;

  @BeforeAll
  static void read() {
    directory = GitFolsom.config().directory();
    folsom = GitFolsom.statistics(directory, AutomatedAccounts.none());
  }

  private static long byKind(AttributionReport report, Affiliation.Kind kind) {
    return report.commitsByRule().entrySet().stream()
        .filter(e -> e.getKey().kind() == kind)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  @Test
  void countsCommitsPerRuleAndUnknownAuthors() {
    AttributionReport report = folsom.attributionReport("all");
    // The data's README: 1,544 + 243 commits through a domain, 1,143 + 35 through an address,
    // 142 + 3 to unmapped addresses.
    assertThat(byKind(report, Affiliation.Kind.DOMAIN)).isEqualTo(1544 + 243);
    assertThat(byKind(report, Affiliation.Kind.ADDRESS)).isEqualTo(1143 + 35);
    assertThat(report.unknownAuthors().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(142 + 3);
    assertThat(report.unknownAuthors()).containsEntry("jenkins@openstack.org", 3L);
    // every unknown author is its own employer row, with its commits
    ContributionTable changesets = folsom.table("all", Metric.CHANGESETS);
    report
        .unknownAuthors()
        .forEach(
            (address, commits) ->
                assertThat(changesets.entries())
                    .filteredOn(e -> e.employer().equals(address))
                    .singleElement()
                    .extracting(ContributionEntry::value)
                    .isEqualTo(commits));
  }

  @Test
  void findsDevelopersWhoChangedEmployerInsideTheRelease() {
    AttributionReport report = folsom.attributionReport("all");
    assertThat(report.employerChanges()).isNotEmpty();
    // The Rackspace-to-Nebula moves of 2012-07-20 written in email-map and domain-map
    assertThat(report.employerChanges())
        .anySatisfy(
            change -> {
              assertThat(change.spans())
                  .extracting(AttributionReport.Span::employer)
                  .containsSubsequence("Rackspace", "Nebula");
              assertThat(change.spans().get(0).last()).isBefore(LocalDate.of(2012, 7, 20));
            });
    long developers =
        folsom.table("all", Metric.DEVELOPERS).entries().stream()
            .mapToLong(ContributionEntry::value)
            .sum();
    long extra = report.employerChanges().stream().mapToLong(c -> c.spans().size() - 1).sum();
    // gitdm's hackers total counts a developer once per employer
    assertThat(developers).isEqualTo(folsom.summary("all").developers() + extra);
  }

  @Test
  void overrideReranksAndShowsTheDelta() {
    AttributionReport report = folsom.attributionReport("all");
    Map.Entry<String, Long> unknown =
        report.unknownAuthors().entrySet().stream()
            .filter(e -> !e.getKey().equals("jenkins@openstack.org"))
            .max(Map.Entry.comparingByValue())
            .orElseThrow();
    Affiliation fix =
        Affiliation.builder()
            .kind(Affiliation.Kind.ADDRESS)
            .key(unknown.getKey())
            .organization("SINA")
            .origin("user correction")
            .build();
    ContributionStatistics corrected =
        GitFolsom.statistics(directory.withOverride(fix), AutomatedAccounts.none());
    RankingChange change =
        RankingChange.between(
            folsom.rank("all", Metric.CHANGESETS, TieMode.COMPETITION),
            corrected.rank("all", Metric.CHANGESETS, TieMode.COMPETITION));
    assertThat(change.getRow("SINA").valueDelta()).hasValue(unknown.getValue());
    assertThat(change.getRow(unknown.getKey()).after()).isEmpty();
    // gone from the later table: absent there, so no delta is made up against a zero
    assertThat(change.getRow(unknown.getKey()).valueDelta()).isEmpty();
    assertThat(change.getRow(unknown.getKey()).shareDelta()).isEmpty();
    // the change, both tables and their provenance, round-trips through JSON
    String json = dev.stackholder.core.json.StackholderJson.write(change);
    assertThat(dev.stackholder.core.json.StackholderJson.read(json, RankingChange.class))
        .isEqualTo(change);
    assertThat(json).contains("\"valueDelta\":" + unknown.getValue());
    assertThat(corrected.attributionReport("all").commitsByRule())
        .containsEntry(fix, unknown.getValue());
  }

  @Test
  void releaseOverRelease() {
    GitdmReports reports = GitdmReports.builtIn();
    Ranking ranking = Ranking.of(TieMode.COMPETITION);
    RankedTable essex = ranking.rank(reports.table("essex", "all", Metric.CHANGESETS));
    RankedTable folsomTable = ranking.rank(reports.table("folsom", "all", Metric.CHANGESETS));
    RankingChange change = RankingChange.between(essex, folsomTable);
    for (RankingChange.Row row : change.rows()) {
      if (row.before().isPresent() && row.after().isPresent()) {
        assertThat(row.rankDelta().getAsInt())
            .isEqualTo(row.before().get().rank() - row.after().get().rank());
        assertThat(row.shareDelta().orElseThrow())
            .isEqualByComparingTo(row.after().get().share().subtract(row.before().get().share()));
      } else {
        // not in one of gitdm's top-20 lists: unknown there, not zero
        assertThat(row.rankDelta()).isEmpty();
        assertThat(row.valueDelta()).isEmpty();
      }
    }
    assertThat(change.rows()).hasSizeGreaterThanOrEqualTo(folsomTable.rows().size());
    assertThat(reports.findReport("essex", "all", GitdmReportKind.GIT)).isPresent();
  }
}
