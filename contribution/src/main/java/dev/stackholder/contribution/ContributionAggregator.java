package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns raw {@link ContributionRecord}s into a {@link ContributionTable}: each record's author is
 * resolved to an employer by the {@link CompanyDirectory} (an author it cannot place stands for
 * itself, as in gitdm), its date to a release by the {@link ReleaseCalendar}, and the records of the
 * asked release and project are summed by employer. Rank the result with {@link Ranking}.
 *
 * <p>Automated accounts are dropped before anything is counted, by author or by employer, so they
 * count toward neither the values nor the total. Employers with a value of 0 are left out. Entries
 * are ordered by value, best first, then by employer name, so the result does not depend on the
 * records' order. Shares are percentages of the table's total, rounded half up to one decimal as
 * gitdm prints them. Release and project names are matched without regard to case. Pure: no I/O,
 * no clock.
 *
 * <p>Immutable and thread-safe if the automated-account rule is.
 */
public final class ContributionAggregator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** By value, best first, then by employer: one comparison, not a chain of three lambdas. */
  private static final Comparator<ContributionEntry> ORDER = (a, b) -> a.value() != b.value()
      ? Long.compare(b.value(), a.value()) : a.employer().compareTo(b.employer());

  private final CompanyDirectory directory;
  private final ReleaseCalendar calendar;
  private final Predicate<String> automated;

  private ContributionAggregator(CompanyDirectory directory, ReleaseCalendar calendar,
      Predicate<String> automated) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.automated = Objects.requireNonNull(automated, "automated");
  }

  /**
   * {@return an aggregator that drops {@link AutomatedAccounts#defaults()}}
   *
   * @param directory resolves authors to companies
   * @param calendar assigns each record to a release by its date
   */
  public static ContributionAggregator of(CompanyDirectory directory, ReleaseCalendar calendar) {
    return new ContributionAggregator(directory, calendar, AutomatedAccounts.defaults()::test);
  }

  /**
   * {@return an aggregator with the caller's rule for automated accounts}
   *
   * @param directory resolves authors to companies
   * @param calendar assigns each record to a release by its date
   * @param automated true for an employer label or author to leave out of every table
   */
  public static ContributionAggregator of(CompanyDirectory directory, ReleaseCalendar calendar,
      Predicate<String> automated) {
    return new ContributionAggregator(directory, calendar, automated);
  }

  /**
   * {@return the employer table of a release, project and metric}
   *
   * @param records the raw records, in any order; those of other releases and projects are skipped
   * @param release e.g. {@code "folsom"}, in any case
   * @param project e.g. {@code "nova"}, in any case, or {@link ContributionTable#ALL_PROJECTS}
   *     for every project
   * @param metric what to count; {@link Metric#DEVELOPERS} counts distinct authors (ignoring case)
   * @throws NoSuchTableException (kind {@code "release"}) if the calendar has no such release
   * @throws InvalidDataException if a total would exceed a {@code long} (never silently wrapped)
   */
  public ContributionTable aggregate(Iterable<ContributionRecord> records, String release,
      String project, Metric metric) {
    if (calendar.findRelease(release).isEmpty()) {
      throw new NoSuchTableException("release", release, calendar.names(), String.format(
          Locale.ROOT, "Release '%s' is not in the release calendar", release));
    }
    release = release.toLowerCase(Locale.ROOT);
    project = project.toLowerCase(Locale.ROOT);
    boolean allProjects = project.equals(ContributionTable.ALL_PROJECTS);
    LocalDate[] cycle = calendar.cycle(release);
    if (cycle == null) {
      // Found above ignoring case, but its name is not lower-case: no record is of it.
      return table(release, project, metric, new HashMap<>());
    }
    LocalDate first = cycle[0];
    LocalDate end = cycle[1];
    boolean developersMetric = metric == Metric.DEVELOPERS;
    Map<String, long[]> totals = new HashMap<>();
    Map<String, Set<String>> developers = new HashMap<>();
    // Authors repeat from record to record: each is resolved (automated? employer? automated
    // employer?) once per call, and its record adds to its employer's counter directly. The
    // directory and the rule are pure, so once is the same as every time.
    Map<String, Author> authors = new HashMap<>();
    for (ContributionRecord record : records) {
      if (!allProjects && !record.project().equals(project)) {
        continue;
      }
      // LocalDate's own comparison: cheaper than an epoch day per record.
      LocalDate day = record.date();
      if (!day.isBefore(end) || (first != null && day.isBefore(first))) {
        continue;
      }
      String name = record.author();
      Author author = authors.get(name);
      if (author == null) {
        author = resolve(name, developersMetric, totals, developers);
        authors.put(name, author);
      }
      if (author == SKIPPED) {
        continue;
      }
      if (developersMetric) {
        author.developers.add(author.lowerCase);
      } else {
        author.total[0] = add(author.total[0], record.measure(metric), metric, author.employer);
      }
    }
    if (developersMetric) {
      developers.forEach((employer, names) -> totals.put(employer, new long[] {names.size()}));
    }
    return table(release, project, metric, totals);
  }

  private static final Author SKIPPED = new Author(null, null, null, null);

  private Author resolve(String name, boolean developersMetric, Map<String, long[]> totals,
      Map<String, Set<String>> developers) {
    if (automated.test(name)) {
      return SKIPPED;
    }
    String employer = directory.employerOf(name);
    if (employer != name && automated.test(employer)) {
      return SKIPPED;
    }
    return developersMetric
        ? new Author(employer, null, developers.computeIfAbsent(employer, key -> new HashSet<>()),
            name.toLowerCase(Locale.ROOT))
        : new Author(employer, totals.computeIfAbsent(employer, key -> new long[1]), null, null);
  }

  /** An author as one aggregation resolved it: where its records go. */
  private static final class Author {
    final String employer;
    final long[] total;
    final Set<String> developers;
    final String lowerCase;

    Author(String employer, long[] total, Set<String> developers, String lowerCase) {
      this.employer = employer;
      this.total = total;
      this.developers = developers;
      this.lowerCase = lowerCase;
    }
  }

  private static ContributionTable table(String release, String project, Metric metric,
      Map<String, long[]> totals) {
    long sum = 0;
    for (Map.Entry<String, long[]> entry : totals.entrySet()) {
      sum = add(sum, entry.getValue()[0], metric, "all employers");
    }
    BigDecimal total = BigDecimal.valueOf(sum);
    List<ContributionEntry> entries = new ArrayList<>(totals.size());
    for (Map.Entry<String, long[]> entry : totals.entrySet()) {
      long value = entry.getValue()[0];
      if (value > 0) {
        // value * 100 exactly, without a second BigDecimal where the long holds it
        BigDecimal hundredTimes = value <= Long.MAX_VALUE / 100 ? BigDecimal.valueOf(value * 100)
            : BigDecimal.valueOf(value).multiply(HUNDRED);
        BigDecimal share = hundredTimes.divide(total, 1, RoundingMode.HALF_UP);
        entries.add(ContributionEntry.of(entry.getKey(), value, share));
      }
    }
    entries.sort(ORDER);
    return ImmutableContributionTable.of(release, project, metric, ImmutableList.copyOf(entries),
        ImmutableList.of());
  }

  /** Sums never wrap around: a wrapped sum would drop an employer or divide by zero, silently. */
  private static long add(long sum, long value, Metric metric, String of) {
    try {
      return Math.addExact(sum, value);
    } catch (ArithmeticException e) {
      throw new InvalidDataException("The total of " + metric + " for " + of
          + " is larger than a long can hold (" + Long.MAX_VALUE + ")", e);
    }
  }

  @Override
  public String toString() {
    return "ContributionAggregator{" + directory + ", " + calendar + "}";
  }
}
