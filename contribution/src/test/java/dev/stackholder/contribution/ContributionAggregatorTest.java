package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.contribution.stackalytics.StackalyticsData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContributionAggregatorTest {
  private static final StackalyticsData STACKALYTICS = StackalyticsData.read(TestData.STACKALYTICS);
  private static final ContributionAggregator AGGREGATOR =
      ContributionAggregator.of(STACKALYTICS.companies(), STACKALYTICS.releases());
  /** The employers of {@link Generators#records()}' authors, worked out by hand. */
  private static final Map<String, String> EMPLOYERS = Map.of("a@sina.com", "SINA",
      "b@sina.com", "SINA", "B@SINA.COM", "SINA", "c@redhat.com", "Red Hat",
      "d@linux.vnet.ibm.com", "IBM", "e@us.ibm.com", "IBM",
      "lemonlatte@gmail.com", "lemonlatte@gmail.com", "SINA Weibo Fund", "SINA",
      "Independent Hacker", "Independent Hacker");
  private static final LocalDate FOLSOM_DAY = LocalDate.of(2012, 6, 1);
  private static final List<ContributionRecord> RECORDS = List.of(
      ContributionRecord.commit(FOLSOM_DAY, "a@sina.com", "nova", 100, 10),
      ContributionRecord.commit(FOLSOM_DAY, "b@sina.com", "nova", 5, 5),
      ContributionRecord.commit(FOLSOM_DAY, "c@redhat.com", "nova", 1, 0),
      ContributionRecord.commit(FOLSOM_DAY, "jenkins@openstack.org", "nova", 9000, 9000),
      ContributionRecord.commit(FOLSOM_DAY, "c@redhat.com", "swift", 1, 0),
      ContributionRecord.commit(LocalDate.of(2012, 10, 4), "c@redhat.com", "nova", 1, 0),
      ContributionRecord.commit(LocalDate.of(2012, 4, 4), "c@redhat.com", "nova", 1, 0));

  @Test
  void sumsFolsomNovaByEmployer() {
    ContributionTable table = AGGREGATOR.aggregate(RECORDS, "folsom", "nova", Metric.CHANGESETS);
    assertThat(table.entries()).containsExactly(
        ContributionEntry.of("SINA", 2, new BigDecimal("66.7")),
        ContributionEntry.of("Red Hat", 1, new BigDecimal("33.3")));
    assertThat(AGGREGATOR.aggregate(RECORDS, "folsom", "all", Metric.LINES_CHANGED).entries())
        .containsExactly(ContributionEntry.of("SINA", 105, new BigDecimal("98.1")),
            ContributionEntry.of("Red Hat", 2, new BigDecimal("1.9")));
  }

  @Test
  void countsDistinctDevelopers() {
    assertThat(AGGREGATOR.aggregate(RECORDS, "folsom", "all", Metric.DEVELOPERS).entries())
        .containsExactly(ContributionEntry.of("SINA", 2, new BigDecimal("66.7")),
            ContributionEntry.of("Red Hat", 1, new BigDecimal("33.3")));
  }

  @Test
  void keepsTheBotWhenTheRuleSaysSo() {
    ContributionTable table = ContributionAggregator.of(STACKALYTICS.companies(),
        STACKALYTICS.releases(), AutomatedAccounts.none()::test)
        .aggregate(RECORDS, "folsom", "nova", Metric.CHANGESETS);
    assertThat(table.entries()).hasSize(3);
  }

  @Test
  void unknownReleaseIsNamed() {
    assertThatThrownBy(() -> AGGREGATOR.aggregate(RECORDS, "zed", "all", Metric.CHANGESETS))
        .isInstanceOf(NoSuchTableException.class)
        .hasMessage("Release 'zed' is not in the release calendar");
  }

  @Test
  void agreesWithAPlainComputation() {
    qt().forAll(lists().of(Generators.records()).ofSizeBetween(0, 60), Generators.metrics())
        .checkAssert((records, metric) -> {
          for (String release : List.of("essex", "folsom", "grizzly")) {
            ContributionTable table = AGGREGATOR.aggregate(records, release, "nova", metric);
            Map<String, Long> expected = plain(records, release, "nova", metric);
            Map<String, Long> actual = new HashMap<>();
            table.entries().forEach(e -> actual.put(e.employer(), e.value()));
            assertThat(actual).isEqualTo(expected);
            long total = expected.values().stream().mapToLong(Long::longValue).sum();
            for (ContributionEntry entry : table.entries()) {
              assertThat(entry.share()).isEqualTo(BigDecimal.valueOf(entry.value() * 1000)
                  .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).movePointLeft(1));
            }
          }
        });
  }

  @Test
  void theResultDoesNotDependOnTheRecordsOrder() {
    qt().forAll(lists().of(Generators.records()).ofSizeBetween(0, 40), Generators.metrics())
        .checkAssert((records, metric) -> {
          List<ContributionRecord> reversed = new java.util.ArrayList<>(records);
          java.util.Collections.reverse(reversed);
          assertThat(AGGREGATOR.aggregate(reversed, "folsom", "all", metric))
              .isEqualTo(AGGREGATOR.aggregate(records, "folsom", "all", metric));
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

  private static Map<String, Long> plain(List<ContributionRecord> records, String release,
      String project, Metric metric) {
    Map<String, Long> sums = new HashMap<>();
    Map<String, Set<String>> people = new HashMap<>();
    for (ContributionRecord record : records) {
      if (!record.project().equals(project) || !release(record.date()).equals(release)
          || record.author().equals("jenkins@openstack.org")) {
        continue;
      }
      String employer = EMPLOYERS.get(record.author());
      people.computeIfAbsent(employer, k -> new HashSet<>())
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
