package dev.stackholder.benchmarks;

import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * 10^6 generated commits from git history to a ranked employer table under gitdm's attribution
 * policy. {@link #library()} runs {@link ContributionStatistics} (aliases, dated address rules,
 * shortest domain suffix, automated accounts left out, every metric tallied, developers merged,
 * attribution report kept) over the parsed commits and ranks changesets; {@link #baseline()} is a
 * plain loop over the same parsed commits doing only what that one table needs, with hand-built
 * maps and, like the library and gitdm, each author resolved once and cached (an honest loop: one
 * that looked the employer up again for every commit would flatter the library). The ratio of the
 * two is the cost of the library's abstractions. {@link #readAndRank()} adds the reading: a {@link
 * GitLogReader} over a log generated on the fly (never held in memory), so its memory high-water
 * mark is the reader's and the statistics', not the history's: run it with a small heap ({@code
 * -jvmArgsAppend -Xmx64m}) to see that it stays bounded. {@link Parsed#setUp} checks that library
 * and baseline give the same ranking (the module's tests check that reading and ranking agree with
 * gitdm).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class GitHistoryBenchmark {
  private static final String BOT = "jenkins@openstack.org";
  private static final LocalDate MOVE = LocalDate.of(2012, 7, 20);

  /** How many commits: four sizes, so that the README shows how the cost grows. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int commits;

  private AffiliationDirectory directory;
  private Map<String, String> aliases;
  private Map<String, List<Affiliation>> rules;

  /**
   * The generated log parsed once into a list, for {@link #library} and {@link #baseline}; kept in
   * its own state so that {@link #readAndRank()} runs without it (in a small heap).
   */
  @State(Scope.Benchmark)
  public static class Parsed {
    List<GitCommit> commits;

    /** Parses the log and checks that library and baseline agree. */
    @Setup
    public void setUp(GitHistoryBenchmark benchmark) {
      commits = new ArrayList<>(benchmark.commits);
      try (GitLogReader reader =
          GitLogReader.of(new GeneratedLog(benchmark.commits), "generated.log")) {
        reader.forEachRemaining(commits::add);
      }
      List<Row> library =
          benchmark.library(this).rows().stream()
              .map(row -> new Row(row.rank(), row.employer(), row.value(), row.share()))
              .collect(Collectors.toList());
      List<Row> plain = benchmark.baseline(this);
      if (!library.equals(plain)) {
        throw new IllegalStateException(
            "The baseline disagrees with the library: "
                + library.subList(0, Math.min(5, library.size()))
                + " versus "
                + plain.subList(0, Math.min(5, plain.size())));
      }
    }
  }

  /** Builds the directory (and the baseline's maps of the same rules). */
  @Setup
  public void setUp() {
    List<Affiliation> affiliations = new ArrayList<>();
    for (int c = 0; c < 200; c++) {
      affiliations.add(
          Affiliation.of(Affiliation.Kind.DOMAIN, "company" + c + ".com", "Company " + c));
    }
    for (int a = 0; a < 300; a++) {
      // people who moved on 2012-07-20, as gitdm's email-map writes it
      affiliations.add(
          Affiliation.builder()
              .kind(Affiliation.Kind.ADDRESS)
              .key("dev" + a + "@gmail.com")
              .organization("Company " + (a % 50))
              .until(MOVE)
              .build());
      affiliations.add(
          Affiliation.builder()
              .kind(Affiliation.Kind.ADDRESS)
              .key("dev" + a + "@gmail.com")
              .organization("Company " + (a % 50 + 1))
              .from(MOVE)
              .build());
    }
    aliases = new HashMap<>();
    for (int a = 0; a < 100; a++) {
      aliases.put("old" + a + "@gmail.com", "dev" + a + "@gmail.com");
    }
    directory = AffiliationDirectory.of(AttributionPolicy.GITDM, aliases, affiliations);
    rules = new HashMap<>();
    for (Affiliation affiliation : affiliations) {
      rules.computeIfAbsent(affiliation.key(), k -> new ArrayList<>()).add(affiliation);
    }
  }

  /** The library over the parsed commits: statistics of one project, ranked by changesets. */
  @Benchmark
  public RankedTable library(Parsed parsed) {
    return ContributionStatistics.of("folsom", directory)
        .addAll("nova", parsed.commits)
        .rank("nova", Metric.CHANGESETS, TieMode.COMPETITION);
  }

  /** The library from text: read, attribute, count and rank, streaming. */
  @Benchmark
  public RankedTable readAndRank() {
    try (GitLogReader reader = GitLogReader.of(new GeneratedLog(commits), "generated.log")) {
      return ContributionStatistics.of("folsom", directory)
          .addAll("nova", reader)
          .rank("nova", Metric.CHANGESETS, TieMode.COMPETITION);
    }
  }

  /**
   * The one table in a plain loop over the same parsed commits, written as a careful person would:
   * each raw author address is resolved once (lower-cased, aliased, its rules or its domain's
   * found) and cached, as the library and gitdm do, so that a commit costs one map look-up and a
   * pick among its author's few dated rules. The bot's commits have no row but count in the total,
   * as in gitdm (and in the library).
   */
  @Benchmark
  public List<Row> baseline(Parsed parsed) {
    Map<String, long[]> totals = new HashMap<>();
    Map<String, Resolved> authors = new HashMap<>();
    long bot = 0;
    for (GitCommit commit : parsed.commits) {
      if (commit.merge()) {
        continue;
      }
      Resolved author = authors.get(commit.authorAddress());
      if (author == null) {
        author = resolve(commit.authorAddress());
        authors.put(commit.authorAddress(), author);
      }
      if (author.bot) {
        bot++;
        continue;
      }
      String employer = author.address;
      long day = commit.date().toEpochDay();
      for (int i = 0; i < author.organizations.length; i++) {
        if (day >= author.from[i] && day < author.until[i]) {
          employer = author.organizations[i];
          break;
        }
      }
      long[] total = totals.get(employer);
      if (total == null) {
        total = new long[1];
        totals.put(employer, total);
      }
      total[0]++;
    }
    return rows(totals, bot);
  }

  /** Best first, competition ranks, gitdm's shares of the total (the bot's commits included). */
  static List<Row> rows(Map<String, long[]> totals, long leftOutButCounted) {
    long sum = leftOutButCounted;
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(totals.size());
    for (Map.Entry<String, long[]> entry : totals.entrySet()) {
      sum += entry.getValue()[0];
      if (entry.getValue()[0] > 0) {
        entries.add(entry);
      }
    }
    entries.sort(
        (a, b) ->
            a.getValue()[0] != b.getValue()[0]
                ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
    List<Row> rows = new ArrayList<>(entries.size());
    int rank = 0;
    for (int i = 0; i < entries.size(); i++) {
      long value = entries.get(i).getValue()[0];
      if (i == 0 || value != entries.get(i - 1).getValue()[0]) {
        rank = i + 1;
      }
      rows.add(
          new Row(
              rank,
              entries.get(i).getKey(),
              value,
              new BigDecimal(value * 100.0 / sum).setScale(1, RoundingMode.HALF_EVEN)));
    }
    return rows;
  }

  /** An author address resolved once: its canonical address and its dated rules as arrays. */
  private static final class Resolved {
    final String address;
    final boolean bot;
    final String[] organizations;
    final long[] from;
    final long[] until;

    Resolved(String address, boolean bot, List<Affiliation> rules) {
      this.address = address;
      this.bot = bot;
      int n = rules == null ? 0 : rules.size();
      organizations = new String[n];
      from = new long[n];
      until = new long[n];
      for (int i = 0; i < n; i++) {
        Affiliation rule = rules.get(i);
        organizations[i] = rule.organization();
        from[i] = rule.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
        until[i] = rule.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      }
    }
  }

  private Resolved resolve(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    String address = aliases.getOrDefault(lower, lower);
    List<Affiliation> list = rules.get(address);
    if (list == null) {
      String domain = address.substring(address.lastIndexOf('@') + 1);
      int dot = domain.lastIndexOf('.');
      int from = dot <= 0 ? -2 : domain.lastIndexOf('.', dot - 1);
      while (list == null && from >= -1) {
        list = rules.get(domain.substring(from + 1));
        from = from < 0 ? -2 : domain.lastIndexOf('.', from - 1);
      }
    }
    return new Resolved(address, address.equals(BOT), list);
  }

  /** One ranked row as the baseline builds it, compared field by field with the library's. */
  public record Row(int rank, String employer, long value, BigDecimal share) {}

  /**
   * A git log generated on demand from a fixed seed, one commit at a time: 3,000 authors (company
   * domains, subdomains, dated gmail addresses, aliases, unmapped addresses, the CI bot), one to
   * three numstat lines, some binary files and renames, a sign-off trailer.
   */
  static final class GeneratedLog extends Reader {
    private final int count;
    private final Random random = new Random(20120927L);
    private final String[] authors = new String[3001];
    private final StringBuilder buffer = new StringBuilder(512);
    private int position;
    private int produced;

    GeneratedLog(int count) {
      this.count = count;
      for (int i = 0; i < 3000; i++) {
        int kind = random.nextInt(10);
        authors[i] =
            kind < 5
                ? "Dev " + i + " <dev" + i + "@company" + random.nextInt(200) + ".com>"
                : kind < 6
                    ? "Dev " + i + " <dev" + i + "@mail.company" + random.nextInt(200) + ".com>"
                    : kind < 8
                        ? "Dev " + (i % 300) + " <dev" + (i % 300) + "@gmail.com>"
                        : kind < 9
                            ? "Old " + (i % 100) + " <OLD" + (i % 100) + "@gmail.com>"
                            : "Someone " + i + " <someone" + i + "@example-" + i + ".org>";
      }
      authors[3000] = "OpenStack Jenkins <" + BOT + ">";
    }

    private void fill() {
      buffer.setLength(0);
      position = 0;
      if (produced == count) {
        return;
      }
      produced++;
      LocalDate day = LocalDate.of(2012, 4, 5).plusDays(random.nextInt(180));
      buffer
          .append("commit ")
          .append(String.format(Locale.ROOT, "%040x", (long) produced))
          .append("\nAuthor: ")
          .append(authors[random.nextInt(authors.length)])
          .append("\nDate:   ")
          .append(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT))
          .append(' ')
          .append(day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT))
          .append(' ')
          .append(day.getDayOfMonth())
          .append(" 12:34:56 2012 -0500\n\n")
          .append("    Change something\n    \n    Signed-off-by: Dev 1 <dev1@gmail.com>\n\n");
      int files = 1 + random.nextInt(3);
      for (int f = 0; f < files; f++) {
        int kind = random.nextInt(20);
        if (kind == 0) {
          buffer.append("-\t-\tdoc/image").append(f).append(".png\n");
        } else if (kind == 1) {
          buffer
              .append(random.nextInt(20))
              .append('\t')
              .append(random.nextInt(20))
              .append("\tnova/{old => new}/file")
              .append(f)
              .append(".py\n");
        } else {
          buffer
              .append(random.nextInt(300))
              .append('\t')
              .append(random.nextInt(150))
              .append("\tnova/compute/file")
              .append(f)
              .append(".py\n");
        }
      }
      buffer.append('\n');
    }

    @Override
    public int read(char[] target, int offset, int length) {
      if (position == buffer.length()) {
        fill();
        if (buffer.length() == 0) {
          return -1;
        }
      }
      int n = Math.min(length, buffer.length() - position);
      buffer.getChars(position, position + n, target, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
