package dev.stackholder.contribution.gitdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TestData;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GitdmParserTest {
  private static final GitdmReport FOLSOM_GIT =
      GitdmParser.parse(TestData.FOLSOM.resolve("git-stats.txt"));
  private static final String HEADER =
      "Processed 3 csets from 2 developers\n"
          + "2 employers found\n"
          + "A total of 10 lines added, 4 removed (delta 6)\n\n";
  private static final String GOOD =
      HEADER
          + "Top changeset contributors by employer\n"
          + "SINA                         2 (66.7%)\n"
          + "Cloudbase Solutions                 1 (33.3%)\n"
          + "Covers 100.000000% of changesets\n";

  private static GitdmReport parse(String fileName, String text) {
    return GitdmParser.parse("folsom", fileName, new StringReader(text));
  }

  @Test
  void readsTheCountsOfTheFolsomGitReport() {
    assertThat(FOLSOM_GIT.file()).isEqualTo("folsom/git-stats.txt");
    assertThat(FOLSOM_GIT.release()).isEqualTo("folsom");
    assertThat(FOLSOM_GIT.project()).isEqualTo("all");
    assertThat(FOLSOM_GIT.kind()).isEqualTo(GitdmReportKind.GIT);
    assertThat(FOLSOM_GIT.processed()).isEqualTo(3110);
    assertThat(FOLSOM_GIT.developers()).isEqualTo(291);
    assertThat(FOLSOM_GIT.employers()).isEqualTo(132);
    assertThat(FOLSOM_GIT.linesAdded()).hasValue(350_046L);
    assertThat(FOLSOM_GIT.linesRemoved()).hasValue(275_491L);
  }

  @Test
  void readsEveryTableOfTheFolsomGitReport() {
    assertThat(FOLSOM_GIT.tables())
        .extracting(GitdmTable::title)
        .containsExactly(
            "Developers with the most changesets", "Developers with the most changed lines",
            "Developers with the most lines removed", "Top changeset contributors by employer",
            "Top lines changed by employer", "Employers with the most hackers");
    GitdmTable hackers =
        FOLSOM_GIT.findTable(GitdmTable.Subject.EMPLOYER, Metric.DEVELOPERS).orElseThrow();
    assertThat(hackers.total()).hasValue(302L);
    assertThat(hackers.rows()).hasSize(20);
    assertThat(hackers.coverage()).isEqualTo(new BigDecimal("61.258278"));
    assertThat(hackers.rows().get(1))
        .isEqualTo(
            ImmutableGitdmRow.builder()
                .name("SINA")
                .value(18)
                .share(new BigDecimal("6.0"))
                .line(122)
                .build());
  }

  @Test
  void keepsOddSpacingAndUnicodeNames() {
    GitdmTable lines =
        FOLSOM_GIT.findTable(GitdmTable.Subject.EMPLOYER, Metric.LINES_CHANGED).orElseThrow();
    assertThat(lines.rows().get(18).name()).isEqualTo("Cloudbase Solutions");
    GitdmReport horizon = GitdmParser.parse(TestData.FOLSOM.resolve("horizon-git-stats.txt"));
    assertThat(
            horizon
                .findTable(GitdmTable.Subject.DEVELOPER, Metric.LINES_CHANGED)
                .orElseThrow()
                .rows()
                .get(19)
                .name())
        .isEqualTo("Ionuț Arțăriși");
  }

  @Test
  void readsLaunchpadAndGerritReports() {
    GitdmReport bugs = GitdmParser.parse(TestData.FOLSOM.resolve("nova-lp-stats.txt"));
    assertThat(bugs.kind()).isEqualTo(GitdmReportKind.LAUNCHPAD);
    assertThat(bugs.project()).isEqualTo("nova");
    assertThat(bugs.linesAdded()).isEmpty();
    GitdmReport reviews = GitdmParser.parse(TestData.FOLSOM.resolve("gerrit-stats.txt"));
    assertThat(reviews.processed()).isEqualTo(8536);
    assertThat(reviews.findTable(GitdmTable.Subject.EMPLOYER, Metric.REVIEWS).orElseThrow().total())
        .hasValue(8536L);
  }

  @Test
  void aReportRoundTripsThroughJson() {
    assertThat(StackholderJson.read(StackholderJson.write(FOLSOM_GIT), GitdmReport.class))
        .isEqualTo(FOLSOM_GIT);
  }

  @Test
  void parsesAMinimalReport() {
    GitdmReport report = parse("cinder-git-stats.txt", GOOD);
    assertThat(report.project()).isEqualTo("cinder");
    assertThat(report.findEmployerTable(Metric.CHANGESETS).orElseThrow().entries())
        .containsExactly(
            ContributionEntry.of("SINA", 2, new BigDecimal("66.7")),
            ContributionEntry.of("Cloudbase Solutions", 1, new BigDecimal("33.3")));
  }

  @Test
  void malformedRowNamesFileAndLine() {
    assertThatThrownBy(() -> parse("git-stats.txt", GOOD.replace("2 (66.7%)", "two (66.7%)")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/git-stats.txt:6: expected a row such as 'SINA   147 (4.7%)' or "
                + "'Covers N% of ...' in table 'Top changeset contributors by employer', found "
                + "'SINA                         two (66.7%)'");
  }

  @Test
  void shareAboveHundredNamesFileAndLine() {
    assertThatThrownBy(() -> parse("git-stats.txt", GOOD.replace("66.7%", "166.7%")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/git-stats.txt:6: GitdmRow share of 'SINA' is 166.7, expected a "
                + "percentage from 0 to 100");
  }

  @Test
  void unknownTitleNamesFileAndLine() {
    assertThatThrownBy(() -> parse("git-stats.txt", HEADER + "Top haters by employer\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/git-stats.txt:5: expected a table title such as 'Top changeset "
                + "contributors by employer', found 'Top haters by employer'");
  }

  @Test
  void tableOfAnotherReportKindIsRejected() {
    assertThatThrownBy(
            () ->
                parse(
                    "git-stats.txt", HEADER + "Top bugs fixed by employer\nCovers 1.0% of bugs\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/git-stats.txt:5: table 'Top bugs fixed by employer' does not belong "
                + "in a git report");
  }

  @Test
  void tableWithoutCoversLineIsRejected() {
    assertThatThrownBy(
            () -> parse("git-stats.txt", GOOD.replace("Covers 100.000000% of changesets\n", "")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/git-stats.txt:7: the file ends inside table 'Top changeset "
                + "contributors by employer' (line 5) before its 'Covers N% of ...' line");
  }

  @Test
  void repeatedTableIsRejected() {
    String twice = GOOD + "\n" + GOOD.substring(HEADER.length());
    assertThatThrownBy(() -> parse("git-stats.txt", twice))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/git-stats.txt:10: second table 'Top changeset contributors by employer'");
  }

  @Test
  void wrongHeaderNamesFileAndLine() {
    assertThatThrownBy(() -> parse("lp-stats.txt", GOOD))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/lp-stats.txt:1: a lp report counts bugs, found "
                + "'Processed 3 csets from 2 developers'");
    assertThatThrownBy(() -> parse("git-stats.txt", GOOD.replace("delta 6", "delta 7")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("folsom/git-stats.txt:3: delta 7 is not 10 - 4");
    assertThatThrownBy(() -> parse("git-stats.txt", "Processed 3 csets from 2 developers\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("folsom/git-stats.txt:2: the file ends where 'N employers found' was expected");
    assertThatThrownBy(() -> parse("git-stats.txt", "Hello\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/git-stats.txt:1: expected 'Processed N csets from M developers', "
                + "found 'Hello'");
  }

  @Test
  void badFileNameIsRejected() {
    assertThatThrownBy(() -> parse("nova-stats.txt", GOOD))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "folsom/nova-stats.txt: file name 'nova-stats.txt' is not a gitdm report name "
                + "such as 'git-stats.txt' or 'nova-lp-stats.txt'");
  }

  @Test
  void badReleaseNameIsNamed() {
    assertThatThrownBy(() -> GitdmParser.parse("Folsom", "git-stats.txt", new StringReader(GOOD)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Folsom/git-stats.txt: GitdmReport release 'Folsom' is not a lower-case name "
                + "such as 'folsom' or 'nova'");
  }

  @Test
  void missingFileIsNotFound() {
    java.nio.file.Path missing = TestData.FOLSOM.resolve("heat-git-stats.txt");
    assertThatThrownBy(() -> GitdmParser.parse(missing))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("file");
              assertThat(e.id()).isEqualTo(missing.toString());
            })
        .hasMessage("gitdm report " + missing + " does not exist");
  }
}
