package dev.stackholder.benchmarks;

import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.ExclusionReport;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.git.GitRepository;
import dev.stackholder.contribution.gitdm.GitdmConfig;
import dev.stackholder.contribution.releases.ReleaseRange;
import dev.stackholder.contribution.releases.ReleaseRanges;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole release over several real clones: {@link #library()} is what "which companies wrote
 * 2024.1 of nova, keystone and glance?" asks of the library ({@link
 * ContributionStatistics#addRepositories}: each repository's {@code git log} run and parsed on a
 * worker thread, attributed by gitdm's configuration and ranked on this one), and {@link #gitLog()}
 * is {@code git log}'s own share of it: the very same command lines ({@link
 * GitRepository#logCommand}), the same number at once, their output read and thrown away. The ratio
 * of the two is what the library adds beyond git. Both run {@link #THREADS} repositories at once,
 * as the library is asked to; {@link #gitLogOneAfterAnother()} shows what running them in parallel
 * gains.
 *
 * <p>Each release's range per repository comes from the openstack/releases data built into the
 * library ({@link ReleaseRanges#builtIn()}). The clones are bare ones under {@code repos} ({@code
 * nova.git}, ...). {@link #setUp()} checks that both sides read the same commits: the library's
 * changesets, merges, automated commits and commits outside the release add up to the number of
 * {@code commit} lines git printed.
 *
 * <p>Each operation runs git for seconds, so the mode is single shot. {@link #main} runs one side
 * once, for {@code /usr/bin/time} to report the CPU time of the JVM and of the git processes it
 * waited for (JMH does not see the children's CPU): CPU time over wall time above 1 means more than
 * one core was used.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class WholeReleaseBenchmark {
  /** Repositories read at once: one per core of the two-core machine measured. */
  static final int THREADS = 2;

  /** The release series, as the openstack/releases data names it. */
  @Param({"2024.1"})
  public String series;

  /** The projects, comma-separated, in the order the whole release is read. */
  @Param({"nova,keystone,glance"})
  public String projects;

  /** The directory holding the bare clones {@code <project>.git}. */
  @Param({"/work/repos"})
  public String repos;

  /** gitdm's configuration directory (its {@code domain-map} and aliases). */
  @Param({"/work/shared/data/git/gitdm-config"})
  public String gitdm;

  private final Map<String, GitRepository> repositories = new LinkedHashMap<>();
  private final Map<String, ReleaseRange> ranges = new LinkedHashMap<>();
  private AffiliationDirectory directory;
  private ExecutorService pool;

  /** Finds the clones and ranges, reads gitdm's configuration, and checks both sides agree. */
  @Setup
  public void setUp() {
    prepare();
    check();
  }

  private void prepare() {
    ReleaseRanges releases = ReleaseRanges.builtIn();
    for (String project : projects.split(",")) {
      Path clone = Path.of(repos, project + ".git");
      if (!Files.isDirectory(clone)) {
        clone = Path.of(repos, project);
      }
      repositories.put(project, GitRepository.at(clone));
      ranges.put(project, releases.getRange(series, project));
    }
    directory = GitdmConfig.read(Path.of(gitdm)).directory();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  private void check() {
    ContributionStatistics statistics = statistics();
    ExclusionReport left = statistics.exclusions();
    long read =
        statistics.summary("all").changesets()
            + left.merges()
            + left.automatedCommits()
            + left.outsideRelease();
    long printed = gitLog();
    if (read != printed) {
      throw new IllegalStateException(
          "The library read " + read + " commits of " + series + " where git printed " + printed);
    }
    System.out.printf(
        Locale.ROOT,
        "%n%s over %s: %d commits (%d merges), ranges %s%n",
        series,
        projects,
        printed,
        left.merges(),
        ranges.values().stream().map(ReleaseRange::tagRange).toList());
  }

  /** Stops the git-only side's threads. */
  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  private ContributionStatistics statistics() {
    ContributionStatistics statistics =
        ContributionStatistics.of(series.replace('.', '-'), directory);
    for (ReleaseRange range : ranges.values()) {
      statistics.range(range.revisionRange());
    }
    return statistics.addRepositories(repositories, THREADS);
  }

  /** The library: the release read from every clone, attributed, counted and ranked. */
  @Benchmark
  public RankedTable library() {
    return statistics().rank("all", Metric.CHANGESETS, TieMode.COMPETITION);
  }

  /** git alone: the library's command lines, {@link #THREADS} at once; the commits printed. */
  @Benchmark
  public long gitLog() {
    List<Future<Long>> runs = new ArrayList<>();
    for (String project : repositories.keySet()) {
      runs.add(pool.submit(() -> runGit(project)));
    }
    long commits = 0;
    for (Future<Long> run : runs) {
      try {
        commits += run.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return commits;
  }

  /** git alone, one repository after another: what the parallel reading saves. */
  @Benchmark
  public long gitLogOneAfterAnother() throws IOException, InterruptedException {
    long commits = 0;
    for (String project : repositories.keySet()) {
      commits += runGit(project);
    }
    return commits;
  }

  /** Runs one repository's {@code git log} and counts the commits it prints. */
  private long runGit(String project) throws IOException, InterruptedException {
    GitRepository repository = repositories.get(project);
    Process git =
        new ProcessBuilder(
                GitRepository.logCommand(
                    "git",
                    Optional.of(ranges.get(project).revisionRange().range()),
                    GitRepository.MailmapUse.IGNORE))
            .directory(repository.directory().toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    long commits = 0;
    byte[] buffer = new byte[1 << 16];
    // A commit header is "commit <id>" at the start of a line; message lines are indented.
    boolean lineStart = true;
    int matched = 0;
    byte[] word = "commit ".getBytes(StandardCharsets.US_ASCII);
    try (InputStream out = git.getInputStream()) {
      for (int n; (n = out.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (lineStart || matched > 0) {
            if (matched < word.length && b == word[matched]) {
              matched++;
              if (matched == word.length) {
                commits++;
                matched = 0;
              }
            } else {
              matched = 0;
            }
          }
          lineStart = b == '\n';
        }
      }
    }
    int status = git.waitFor();
    if (status != 0) {
      throw new IllegalStateException("git log exited with " + status + " in " + project);
    }
    return commits;
  }

  /**
   * Runs one side once and prints its wall and JVM CPU time (for {@code /usr/bin/time}, which adds
   * the git processes' CPU): {@code library}, {@code git} or {@code git-serial}, then the
   * parameters in the order series, projects, repos, gitdm (each optional).
   *
   * @param args the side, then optional parameters
   * @throws Exception if a side fails
   */
  public static void main(String[] args) throws Exception {
    WholeReleaseBenchmark benchmark = new WholeReleaseBenchmark();
    benchmark.series = args.length > 1 ? args[1] : "2024.1";
    benchmark.projects = args.length > 2 ? args[2] : "nova,keystone,glance";
    benchmark.repos = args.length > 3 ? args[3] : "/work/repos";
    benchmark.gitdm = args.length > 4 ? args[4] : "/work/shared/data/git/gitdm-config";
    benchmark.prepare();
    try {
      long cpu0 =
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      long start = System.nanoTime();
      Object result =
          switch (args.length > 0 ? args[0] : "library") {
            case "library" -> benchmark.library().rows().size() + " rows";
            case "git" -> benchmark.gitLog() + " commits";
            case "git-serial" -> benchmark.gitLogOneAfterAnother() + " commits";
            default -> throw new IllegalArgumentException("library, git or git-serial: " + args[0]);
          };
      long wall = System.nanoTime() - start;
      long cpu =
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime()
              - cpu0;
      System.out.printf(
          Locale.ROOT,
          "%s: %s, wall %d ms, JVM CPU %d ms%n",
          args[0],
          result,
          wall / 1_000_000,
          cpu / 1_000_000);
    } finally {
      benchmark.tearDown();
    }
  }
}
