package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.contribution.gitdm.GitdmParser;
import dev.stackholder.contribution.gitdm.GitdmReport;
import dev.stackholder.contribution.gitdm.GitdmReportKind;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.contribution.releases.SeriesStatus;
import dev.stackholder.contribution.stackalytics.StackalyticsDefaultData;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * API hygiene of contribution: no public method accepts null, value types are equal by value, and 8
 * threads sharing the built-in reports, the readers and the calculators get what one thread gets.
 */
class ApiHygieneTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2012, 9, 27))
        .setDefault(String.class, "folsom")
        .setDefault(Path.class, TestData.FOLSOM.resolve("git-stats.txt"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Metric.class, Metric.CHANGESETS)
        .setDefault(GitdmReportKind.class, GitdmReportKind.GIT)
        .setDefault(TieMode.class, TieMode.COMPETITION)
        .setDefault(Release.class, Release.of("folsom", LocalDate.of(2012, 9, 27)))
        .setDefault(
            ReleaseCalendar.class,
            ReleaseCalendar.of(List.of(Release.of("folsom", LocalDate.of(2012, 9, 27)))))
        .setDefault(
            ContributionTable.class,
            GitdmReports.builtIn().table("folsom", "nova", Metric.CHANGESETS));
  }

  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            AutomatedAccounts.class,
            Shares.class,
            ContributionEntry.class,
            ContributionRecord.class,
            Metric.class,
            Ranking.class,
            Release.class,
            ReleaseCalendar.class,
            ReleaseSeries.class,
            TieMode.class,
            GitdmParser.class,
            GitdmReports.class,
            GitdmReportKind.class,
            SeriesStatus.class,
            StackalyticsDefaultData.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    GitdmReports reports = GitdmReports.builtIn();
    tester.testAllPublicInstanceMethods(reports);
    tester.testAllPublicInstanceMethods(reports.table("folsom", "nova", Metric.CHANGESETS));
    tester.testAllPublicInstanceMethods(Ranking.of(TieMode.COMPETITION));
  }

  @Test
  void valueTypesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Release.of("folsom", LocalDate.of(2012, 9, 27)),
            Release.of("folsom", LocalDate.of(2012, 9, 27)))
        .addEqualityGroup(Release.of("folsom", LocalDate.of(2012, 9, 28)))
        .addEqualityGroup(
            ContributionEntry.of("SINA", 3, new BigDecimal("4.7")),
            ContributionEntry.of("SINA", 3, new BigDecimal("4.7")))
        .addEqualityGroup(
            ContributionRecord.commit(LocalDate.of(2012, 6, 1), "a@sina.com", "nova", 1, 2),
            ContributionRecord.commit(LocalDate.of(2012, 6, 1), "a@sina.com", "nova", 1, 2))
        .testEquals();
  }

  @Test
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    List<String> alone = work();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(ApiHygieneTest::work));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> work() {
    List<String> out = new ArrayList<>();
    GitdmReports reports = GitdmReports.builtIn();
    for (int round = 0; round < 5; round++) {
      for (GitdmReport report : reports.reports()) {
        report
            .findEmployerTable(Metric.CHANGESETS)
            .ifPresent(
                table ->
                    out.add(StackholderJson.write(Ranking.of(TieMode.COMPETITION).rank(table))));
      }
      out.add(SeriesStatus.read(TestData.SERIES_STATUS).toString());
      out.add(String.valueOf(GitdmParser.parse(TestData.FOLSOM.resolve("git-stats.txt"))));
    }
    return out;
  }
}
