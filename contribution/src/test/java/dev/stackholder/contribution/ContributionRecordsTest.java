package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.contribution.stackalytics.StackalyticsDefaultData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Source-neutral records through the one statistics engine, attributed by Stackalytics' companies
 * and placed in Stackalytics' releases (the path the retired ContributionAggregator took).
 */
class ContributionRecordsTest {
  private static final StackalyticsDefaultData STACKALYTICS =
      StackalyticsDefaultData.read(TestData.STACKALYTICS);

  /** The employers of {@link Generators#records()}' authors, worked out by hand. */
  private static final Map<String, String> EMPLOYERS =
      Map.of(
          "a@sina.com",
          "SINA",
          "b@sina.com",
          "SINA",
          "B@SINA.COM",
          "SINA",
          "c@redhat.com",
          "Red Hat",
          "d@linux.vnet.ibm.com",
          "IBM",
          "e@us.ibm.com",
          "IBM",
          "lemonlatte@gmail.com",
          "*independent",
          "SINA Weibo Fund",
          "*independent",
          "Independent Hacker",
          "*independent");

  private static final LocalDate FOLSOM_DAY = LocalDate.of(2012, 6, 1);
  private static final List<ContributionRecord> RECORDS =
      List.of(
          ContributionRecord.commit(FOLSOM_DAY, "a@sina.com", "nova", 100, 10),
          ContributionRecord.commit(FOLSOM_DAY, "b@sina.com", "nova", 5, 5),
          ContributionRecord.commit(FOLSOM_DAY, "c@redhat.com", "nova", 1, 0),
          ContributionRecord.commit(FOLSOM_DAY, "jenkins@openstack.org", "nova", 9000, 9000),
          ContributionRecord.commit(FOLSOM_DAY, "c@redhat.com", "swift", 1, 0),
          ContributionRecord.commit(LocalDate.of(2012, 10, 4), "c@redhat.com", "nova", 1, 0),
          ContributionRecord.commit(LocalDate.of(2012, 4, 4), "c@redhat.com", "nova", 1, 0));

  private static ContributionStatistics statistics(
      String release, AutomatedAccounts automated, List<ContributionRecord> records) {
    return ContributionStatistics.of(release, STACKALYTICS.directory())
        .automated(automated)
        .dates(STACKALYTICS.releases())
        .addRecords(records);
  }

  @Test
  void sumsFolsomNovaByEmployerWithTheBotInTheTotalOnly() {
    ContributionStatistics folsom = statistics("folsom", AutomatedAccounts.defaults(), RECORDS);
    // 4 commits in nova's total (the bot's included, as gitdm counts it): 2 of 4, 1 of 4
    assertThat(folsom.table("nova", Metric.CHANGESETS).entries())
        .containsExactly(
            ContributionEntry.of("SINA", 2, new BigDecimal("50.0")),
            ContributionEntry.of("Red Hat", 1, new BigDecimal("25.0")));
    assertThat(folsom.exclusions().outsideRelease()).isEqualTo(2);
    assertThat(folsom.exclusions().automated())
        .containsExactly(Map.entry("jenkins@openstack.org", 1L));
  }

  @Test
  void countsDistinctDevelopers() {
    assertThat(
            statistics("folsom", AutomatedAccounts.none(), RECORDS)
                .table("all", Metric.DEVELOPERS)
                .entries())
        .extracting(ContributionEntry::employer, ContributionEntry::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SINA", 2L),
            org.assertj.core.groups.Tuple.tuple("*independent", 1L),
            org.assertj.core.groups.Tuple.tuple("Red Hat", 1L));
  }

  @Test
  void agreesWithAPlainComputation() {
    qt().forAll(lists().of(Generators.records()).ofSizeBetween(1, 60), Generators.metrics())
        .checkAssert(
            (records, metric) -> {
              for (String release : List.of("essex", "folsom", "grizzly")) {
                ContributionStatistics statistics =
                    statistics(release, AutomatedAccounts.defaults(), records);
                if (!statistics.projects().contains("nova")) {
                  continue;
                }
                ContributionTable table = statistics.table("nova", metric);
                Map<String, Long> expected = plain(records, release, "nova", metric, false);
                Map<String, Long> actual = new HashMap<>();
                table.entries().forEach(e -> actual.put(e.employer(), e.value()));
                assertThat(actual).isEqualTo(expected);
                long total =
                    plain(records, release, "nova", metric, true).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                for (ContributionEntry entry : table.entries()) {
                  assertThat(entry.share()).isEqualTo(Shares.of(entry.value(), total));
                }
              }
            });
  }

  @Test
  void theResultDoesNotDependOnTheRecordsOrder() {
    qt().forAll(lists().of(Generators.records()).ofSizeBetween(1, 40), Generators.metrics())
        .checkAssert(
            (records, metric) -> {
              List<ContributionRecord> reversed = new java.util.ArrayList<>(records);
              java.util.Collections.reverse(reversed);
              ContributionTable forward =
                  statistics("folsom", AutomatedAccounts.defaults(), records).table("all", metric);
              ContributionTable backward =
                  statistics("folsom", AutomatedAccounts.defaults(), reversed).table("all", metric);
              assertThat(new HashSet<>(backward.entries()))
                  .isEqualTo(new HashSet<>(forward.entries()));
            });
  }

  /** Stackalytics' Essex, Folsom and Grizzly cycles, written out. */
  private static String release(LocalDate day) {
    if (day.isBefore(LocalDate.of(2011, 9, 22))) {
      return "diablo-or-earlier";
    } else if (day.isBefore(LocalDate.of(2012, 4, 5))) {
      return "essex";
    } else if (day.isBefore(LocalDate.of(2012, 10, 4))) {
      return "folsom";
    } else if (day.isBefore(LocalDate.of(2013, 4, 4))) {
      return "grizzly";
    }
    return "later";
  }

  private static Map<String, Long> plain(
      List<ContributionRecord> records,
      String release,
      String project,
      Metric metric,
      boolean withBot) {
    Map<String, Long> sums = new HashMap<>();
    Map<String, Set<String>> people = new HashMap<>();
    for (ContributionRecord record : records) {
      if (!record.project().equals(project) || !release(record.date()).equals(release)) {
        continue;
      }
      boolean bot = record.author().equals("jenkins@openstack.org");
      if (bot && !withBot) {
        continue;
      }
      String employer = bot ? "bot" : EMPLOYERS.get(record.author());
      people
          .computeIfAbsent(employer, k -> new HashSet<>())
          .add(record.author().toLowerCase(Locale.ROOT));
      sums.merge(employer, record.measure(metric), Long::sum);
    }
    if (metric == Metric.DEVELOPERS) {
      sums.clear();
      people.forEach((employer, authors) -> sums.put(employer, (long) authors.size()));
    }
    sums.values().removeIf(value -> value == 0);
    return sums;
  }
}
