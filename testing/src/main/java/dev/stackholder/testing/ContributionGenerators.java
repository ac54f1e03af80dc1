package dev.stackholder.testing;

import static dev.stackholder.testing.CoreGenerators.dates;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionRecord;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quicktheories.core.Gen;

/**
 * Generators of the contribution types: {@link ContributionRecord}s (one commit, or reviews and
 * fixed bugs) and {@link ContributionTable}s (values per employer with their shares).
 *
 * <p>Authors, projects and employers come from small fixed pools, so that generated records collide
 * on them as real ones do (several commits by one author, one employer per domain).
 *
 * <p>A utility class: its generators are immutable and thread-safe.
 */
public final class ContributionGenerators {
  /** The projects records are drawn in: lower-case names, as the library expects. */
  public static final List<String> PROJECTS =
      List.of("nova", "swift", "glance", "keystone", "horizon", "quantum", "cinder");

  /**
   * The authors records are drawn from: addresses at a few domains (one of them an individual's
   * mail provider) and one affiliation without an address.
   */
  public static final List<String> AUTHORS =
      List.of(
          "alice@redhat.com",
          "bob@redhat.com",
          "chen@sina.com",
          "dana@hp.com",
          "eve@rackspace.com",
          "frank@gmail.com",
          "grace@ibm.com",
          "Independent");

  /** The employers tables are drawn from. */
  public static final List<String> EMPLOYERS =
      List.of(
          "Red Hat",
          "SINA",
          "HP",
          "Rackspace",
          "IBM",
          "Nebula",
          "Intel",
          "*independent",
          "Mirantis",
          "Canonical",
          "Cisco",
          "NTT");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  // Local parts and domains for generated identities: names in several scripts (accented Latin,
  // Chinese, Japanese, Cyrillic, Devanagari), and domains with subdomains below the employers'
  // own, so that users' properties meet what real logs hold, not only ASCII at a second-level
  // domain.
  private static final List<String> GIVEN_NAMES =
      List.of(
          "alice",
          "josé",
          "zoë",
          "chen",
          "陈伟",
          "さくら",
          "андрей",
          "राहुल",
          "o'brien",
          "mary-jane",
          "李");
  private static final List<String> DOMAINS =
      List.of(
          "redhat.com",
          "sina.com",
          "sina.com.cn",
          "hp.com",
          "rackspace.com",
          "ibm.com",
          "us.ibm.com",
          "cn.ibm.com",
          "mail.ntt.co.jp",
          "linux.vnet.ibm.com",
          "gmail.com",
          "users.noreply.github.com",
          "example.org");

  private ContributionGenerators() {}

  /**
   * One person's addresses, one to four of them, as real identities have: a name in any script
   * (from a fixed pool of names in Latin with accents, Chinese, Japanese, Cyrillic and Devanagari),
   * at domains that include subdomains ({@code us.ibm.com}, {@code mail.ntt.co.jp}) and a personal
   * mail provider, in mixed case, with and without a dotted suffix on the local part. The addresses
   * of one identity are distinct.
   *
   * @return a generator of one identity's addresses, first the one it commits with most
   */
  public static Gen<List<String>> identities() {
    return in -> {
      String name = arbitrary().pick(GIVEN_NAMES).generate(in);
      int count = integers().between(1, 4).generate(in);
      List<String> addresses = new ArrayList<>(count);
      while (addresses.size() < count) {
        String local = name;
        int variant = integers().between(0, 3).generate(in);
        if (variant == 1) {
          local = name + "." + integers().between(1, 99).generate(in);
        } else if (variant == 2) {
          // Case differs between a person's commits; addresses compare without it.
          local = name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
        } else if (variant == 3) {
          local = name + "+openstack";
        }
        String address = local + "@" + arbitrary().pick(DOMAINS).generate(in);
        if (!addresses.contains(address)) {
          addresses.add(address);
        }
        if (addresses.size() < count && integers().between(0, 9).generate(in) == 0) {
          break; // a few attempts collide; an identity may end up with fewer addresses
        }
      }
      return List.copyOf(addresses);
    };
  }

  /**
   * An author as records name them: half of the time one of {@link #AUTHORS} (so that records
   * collide on authors as real ones do), else an address of a generated {@link #identities()
   * identity}.
   *
   * @return a generator of authors
   */
  public static Gen<String> authors() {
    Gen<String> fixed = arbitrary().pick(AUTHORS);
    Gen<String> generated =
        in -> {
          List<String> identity = identities().generate(in);
          return identity.get(integers().between(0, identity.size() - 1).generate(in));
        };
    return in -> booleans().all().generate(in) ? fixed.generate(in) : generated.generate(in);
  }

  /**
   * A record of an author of {@link #authors()} in a project of {@link #PROJECTS}, on a day from
   * {@code first} to {@code last}: half of them one commit of up to 5,000 lines added and removed,
   * the others up to 50 reviews and 10 fixed bugs.
   *
   * @param first the earliest day of a record
   * @param last the latest day of a record
   * @return a generator of records
   */
  public static Gen<ContributionRecord> records(LocalDate first, LocalDate last) {
    Gen<LocalDate> days = dates(first, last);
    return in -> {
      LocalDate date = days.generate(in);
      String author = authors().generate(in);
      String project = arbitrary().pick(PROJECTS).generate(in);
      if (booleans().all().generate(in)) {
        return ContributionRecord.commit(
            date,
            author,
            project,
            longs().between(0, 5_000).generate(in),
            longs().between(0, 5_000).generate(in));
      }
      return ContributionRecord.builder()
          .date(date)
          .author(author)
          .project(project)
          .reviews(longs().between(0, 50).generate(in))
          .bugsFixed(longs().between(0, 10).generate(in))
          .build();
    };
  }

  /**
   * A record as {@link #records(LocalDate, LocalDate)} makes, on a day of 2012 (Essex to Grizzly).
   *
   * @return a generator of records
   */
  public static Gen<ContributionRecord> records() {
    return records(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31));
  }

  /**
   * A table for {@code release} and {@code project} of {@code metric}: 0 to 12 distinct employers
   * of {@link #EMPLOYERS}, each with a positive value and its share of the total as the library's
   * aggregator writes it (a percentage rounded half up to one decimal), best first.
   *
   * @param release the table's release, a lower-case name such as {@code folsom}
   * @param project the table's project, or {@link ContributionTable#ALL_PROJECTS}
   * @param metric what the values count
   * @return a generator of tables
   */
  public static Gen<ContributionTable> tables(String release, String project, Metric metric) {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(metric, "metric");
    return in -> {
      List<String> employers = new ArrayList<>(EMPLOYERS);
      int count = integers().between(0, employers.size()).generate(in);
      List<String> chosen = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        chosen.add(
            employers.remove((int) integers().between(0, employers.size() - 1).generate(in)));
      }
      // Small values tie often, which is what ranking code must get right.
      List<Long> values = new ArrayList<>(count);
      long total = 0;
      for (int i = 0; i < count; i++) {
        long value =
            booleans().all().generate(in)
                ? longs().between(1, 5).generate(in)
                : longs().between(1, 100_000).generate(in);
        values.add(value);
        total += value;
      }
      List<ContributionEntry> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        BigDecimal share =
            BigDecimal.valueOf(values.get(i))
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        entries.add(ContributionEntry.of(chosen.get(i), values.get(i), share));
      }
      entries.sort((a, b) -> Long.compare(b.value(), a.value()));
      return ContributionTable.builder()
          .release(release)
          .project(project)
          .metric(metric)
          .addAllEntries(entries)
          .build();
    };
  }

  /**
   * A table as {@link #tables(String, String, Metric)} makes, of Essex, Folsom or Grizzly, for all
   * projects or one of {@link #PROJECTS}, of any metric.
   *
   * @return a generator of tables
   */
  public static Gen<ContributionTable> tables() {
    return in -> {
      String release = arbitrary().pick(List.of("essex", "folsom", "grizzly")).generate(in);
      String project =
          booleans().all().generate(in)
              ? ContributionTable.ALL_PROJECTS
              : arbitrary().pick(PROJECTS).generate(in);
      Metric metric = arbitrary().enumValues(Metric.class).generate(in);
      return tables(release, project, metric).generate(in);
    };
  }
}
