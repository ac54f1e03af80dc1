package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.contribution.gitdm.GitdmParser;
import dev.stackholder.contribution.gitdm.GitdmReport;
import dev.stackholder.contribution.gitdm.GitdmReports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's employer tables from raw Folsom history equal gitdm's, value for value and rank for
 * rank: against gitdm's own full output on the same files (every row) and against the published
 * reports (every row not labelled by an address, which the pseudonymization changed).
 */
class GitdmExactnessTest {
  private static final Metric[] GITDM_METRICS = {
    Metric.CHANGESETS, Metric.LINES_CHANGED, Metric.DEVELOPERS
  };
  private static ContributionStatistics asGitdm;
  private static ContributionStatistics byDefault;

  @BeforeAll
  static void read() {
    AffiliationDirectory directory = GitFolsom.config().directory();
    asGitdm = GitFolsom.statistics(directory, AutomatedAccounts.none());
    byDefault = GitFolsom.statistics(directory, AutomatedAccounts.defaults());
  }

  private static GitdmReport expected(String project) {
    String file = project.equals("all") ? "git-stats.txt" : project + "-git-stats.txt";
    return GitdmParser.parse(GitFolsom.EXPECTED.resolve(file));
  }

  private static Map<String, Long> values(ContributionTable table) {
    Map<String, Long> values = new HashMap<>();
    table.entries().forEach(entry -> values.put(entry.employer(), entry.value()));
    return values;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"all", "nova", "glance", "swift", "keystone", "horizon", "quantum", "cinder"})
  void everyEmployerRowEqualsGitdmsOutput(String project) {
    GitdmReport gitdm = expected(project);
    for (Metric metric : GITDM_METRICS) {
      ContributionTable theirs = gitdm.findEmployerTable(metric).orElseThrow();
      ContributionTable ours = asGitdm.table(project, metric);
      assertThat(values(ours)).as("%s %s", project, metric).isEqualTo(values(theirs));
      RankedTable ranked = asGitdm.rank(project, metric, TieMode.COMPETITION);
      for (ContributionEntry row : theirs.entries()) {
        long better = theirs.entries().stream().filter(e -> e.value() > row.value()).count();
        RankedRow mine =
            ranked
                .findRow(row.employer())
                .orElseGet(
                    () ->
                        Ranking.of(TieMode.COMPETITION, AutomatedAccounts.none()::test)
                            .rank(ours)
                            .getRow(row.employer()));
        assertThat(mine.rank())
            .as("%s %s %s", project, metric, row.employer())
            .isEqualTo(better + 1);
        assertThat(mine.share())
            .as("%s %s %s share", project, metric, row.employer())
            .isEqualByComparingTo(row.share());
      }
    }
    ContributionStatistics.Summary summary = asGitdm.summary(project);
    assertThat(summary.changesets()).isEqualTo(gitdm.processed());
    assertThat(summary.developers()).isEqualTo(gitdm.developers());
    assertThat(summary.employers()).isEqualTo(gitdm.employers());
    assertThat(summary.linesAdded()).isEqualTo(gitdm.linesAdded().orElseThrow());
    assertThat(summary.linesRemoved()).isEqualTo(gitdm.linesRemoved().orElseThrow());
    long added = 0;
    long removed = 0;
    for (ContributionEntry entry : asGitdm.table(project, Metric.LINES_ADDED).entries()) {
      added += entry.value();
    }
    for (ContributionEntry entry : asGitdm.table(project, Metric.LINES_REMOVED).entries()) {
      removed += entry.value();
    }
    assertThat(added).isEqualTo(gitdm.linesAdded().orElseThrow());
    assertThat(removed).isEqualTo(gitdm.linesRemoved().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"all", "nova", "glance", "swift", "keystone", "horizon", "quantum", "cinder"})
  void publishedRowsDifferOnlyWhereTheyWereEditedByHand(String project) {
    GitdmReport published =
        GitdmReports.builtIn()
            .getReport("folsom", project, dev.stackholder.contribution.gitdm.GitdmReportKind.GIT);
    List<String> differences = new ArrayList<>();
    for (Metric metric : GITDM_METRICS) {
      ContributionTable theirs = published.findEmployerTable(metric).orElseThrow();
      Map<String, Long> ours = values(asGitdm.table(project, metric));
      RankedTable ranked =
          Ranking.of(TieMode.COMPETITION, AutomatedAccounts.none()::test)
              .rank(asGitdm.table(project, metric));
      for (ContributionEntry row : theirs.entries()) {
        if (row.employer().contains("@")) {
          continue; // labelled by a real address, pseudonymized in the history
        }
        if (!Long.valueOf(row.value()).equals(ours.get(row.employer()))) {
          differences.add(metric + " " + row.employer() + " " + row.value());
          continue;
        }
        long better = ours.values().stream().filter(v -> v > row.value()).count();
        assertThat(ranked.getRow(row.employer()).rank()).isEqualTo(better + 1);
      }
    }
    List<String> handEdited =
        switch (project) {
          case "all" -> List.of("lines-changed Cloudbase Solutions 3095");
          case "nova" -> List.of("lines-changed Cloudbase Solutions 3094");
          case "glance" -> List.of("changesets Cloudbase Solutions 1");
          default -> List.of();
        };
    assertThat(differences).isEqualTo(handEdited);
    for (String edit : handEdited) {
      String[] words = edit.split(" ");
      assertThat(asGitdm.table(project, Metric.fromId(words[0])).entries())
          .contains(
              ContributionEntry.of(
                  "Microsoft",
                  Long.parseLong(words[3]),
                  asGitdm.table(project, Metric.fromId(words[0])).entries().stream()
                      .filter(e -> e.employer().equals("Microsoft"))
                      .findFirst()
                      .orElseThrow()
                      .share()));
    }
  }

  @Test
  void sinaFromRawHistory() {
    RankedRow changesets =
        byDefault.rank("all", Metric.CHANGESETS, TieMode.COMPETITION).getRow("SINA");
    RankedRow lines =
        byDefault.rank("all", Metric.LINES_CHANGED, TieMode.COMPETITION).getRow("SINA");
    RankedRow developers =
        byDefault.rank("all", Metric.DEVELOPERS, TieMode.COMPETITION).getRow("SINA");
    assertThat(
            List.of(
                changesets.value(),
                changesets.rank(),
                lines.value(),
                lines.rank(),
                developers.value(),
                developers.rank()))
        .containsExactly(147L, 4, 11_787L, 8, 18L, 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"all", "nova", "keystone"})
  void leavingTheBotOutChangesNoOtherShare(String project) {
    for (Metric metric : GITDM_METRICS) {
      Map<String, java.math.BigDecimal> gitdm = new HashMap<>();
      asGitdm.table(project, metric).entries().forEach(e -> gitdm.put(e.employer(), e.share()));
      List<ContributionEntry> rows = byDefault.table(project, metric).entries();
      assertThat(rows).isNotEmpty();
      for (ContributionEntry row : rows) {
        assertThat(row.share())
            .as("%s %s %s", project, metric, row.employer())
            .isEqualTo(gitdm.get(row.employer()));
      }
    }
  }

  @Test
  void sharesRoundAsGitdmPrintsThem() {
    // gitdm prints '%.1f' of the double: 6.25 exactly, half to even, is 6.2 (not 6.3)
    assertThat(Shares.of(13, 208)).isEqualByComparingTo("6.2");
    assertThat(Shares.of(3, 8)).isEqualByComparingTo("37.5");
    assertThat(Shares.of(1, 3)).isEqualByComparingTo("33.3");
    // 0.35 is not exact in binary (0.34999...), so 7 of 2000 prints 0.3
    assertThat(Shares.of(7, 2000)).isEqualByComparingTo("0.3");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Shares.of(3, 2))
        .isInstanceOf(dev.stackholder.core.InvalidDataException.class)
        .hasMessageContaining("3");
  }

  @Test
  void theBotIsLeftOutAndReported() {
    ExclusionReport exclusions = byDefault.exclusions();
    assertThat(exclusions.automated()).containsExactly(Map.entry("jenkins@openstack.org", 3L));
    assertThat(exclusions.merges()).isZero();
    assertThat(asGitdm.summary("all").changesets() - byDefault.summary("all").changesets())
        .isEqualTo(3);
    long withBot =
        asGitdm.table("all", Metric.LINES_CHANGED).entries().stream()
            .mapToLong(ContributionEntry::value)
            .sum();
    long without =
        byDefault.table("all", Metric.LINES_CHANGED).entries().stream()
            .mapToLong(ContributionEntry::value)
            .sum();
    assertThat(withBot - without).isEqualTo(33_157);
  }
}
