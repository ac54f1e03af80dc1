package dev.stackholder.benchmarks;

import dev.stackholder.benchmarks.GitHistoryBenchmark.Row;
import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.ContributionRecord;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.ReleaseCalendar;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.stackalytics.StackalyticsDefaultData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * Ranks generated source-neutral contribution records through the library's whole path (employer by
 * the real Stackalytics company directory, release by its calendar, the one statistics engine,
 * competition ranking) against {@link #baseline()}, a plain loop doing the same work with
 * hand-built maps, written as a careful person would: each author's employer is resolved once and
 * cached (as the library does), so the ratio of the two scores is the cost of the library's
 * abstractions, not of a look-up the baseline repeats. {@link #setUp()} checks that both give the
 * same ranking. From 10^3 to 10^6 records, so the table shows how the cost grows.
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
  private StackalyticsDefaultData data;
  private Ranking ranking;
  private Map<String, String> domainToCompany;
  private int longestDomain;
  private long folsomFrom;
  private long folsomUntil;

  /** Loads the directory and generates the records (fixed seed), then cross-checks both paths. */
  @Setup
  public void setUp() {
    // Stackalytics' real company directory, from the contribution module's test data (its tests
    // jar).
    try (InputStream in =
        ContributionRankingBenchmark.class.getResourceAsStream(
            "/dev/stackholder/contribution/companies-and-releases.json")) {
      data = StackalyticsDefaultData.read(in, "companies-and-releases.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ranking = Ranking.of(TieMode.COMPETITION);

    // The file has no users: every rule is a company's domain, one per domain.
    domainToCompany = new HashMap<>();
    for (Affiliation rule : data.affiliations()) {
      domainToCompany.put(rule.key(), rule.organization());
      longestDomain = Math.max(longestDomain, rule.key().length());
    }
    ReleaseCalendar releases = data.releases();
    for (int i = 0; i < releases.releases().size(); i++) {
      if (releases.releases().get(i).name().equals("folsom")) {
        folsomFrom = releases.releases().get(i - 1).end().toEpochDay();
        folsomUntil = releases.releases().get(i).end().toEpochDay();
      }
    }

    input = generate(records);
    List<Row> library =
        library().rows().stream()
            .map(row -> new Row(row.rank(), row.employer(), row.value(), row.share()))
            .collect(Collectors.toList());
    List<Row> plain = baseline();
    if (!library.equals(plain)) {
      throw new IllegalStateException(
          "The baseline disagrees with the library: " + library + " versus " + plain);
    }
  }

  private List<ContributionRecord> generate(int count) {
    Random random = new Random(20121004L);
    List<String> domains = new ArrayList<>(domainToCompany.keySet());
    domains.sort(null); // a fixed order, whatever the map's
    List<String> authors = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int kind = random.nextInt(10);
      String domain =
          kind < 7
              ? domains.get(random.nextInt(domains.size()))
              : kind < 8
                  ? "mail." + domains.get(random.nextInt(domains.size()))
                  : kind < 9 ? "gmail.com" : "example-" + i + ".org";
      authors.add("dev" + i + "@" + domain);
    }
    authors.add(BOT);
    String[] projects = {"nova", "swift", "glance", "keystone", "horizon", "quantum", "cinder"};
    List<ContributionRecord> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(
          ContributionRecord.builder()
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

  /** The library: Folsom's statistics from the records, changesets by employer, ranked. */
  @Benchmark
  public RankedTable library() {
    return ranking.rank(
        ContributionStatistics.of("folsom", data.directory())
            .dates(data.releases())
            .addRecords(input)
            .table("all", Metric.CHANGESETS));
  }

  /**
   * The same work in one plain loop: each author resolved once (lower-cased, its employer by the
   * longest domain suffix of at least two labels, Stackalytics' rule, else {@code *independent})
   * and cached; the bot counted in the total only.
   */
  @Benchmark
  public List<Row> baseline() {
    Map<String, long[]> totals = new HashMap<>();
    Map<String, long[]> byAuthor = new HashMap<>();
    long[] bot = new long[1];
    for (ContributionRecord record : input) {
      long day = record.date().toEpochDay();
      if (day < folsomFrom || day >= folsomUntil) {
        continue;
      }
      String author = record.author();
      long[] counter = byAuthor.get(author);
      if (counter == null) {
        String address = author.toLowerCase(Locale.ROOT);
        counter =
            address.equals(BOT)
                ? bot
                : totals.computeIfAbsent(employer(address), key -> new long[1]);
        byAuthor.put(author, counter);
      }
      counter[0] += record.changesets();
    }
    return GitHistoryBenchmark.rows(totals, bot[0]);
  }

  private String employer(String address) {
    String domain = address.substring(address.lastIndexOf('@') + 1);
    // longest first: the whole domain, then each suffix after a dot, while two labels remain
    for (int start = 0; domain.indexOf('.', start) > 0; start = domain.indexOf('.', start) + 1) {
      if (domain.length() - start <= longestDomain) {
        String company = domainToCompany.get(domain.substring(start));
        if (company != null) {
          return company;
        }
      }
    }
    return "*independent";
  }
}
