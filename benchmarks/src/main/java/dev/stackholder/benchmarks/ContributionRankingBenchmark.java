package dev.stackholder.benchmarks;

import dev.stackholder.contribution.Company;
import dev.stackholder.contribution.ContributionAggregator;
import dev.stackholder.contribution.ContributionRecord;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.stackalytics.StackalyticsData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranks generated raw contribution records through the library's whole path (employer by the real
 * Stackalytics company directory, release by its calendar, aggregation, competition ranking)
 * against {@link #baseline()}, a plain loop doing the same work with hand-built maps and arrays.
 * The ratio of the two scores is the cost of the library's abstractions. {@link #setUp()} checks
 * that both give the same ranking. From 10^3 to 10^6 records, so the table shows how the cost grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ContributionRankingBenchmark {
  private static final String BOT = "jenkins@openstack.org";
  private static final LocalDate FIRST_DAY = LocalDate.of(2011, 6, 1);

  /** How many raw records to rank. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int records;

  private List<ContributionRecord> input;
  private ContributionAggregator aggregator;
  private Ranking ranking;
  private Map<String, String> domainToCompany;
  private long[] releaseEnds;
  private String[] releaseNames;

  /** Loads the directory and generates the records (fixed seed), then cross-checks both paths. */
  @Setup
  public void setUp() {
    StackalyticsData data;
    // Stackalytics' real company directory, from the contribution module's test data (its tests jar).
    try (InputStream in = ContributionRankingBenchmark.class
        .getResourceAsStream("/dev/stackholder/contribution/companies-and-releases.json")) {
      data = StackalyticsData.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    aggregator = ContributionAggregator.of(data.companies(), data.releases());
    ranking = Ranking.of(TieMode.COMPETITION);

    domainToCompany = new HashMap<>();
    for (Company company : data.companies().companies()) {
      for (String domain : company.domains()) {
        domainToCompany.putIfAbsent(domain, company.name());
      }
    }
    List<Release> releases = data.releases().releases();
    releaseEnds = releases.stream().mapToLong(r -> r.end().toEpochDay()).toArray();
    releaseNames = releases.stream().map(Release::name).toArray(String[]::new);

    input = generate(data, records);
    List<Row> library = library().rows().stream()
        .map(row -> new Row(row.rank(), row.employer(), row.value(), row.share()))
        .collect(Collectors.toList());
    List<Row> plain = baseline();
    if (!library.equals(plain)) {
      throw new IllegalStateException("The baseline disagrees with the library: " + library
          + " versus " + plain);
    }
  }

  private static List<ContributionRecord> generate(StackalyticsData data, int count) {
    Random random = new Random(20121004L);
    List<String> domains = new ArrayList<>();
    data.companies().companies().forEach(company -> domains.addAll(company.domains()));
    List<String> authors = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int kind = random.nextInt(10);
      String domain = kind < 7 ? domains.get(random.nextInt(domains.size()))
          : kind < 8 ? "mail." + domains.get(random.nextInt(domains.size()))
          : kind < 9 ? "gmail.com" : "example-" + i + ".org";
      authors.add("dev" + i + "@" + domain);
    }
    authors.add(BOT);
    String[] projects = {"nova", "swift", "glance", "keystone", "horizon", "quantum", "cinder"};
    List<ContributionRecord> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(ContributionRecord.builder()
          .date(FIRST_DAY.plusDays(random.nextInt(3 * 365)))
          .author(authors.get(random.nextInt(authors.size())))
          .project(projects[random.nextInt(projects.length)])
          .changesets(1)
          .linesAdded(random.nextInt(400))
          .linesRemoved(random.nextInt(200))
          .build());
    }
    return list;
  }

  /** The library: aggregate Folsom's changesets by employer, then rank them. */
  @Benchmark
  public RankedTable library() {
    return ranking.rank(aggregator.aggregate(input, "folsom", "all", Metric.CHANGESETS));
  }

  /** The same work in one plain loop over maps and arrays built in {@link #setUp()}. */
  @Benchmark
  public List<Row> baseline() {
    Map<String, long[]> totals = new HashMap<>();
    for (ContributionRecord record : input) {
      String author = record.author();
      if (author.equalsIgnoreCase(BOT) || !release(record.date().toEpochDay()).equals("folsom")) {
        continue;
      }
      totals.computeIfAbsent(employer(author), key -> new long[1])[0] += record.changesets();
    }
    long sum = 0;
    List<Map.Entry<String, long[]>> entries = new ArrayList<>();
    for (Map.Entry<String, long[]> entry : totals.entrySet()) {
      sum += entry.getValue()[0];
      if (entry.getValue()[0] > 0) {
        entries.add(entry);
      }
    }
    entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Long.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
    List<Row> rows = new ArrayList<>(entries.size());
    int rank = 0;
    for (int i = 0; i < entries.size(); i++) {
      long value = entries.get(i).getValue()[0];
      if (i == 0 || value != entries.get(i - 1).getValue()[0]) {
        rank = i + 1;
      }
      rows.add(new Row(rank, entries.get(i).getKey(), value,
          BigDecimal.valueOf(value * 100).divide(BigDecimal.valueOf(sum), 1, RoundingMode.HALF_UP)));
    }
    return rows;
  }

  private String employer(String author) {
    String domain = author.substring(author.lastIndexOf('@') + 1);
    for (int start = 0; start >= 0; ) {
      String company = domainToCompany.get(domain.substring(start));
      if (company != null) {
        return company;
      }
      int dot = domain.indexOf('.', start);
      start = dot < 0 ? -1 : dot + 1;
    }
    return author;
  }

  private String release(long epochDay) {
    for (int i = 0; i < releaseEnds.length; i++) {
      if (epochDay < releaseEnds[i]) {
        return releaseNames[i];
      }
    }
    return "";
  }

  /** One ranked row as the baseline builds it, compared field by field with the library's. */
  public record Row(int rank, String employer, long value, BigDecimal share) {}
}
