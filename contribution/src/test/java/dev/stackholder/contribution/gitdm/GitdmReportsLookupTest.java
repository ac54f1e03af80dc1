package dev.stackholder.contribution.gitdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.NoSuchTableException;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TestData;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The bundled reports, the find/get lookups and their NotFoundException ids. */
class GitdmReportsLookupTest {
  private static final GitdmReports BUILT_IN = GitdmReports.builtIn();

  @Test
  void builtInIsReadOnceAndSharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<GitdmReports>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(GitdmReports::builtIn));
      }
      for (Future<GitdmReports> answer : answers) {
        assertThat(answer.get()).isSameAs(BUILT_IN);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void builtInHoldsWhatLoadingTheShippedFolderReads() {
    assertThat(BUILT_IN.size()).isEqualTo(69);
    assertThat(GitdmReports.load(TestData.GITDM).reports()).isEqualTo(BUILT_IN.reports());
  }

  @Test
  void builtInRanksSinaFolsomChangesetsFourth() {
    ContributionTable all = BUILT_IN.table("folsom", "all", Metric.CHANGESETS);
    assertThat(Ranking.of(TieMode.COMPETITION).rank(all).getRow("SINA").rank()).isEqualTo(4);
    assertThat(Ranking.of(TieMode.ORDINAL).rank(all).getRow("SINA").rank()).isEqualTo(4);
    ContributionTable horizon = BUILT_IN.table("folsom", "horizon", Metric.CHANGESETS);
    assertThat(Ranking.of(TieMode.ORDINAL).rank(horizon).getRow("SINA").rank()).isEqualTo(11);
    assertThat(Ranking.of(TieMode.COMPETITION).rank(horizon).getRow("SINA").rank()).isEqualTo(10);
  }

  @Test
  void releaseAndProjectMatchRegardlessOfCase() {
    assertThat(BUILT_IN.table("Folsom", "HORIZON", Metric.CHANGESETS))
        .isEqualTo(BUILT_IN.table("folsom", "horizon", Metric.CHANGESETS));
    assertThat(BUILT_IN.table("FOLSOM", "All", Metric.REVIEWS).release()).isEqualTo("folsom");
    assertThat(BUILT_IN.projects("Essex")).isEqualTo(BUILT_IN.projects("essex"));
    assertThat(BUILT_IN.findReport("Grizzly", "Nova", GitdmReportKind.LAUNCHPAD)).isPresent();
  }

  @Test
  void findReportIsEmptyAndGetReportNamesTheFile() {
    assertThat(BUILT_IN.findReport("folsom", "heat", GitdmReportKind.GIT)).isEmpty();
    assertThat(BUILT_IN.getReport("folsom", "nova", GitdmReportKind.GIT).file())
        .isEqualTo("folsom/nova-git-stats.txt");
    assertThatThrownBy(() -> BUILT_IN.getReport("folsom", "heat", GitdmReportKind.GIT))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("gitdm report");
              assertThat(e.id()).isEqualTo("folsom/heat-git-stats.txt");
              assertThat(e.knownIds()).hasSize(69).contains("folsom/nova-git-stats.txt");
            })
        .hasMessageStartingWith(
            "Unknown gitdm report 'folsom/heat-git-stats.txt', expected one of "
                + "essex/gerrit-stats.txt, essex/git-stats.txt, ");
  }

  @Test
  void missingTablesAreNotFoundWithTheirIds() {
    assertThatThrownBy(() -> BUILT_IN.table("havana", "all", Metric.CHANGESETS))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e).isInstanceOf(NoSuchTableException.class);
              assertThat(e.kind()).isEqualTo("release");
              assertThat(e.id()).isEqualTo("havana");
              assertThat(e.knownIds()).containsExactly("essex", "folsom", "grizzly");
            });
    assertThatThrownBy(() -> BUILT_IN.table("essex", "cinder", Metric.BUGS_FIXED))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("project");
              assertThat(e.id()).isEqualTo("cinder");
              assertThat(e.knownIds())
                  .containsExactly(
                      "all", "glance", "horizon", "keystone", "nova", "quantum", "swift");
            });
    assertThatThrownBy(() -> BUILT_IN.table("folsom", "all", Metric.LINES_REMOVED))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("table");
              assertThat(e.id()).isEqualTo("folsom/all/lines-removed");
              assertThat(e.knownIds())
                  .containsExactly(
                      "folsom/all/changesets", "folsom/all/lines-changed", "folsom/all/developers");
            });
  }

  @Test
  void everyMetricHasAReportKindAndAMissingTableIsNotFound() {
    for (Metric metric : Metric.values()) {
      GitdmReportKind kind = GitdmReportKind.of(metric);
      assertThat(kind.metrics()).contains(metric);
      try {
        assertThat(BUILT_IN.table("folsom", "all", metric).metric()).isEqualTo(metric);
      } catch (NotFoundException e) {
        assertThat(e.kind()).as(metric.id()).isEqualTo("table");
      }
    }
    assertThatThrownBy(() -> BUILT_IN.table("folsom", "nova", Metric.LINES_ADDED))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("has no table of lines-added by employer");
  }

  @Test
  void reportTablesAreFoundBySubjectAndMetric() {
    GitdmReport git = BUILT_IN.getReport("folsom", "all", GitdmReportKind.GIT);
    assertThat(git.findTable(GitdmTable.Subject.DEVELOPER, Metric.LINES_REMOVED)).isPresent();
    assertThat(git.findTable(GitdmTable.Subject.EMPLOYER, Metric.LINES_REMOVED)).isEmpty();
    assertThat(git.findEmployerTable(Metric.LINES_REMOVED)).isEmpty();
    assertThat(git.findEmployerTable(Metric.CHANGESETS)).isPresent();
  }

  @Test
  void reportKindsHaveIds() {
    assertThat(GitdmReportKind.values())
        .extracting(GitdmReportKind::id)
        .containsExactly("git", "lp", "gerrit");
    for (GitdmReportKind kind : GitdmReportKind.values()) {
      assertThat(GitdmReportKind.fromId(kind.id())).isSameAs(kind);
      assertThat(StackholderJson.read(StackholderJson.write(kind), GitdmReportKind.class))
          .isSameAs(kind);
    }
    assertThat(StackholderJson.write(GitdmReportKind.LAUNCHPAD)).isEqualTo("\"lp\"");
    assertThatThrownBy(() -> GitdmReportKind.fromId("launchpad"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Unknown gitdm report kind 'launchpad', expected one of git, lp, gerrit");
    assertThat(GitdmReportKind.LAUNCHPAD.fileName("nova")).isEqualTo("nova-lp-stats.txt");
    assertThat(GitdmReportKind.GIT.fileName(ContributionTable.ALL_PROJECTS))
        .isEqualTo("git-stats.txt");
  }
}
