package dev.stackholder.contribution.gitdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.AutomatedAccounts;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.NoSuchTableException;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TestData;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The gitdm reports the library ships ({@link GitdmReports#builtIn()}), and every Sina rank the
 * seed {@code 001_a04c4d2d8d6c4366.txt} (in adoption's test resources) states for Folsom: "147
 * patches ... ranking #4; ... 74 bugfix ... ranking #4; 11,787 lines ... ranking #8, and we have 18
 * stackers ... ranking #2" and "#6 in Nova, #3 in Quantum, #3 in Cinder, #6 in Glance, #3 in
 * Keystone and #11 in Horizon".
 */
class GitdmReportsTest {
  private static final GitdmReports REPORTS = GitdmReports.builtIn();
  private static final Ranking COMPETITION = Ranking.of(TieMode.COMPETITION);
  private static final Ranking ORDINAL = Ranking.of(TieMode.ORDINAL);

  private static RankedRow sina(Ranking ranking, String project, Metric metric) {
    return ranking.rank(REPORTS.table("folsom", project, metric)).getRow("SINA");
  }

  @Test
  void loadsEveryReportOfTheThreeReleases() {
    assertThat(REPORTS.size()).isEqualTo(69);
    assertThat(REPORTS.releases()).containsExactly("essex", "folsom", "grizzly");
    assertThat(REPORTS.projects("essex"))
        .containsExactly("all", "glance", "horizon", "keystone", "nova", "quantum", "swift");
    assertThat(REPORTS.projects("folsom"))
        .containsExactly(
            "all", "cinder", "glance", "horizon", "keystone", "nova", "quantum", "swift");
  }

  @Test
  void sinaFolsomChangesetsAre147Fourth() {
    assertThat(sina(COMPETITION, "all", Metric.CHANGESETS))
        .extracting(RankedRow::rank, RankedRow::employer, RankedRow::value, RankedRow::share)
        .containsExactly(4, "SINA", 147L, new java.math.BigDecimal("4.7"));
    assertThat(sina(ORDINAL, "all", Metric.CHANGESETS).rank()).isEqualTo(4);
  }

  @Test
  void sinaFolsomBugsFixedAre74Fourth() {
    assertThat(sina(COMPETITION, "all", Metric.BUGS_FIXED).value()).isEqualTo(74);
    assertThat(sina(COMPETITION, "all", Metric.BUGS_FIXED).rank()).isEqualTo(4);
    assertThat(sina(ORDINAL, "all", Metric.BUGS_FIXED).rank()).isEqualTo(4);
  }

  @Test
  void sinaFolsomLinesChangedAre11787EighthWithoutTheJenkinsBot() {
    assertThat(sina(COMPETITION, "all", Metric.LINES_CHANGED).value()).isEqualTo(11_787);
    assertThat(sina(COMPETITION, "all", Metric.LINES_CHANGED).rank()).isEqualTo(8);
    assertThat(sina(ORDINAL, "all", Metric.LINES_CHANGED).rank()).isEqualTo(8);
    assertThat(
            sina(
                    Ranking.of(TieMode.COMPETITION, AutomatedAccounts.none()::test),
                    "all",
                    Metric.LINES_CHANGED)
                .rank())
        .isEqualTo(9);
  }

  @Test
  void sinaFolsomDevelopersAre18SecondTiedWithHp() {
    RankedTable competition = COMPETITION.rank(REPORTS.table("folsom", "all", Metric.DEVELOPERS));
    assertThat(competition.getRow("SINA").value()).isEqualTo(18);
    assertThat(competition.getRow("SINA").rank()).isEqualTo(2);
    assertThat(competition.getRow("HP").rank()).isEqualTo(2);
    assertThat(competition.rows().get(3).rank()).isEqualTo(4);
    assertThat(sina(ORDINAL, "all", Metric.DEVELOPERS).rank()).isEqualTo(2);
  }

  @Test
  void sinaFolsomIsSixthInNova() {
    assertThat(sina(COMPETITION, "nova", Metric.CHANGESETS).rank()).isEqualTo(6);
    assertThat(sina(ORDINAL, "nova", Metric.CHANGESETS).rank()).isEqualTo(6);
  }

  @Test
  void sinaFolsomIsThirdInQuantum() {
    assertThat(sina(COMPETITION, "quantum", Metric.CHANGESETS).rank()).isEqualTo(3);
    assertThat(sina(ORDINAL, "quantum", Metric.CHANGESETS).rank()).isEqualTo(3);
  }

  @Test
  void sinaFolsomIsThirdInCinder() {
    assertThat(sina(COMPETITION, "cinder", Metric.CHANGESETS).rank()).isEqualTo(3);
    assertThat(sina(ORDINAL, "cinder", Metric.CHANGESETS).rank()).isEqualTo(3);
  }

  @Test
  void sinaFolsomIsSixthInGlance() {
    assertThat(sina(COMPETITION, "glance", Metric.CHANGESETS).rank()).isEqualTo(6);
    assertThat(sina(ORDINAL, "glance", Metric.CHANGESETS).rank()).isEqualTo(6);
  }

  @Test
  void sinaFolsomIsThirdInKeystone() {
    assertThat(sina(COMPETITION, "keystone", Metric.CHANGESETS).rank()).isEqualTo(3);
    assertThat(sina(ORDINAL, "keystone", Metric.CHANGESETS).rank()).isEqualTo(3);
  }

  @Test
  void sinaFolsomIsEleventhInHorizonByPositionAndTenthByCompetition() {
    assertThat(sina(ORDINAL, "horizon", Metric.CHANGESETS).rank()).isEqualTo(11);
    assertThat(sina(COMPETITION, "horizon", Metric.CHANGESETS).rank()).isEqualTo(10);
    RankedTable competition =
        COMPETITION.rank(REPORTS.table("folsom", "horizon", Metric.CHANGESETS));
    assertThat(competition.rows().subList(9, 14))
        .extracting(RankedRow::employer, RankedRow::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lemonlatte@gmail.com", 10),
            org.assertj.core.groups.Tuple.tuple("SINA", 10),
            org.assertj.core.groups.Tuple.tuple("Intel", 10),
            org.assertj.core.groups.Tuple.tuple("emmasteimann@gmail.com", 10),
            org.assertj.core.groups.Tuple.tuple("julie.pichon@gmail.com", 14));
  }

  @Test
  void tablesCarryTheirReportAsSource() {
    ContributionTable table = REPORTS.table("folsom", "all", Metric.REVIEWS);
    assertThat(table.sources()).hasSize(1);
    assertThat(table.sources().get(0).document()).isEqualTo("folsom/gerrit-stats.txt");
    assertThat(table.entries().get(0))
        .isEqualTo(ContributionEntry.of("Rackspace", 3269, new java.math.BigDecimal("38.3")));
  }

  @Test
  void linesRemovedByEmployerIsNotInGitdm() {
    assertThatThrownBy(() -> REPORTS.table("folsom", "all", Metric.LINES_REMOVED))
        .isInstanceOf(NoSuchTableException.class)
        .hasMessage(
            "gitdm report folsom/git-stats.txt has no table of lines-removed by employer "
                + "(it lists lines-removed by developer only)");
  }

  @Test
  void unknownReleaseAndProjectAreNamed() {
    assertThatThrownBy(() -> REPORTS.table("havana", "all", Metric.CHANGESETS))
        .isInstanceOf(NoSuchTableException.class)
        .hasMessage("No gitdm reports for release 'havana'; releases: essex, folsom, grizzly");
    assertThatThrownBy(() -> REPORTS.table("essex", "cinder", Metric.BUGS_FIXED))
        .isInstanceOf(NoSuchTableException.class)
        .hasMessage(
            "No gitdm lp report for project 'cinder' of essex; projects: all, glance, "
                + "horizon, keystone, nova, quantum, swift");
  }

  @Test
  void missingDirectoryIsNotFound() {
    Path missing = TestData.GITDM.resolve("no-such-dir");
    assertThatThrownBy(() -> GitdmReports.load(missing))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("directory");
              assertThat(e.id()).isEqualTo(missing.toString());
            })
        .hasMessage("gitdm directory " + missing + " does not exist");
  }

  @Test
  void twoReportsForTheSameFileAreRejected() {
    GitdmReport report = REPORTS.findReport("folsom", "nova", GitdmReportKind.GIT).orElseThrow();
    assertThatThrownBy(() -> GitdmReports.of(java.util.List.of(report, report)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Two gitdm reports for the same release, project and kind: ");
  }
}
