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
 * <p>Authors, projects and employers come from small fixed pools, so that generated records
 * collide on them as real ones do (several commits by one author, one employer per domain).
 *
 * <p>A utility class: its generators are immutable and thread-safe.
 */
public final class ContributionGenerators {
  /** The projects records are drawn in: lower-case names, as the library expects. */
  public static final List<String> PROJECTS = List.of("nova", "swift", "glance", "keystone",
      "horizon", "quantum", "cinder");

  /**
   * The authors records are drawn from: addresses at a few domains (one of them an individual's
   * mail provider) and one affiliation without an address.
   */
  public static final List<String> AUTHORS = List.of("alice@redhat.com", "bob@redhat.com",
      "chen@sina.com", "dana@hp.com", "eve@rackspace.com", "frank@gmail.com", "grace@ibm.com",
      "Independent");

  /** The employers tables are drawn from. */
  public static final List<String> EMPLOYERS = List.of("Red Hat", "SINA", "HP", "Rackspace",
      "IBM", "Nebula", "Intel", "*independent", "Mirantis", "Canonical", "Cisco", "NTT");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ContributionGenerators() {}

  /**
   * A record of an author of {@link #AUTHORS} in a project of {@link #PROJECTS}, on a day from
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
      String author = arbitrary().pick(AUTHORS).generate(in);
      String project = arbitrary().pick(PROJECTS).generate(in);
      if (booleans().all().generate(in)) {
        return ContributionRecord.commit(date, author, project,
            longs().between(0, 5_000).generate(in), longs().between(0, 5_000).generate(in));
      }
      return ContributionRecord.builder().date(date).author(author).project(project)
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
   * A table for {@code release} and {@code project} of {@code metric}: 0 to 12 distinct employers of
   * {@link #EMPLOYERS}, each with a positive value and its share of the total as the library's
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
        chosen.add(employers.remove((int) integers().between(0, employers.size() - 1).generate(in)));
      }
      // Small values tie often, which is what ranking code must get right.
      List<Long> values = new ArrayList<>(count);
      long total = 0;
      for (int i = 0; i < count; i++) {
        long value = booleans().all().generate(in)
            ? longs().between(1, 5).generate(in)
            : longs().between(1, 100_000).generate(in);
        values.add(value);
        total += value;
      }
      List<ContributionEntry> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        BigDecimal share = BigDecimal.valueOf(values.get(i)).multiply(HUNDRED)
            .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        entries.add(ContributionEntry.of(chosen.get(i), values.get(i), share));
      }
      entries.sort((a, b) -> Long.compare(b.value(), a.value()));
      return ContributionTable.builder().release(release).project(project).metric(metric)
          .addAllEntries(entries).build();
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
      String project = booleans().all().generate(in)
          ? ContributionTable.ALL_PROJECTS : arbitrary().pick(PROJECTS).generate(in);
      Metric metric = arbitrary().enumValues(Metric.class).generate(in);
      return tables(release, project, metric).generate(in);
    };
  }
}
