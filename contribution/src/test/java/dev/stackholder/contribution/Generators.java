package dev.stackholder.contribution;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the types of this package. */
final class Generators {
  static final List<String> EMPLOYERS =
      List.of(
          "Rackspace",
          "Red Hat",
          "SINA",
          "HP",
          "IBM",
          "Nebula",
          "jenkins@openstack.org",
          "lemonlatte@gmail.com",
          "Cloudbase Solutions",
          "AT&T",
          "Ionuț Arțăriși",
          "新浪");
  static final List<String> RELEASES = List.of("essex", "folsom", "grizzly");
  static final List<String> PROJECTS =
      List.of("all", "nova", "swift", "quantum", "python-novaclient");

  private Generators() {}

  static Gen<Metric> metrics() {
    return Generate.enumValues(Metric.class);
  }

  static Gen<TieMode> tieModes() {
    return Generate.enumValues(TieMode.class);
  }

  /** Shares from 0.0 to 100.0 with one decimal, like gitdm's, and some with more decimals. */
  static Gen<BigDecimal> shares() {
    return integers()
        .between(0, 1000)
        .zip(
            integers().between(1, 3),
            (tenths, scale) -> BigDecimal.valueOf(tenths, 1).setScale(scale));
  }

  /** Values with many ties: small ranges make equal values common. */
  static Gen<Long> values() {
    return Generate.pick(List.of(0L, 1L, 3L, 3L, 18L, 147L)).mix(longs().between(0, 50_000));
  }

  /** Tables of distinct employers in any order. */
  static Gen<ContributionTable> tables() {
    Gen<List<ContributionEntry>> entries =
        lists()
            .of(values().zip(shares(), Pair::new))
            .ofSizeBetween(0, EMPLOYERS.size())
            .map(
                pairs -> {
                  List<ContributionEntry> list = new ArrayList<>();
                  for (int i = 0; i < pairs.size(); i++) {
                    list.add(
                        ContributionEntry.of(
                            EMPLOYERS.get(i), pairs.get(i).value, pairs.get(i).share));
                  }
                  return list;
                });
    return Generate.pick(RELEASES)
        .zip(
            Generate.pick(PROJECTS),
            metrics(),
            entries,
            (release, project, metric, list) ->
                ContributionTable.builder()
                    .release(release)
                    .project(project)
                    .metric(metric)
                    .entries(list)
                    .build());
  }

  /** Raw records spread over Essex, Folsom and Grizzly, by authors of known and unknown domains. */
  static Gen<ContributionRecord> records() {
    Gen<String> authors =
        Generate.pick(
            List.of(
                "a@sina.com",
                "b@sina.com",
                "B@SINA.COM",
                "c@redhat.com",
                "d@linux.vnet.ibm.com",
                "e@us.ibm.com",
                "lemonlatte@gmail.com",
                "jenkins@openstack.org",
                "SINA Weibo Fund",
                "Independent Hacker"));
    Gen<LocalDate> dates =
        integers().between(0, 3 * 365).map(days -> LocalDate.of(2011, 10, 1).plusDays(days));
    Gen<long[]> measures =
        lists()
            .of(longs().between(0, 500))
            .ofSize(5)
            .map(list -> list.stream().mapToLong(Long::longValue).toArray());
    return dates.zip(
        authors,
        Generate.pick(List.of("nova", "swift", "horizon")),
        measures,
        (date, author, project, m) ->
            ContributionRecord.builder()
                .date(date)
                .author(author)
                .project(project)
                .changesets(m[0] % 3)
                .linesAdded(m[1])
                .linesRemoved(m[2])
                .bugsFixed(m[3] % 4)
                .reviews(m[4] % 5)
                .build());
  }

  private static final class Pair {
    final long value;
    final BigDecimal share;

    Pair(long value, BigDecimal share) {
      this.value = value;
      this.share = share;
    }
  }
}
