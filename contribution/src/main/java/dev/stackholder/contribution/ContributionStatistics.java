package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogReader;
import dev.stackholder.contribution.git.GitRepository;
import dev.stackholder.contribution.git.Trailer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Employer tables of one release computed from raw git history, as gitdm computes them: each commit
 * is one changeset credited to the employer of its author on its date (the {@link
 * AffiliationDirectory}); per employer it counts {@link Metric#CHANGESETS}, {@link
 * Metric#LINES_CHANGED} (the sum over commits of max(added, removed)), {@link Metric#LINES_ADDED},
 * {@link Metric#LINES_REMOVED} and {@link Metric#DEVELOPERS}.
 *
 * <p>Under {@link AttributionPolicy#STACKALYTICS} the date compared with affiliations is the
 * commit's UTC day and developers are Stackalytics users (addresses merged through the directory's
 * aliases only). Under {@link AttributionPolicy#GITDM}: developers are identities, not addresses,
 * merged as gitdm merges them: for every author line and every trailer gitdm recognises, in log
 * order, the (aliased, lower-case) address joins the developer it was first seen with; a new
 * address joins the developer of exactly the same name if there is one; otherwise it starts a new
 * developer. A developer credited to two employers counts once for each. Each project keeps its own
 * developers (gitdm is run once per project), and the whole release ({@code all}) its own, over the
 * projects in the order they were added.
 *
 * <p>Left out before counting, and reported in {@link #exclusions()}: merge commits, commits of
 * automated accounts ({@link AutomatedAccounts#defaults()} unless replaced; matched on the author
 * address, the author name and the employer label), and commits outside the release (excluded by
 * the project's {@link RevisionRange}, or dated outside {@code [from, until)} when the release is
 * given by dates). Shares follow gitdm's rule ({@link Shares}) and are of the whole total gitdm
 * would count, automated accounts included: leaving the bot's row out does not change anyone else's
 * share, so a share reads as gitdm's published one and as {@code rank}'s.
 *
 * <pre>{@code
 * GitdmConfig gitdm = GitdmConfig.read(Path.of("gitdm"));
 * ContributionStatistics folsom = ContributionStatistics.of("folsom", gitdm.directory());
 * folsom.addLog(Path.of("nova.log"));          // project "nova", from the file's base name
 * RankedTable table = folsom.rank("all", Metric.CHANGESETS, TieMode.COMPETITION);
 * }</pre>
 *
 * <p>Memory grows with the number of employers and addresses, not with the number of commits. Not
 * thread-safe: feed it from one thread; the tables and reports it returns are immutable.
 */
public final class ContributionStatistics {
  private static final Comparator<ContributionEntry> ORDER =
      (a, b) ->
          a.value() != b.value()
              ? Long.compare(b.value(), a.value())
              : a.employer().compareTo(b.employer());

  private final String release;
  private final AffiliationDirectory directory;

  /** Who is credited and who is left out; replaced (never mutated) by the configuring methods. */
  private Attributor attributor;

  private AutomatedAccounts automated;
  private final Map<String, Scope> projects = new LinkedHashMap<>();

  /**
   * The whole release once a second project is added; until then the only project's scope stands
   * for it (same commits, same order, same developers), which halves the work of the common
   * one-project run.
   */
  private Scope all;

  private final boolean utcDays;
  private long merges;
  private long outsideRelease;
  private long unreadableAuthors;
  private final Map<String, Long> automatedCommits = new TreeMap<>();
  private final List<InputSource> inputs = new ArrayList<>();
  private final Map<String, Author> authors = new HashMap<>();
  private final Map<Affiliation, Integer> ruleIndex = new java.util.IdentityHashMap<>();
  private final List<Affiliation> ruleList = new ArrayList<>();
  private final Map<String, Employer> employers = new HashMap<>();
  private final List<Employer> employerList = new ArrayList<>();
  private final boolean mergeTrailers;

  /** Stackalytics' users by address, as its processor credited them (no directory lookup). */
  private final Map<String, Author> stackalyticsAuthors = new HashMap<>();

  private java.util.Optional<dev.stackholder.contribution.stackalytics.StackalyticsResult>
      stackalyticsReport = java.util.Optional.empty();

  private ContributionStatistics(String release, Attributor attributor) {
    Checks.lowerCaseName("ContributionStatistics", "release", release);
    this.release = release;
    this.attributor = Objects.requireNonNull(attributor, "attributor");
    this.automated = attributor.automated();
    this.directory = attributor.directory();
    this.utcDays = attributor.utcDays();
    this.mergeTrailers = directory.policy() == AttributionPolicy.GITDM;
  }

  /**
   * {@return empty statistics of a release, attributed by a directory with the default rules
   * ({@code Attributor.of(directory)})}
   *
   * @param release lower-case, e.g. {@code "folsom"}
   * @param directory who employed whom, and the policy that says so
   */
  public static ContributionStatistics of(String release, AffiliationDirectory directory) {
    return new ContributionStatistics(release, Attributor.of(directory));
  }

  /**
   * {@return empty statistics of a release, attributed as the attributor decides}
   *
   * @param release lower-case, e.g. {@code "folsom"}
   * @param attributor who is credited to whom, and who is left out
   */
  public static ContributionStatistics of(String release, Attributor attributor) {
    return new ContributionStatistics(release, attributor);
  }

  /** {@return the attributor deciding who is credited: the one given, with the changes made} */
  public Attributor attributor() {
    return attributor;
  }

  private void configure(Attributor changed) {
    if (!authors.isEmpty()) {
      throw new IllegalStateException(
          "Configure the statistics of "
              + release
              + " before adding contributions: "
              + authors.size()
              + " authors were already read");
    }
    attributor = changed;
    automated = changed.automated();
    for (Scope scope : projects.values()) {
      scope.range = changed.scope().ranges().get(scope.project);
    }
  }

  /**
   * Replaces the automated-account rule ({@code AutomatedAccounts.none()} keeps every author, as
   * gitdm does). Call before adding commits.
   *
   * @param accounts the accounts to leave out of every table
   * @return these statistics, for chaining
   * @throws IllegalStateException if contributions were already added
   */
  public ContributionStatistics automated(AutomatedAccounts accounts) {
    configure(attributor.withAutomated(Objects.requireNonNull(accounts, "accounts")));
    return this;
  }

  /**
   * Applies a project's revision range (its excluded commits). Call before adding commits.
   *
   * @param range the range of one project; a later range of the same project replaces it
   * @return these statistics, for chaining
   * @throws IllegalStateException if contributions were already added
   */
  public ContributionStatistics range(RevisionRange range) {
    configure(attributor.withScope(attributor.scope().withRanges(List.of(range))));
    return this;
  }

  /**
   * Finds the release by date: only commits dated on or after {@code from} and before {@code until}
   * count. For logs not produced from a revision range. Call before adding commits.
   *
   * @param from the release's first day
   * @param until the first day after the release
   * @return these statistics, for chaining
   * @throws IllegalStateException if contributions were already added
   */
  public ContributionStatistics dates(LocalDate from, LocalDate until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    // No year limits here: dates(ReleaseCalendar) opens the first release's window at
    // LocalDate.MIN.
    if (!until.isAfter(from)) {
      // An inverted or empty window counted no commit without a word.
      throw new dev.stackholder.core.InvalidDataException(
          "Release window from "
              + from
              + " until "
              + until
              + " is empty: expected the first day after the release to be after its first day");
    }
    configure(attributor.withScope(attributor.scope().withDates(from, until)));
    return this;
  }

  /**
   * Finds the release by the dates of a calendar (Stackalytics' release end dates, say): only
   * contributions dated from the previous release's end (inclusive) to this release's end
   * (exclusive) count; the first release of the calendar has no lower bound. Call before adding.
   *
   * @param calendar the releases by end date
   * @return these statistics, for chaining
   * @throws NoSuchTableException (kind {@code "release"}) naming the calendar's releases if it does
   *     not have this one
   */
  public ContributionStatistics dates(ReleaseCalendar calendar) {
    LocalDate[] cycle = calendar.cycle(release);
    if (cycle == null) {
      throw new NoSuchTableException(
          "release",
          release,
          calendar.names(),
          String.format(Locale.ROOT, "Release '%s' is not in the release calendar", release));
    }
    return dates(cycle[0] == null ? LocalDate.MIN : cycle[0], cycle[1]);
  }

  /** {@return the release} */
  public String release() {
    return release;
  }

  /** {@return the directory attributing authors} */
  public AffiliationDirectory directory() {
    return directory;
  }

  /**
   * Reads a whole log file, streaming; the project is the file's base name ({@code nova.log} is
   * {@code nova}).
   *
   * @param log a {@code git log} file in the format {@link
   *     dev.stackholder.contribution.git.GitLogReader} reads
   * @return these statistics, for chaining
   */
  public ContributionStatistics addLog(Path log) {
    Path fileName = log.getFileName();
    if (fileName == null) {
      // Path.of("/") has no file name: refused as data, not a NullPointerException.
      throw new dev.stackholder.core.InvalidDataException(
          String.valueOf(log),
          "a git log path must name a file," + " such as nova.log, to take the project from",
          null);
    }
    String name = fileName.toString();
    int dot = name.indexOf('.');
    return addLog(dot > 0 ? name.substring(0, dot) : name, log);
  }

  /**
   * Reads a whole log file of a project, streaming.
   *
   * @param project the project, lower-case, e.g. {@code "nova"}
   * @param log a {@code git log} file in the format {@link
   *     dev.stackholder.contribution.git.GitLogReader} reads
   * @return these statistics, for chaining
   */
  public ContributionStatistics addLog(String project, Path log) {
    InputSource.Builder input =
        InputSource.builder()
            .kind(InputSource.GIT_LOG)
            .name(log.toString())
            .project(project.toLowerCase(Locale.ROOT));
    attributor.scope().findRange(project).ifPresent(range -> input.range(range.range()));
    inputs.add(input.build());
    try (GitLogReader reader = GitLogReader.open(log)) {
      return addAll(project, reader);
    }
  }

  /**
   * Reads several repositories, in parallel, and adds their commits as if their logs were added one
   * after another in the given order (the same tables, developers merged in the same order): each
   * repository's {@code git log} runs and is parsed on a worker thread while this thread attributes
   * and counts, so a release over several repositories uses more than one core. Each project's
   * range is its range in the attributor's scope (else HEAD's whole history), and the log is read
   * with the attributor's mailmap choice. Memory is bounded by the number of threads times a queue
   * of a few thousand parsed commits, not by the histories' length.
   *
   * @param repositories project (lower-case) to repository, in the order the whole release is read
   * @param threads how many repositories are read at once; 1 or more
   * @return these statistics, for chaining
   * @throws dev.stackholder.core.StackholderException if git fails in a repository (the first
   *     failure, in the given order)
   * @throws IllegalArgumentException if threads is less than 1
   */
  public ContributionStatistics addRepositories(
      Map<String, GitRepository> repositories, int threads) {
    return addRepositories(repositories, threads, java.util.Optional.empty());
  }

  /**
   * {@link #addRepositories(Map, int)}, reading each history from a cache of {@code git log} texts
   * where it holds the range as it is now, and filling it where not: a second run over unchanged
   * clones runs no {@code git log}.
   *
   * @param repositories project (lower-case) to repository, in the order the whole release is read
   * @param threads how many repositories are read at once; 1 or more
   * @param cache the cache, or empty to run {@code git log} every time
   * @return these statistics, for chaining
   * @throws dev.stackholder.core.NotFoundException under the Stackalytics policy with {@link
   *     Attributor#withStackalytics}, if a project is not a module of {@code default_data.json}'s
   *     {@code repos} (then each repository is read as Stackalytics read it, the cache and threads
   *     unused, and counted by {@link #addStackalytics})
   */
  public ContributionStatistics addRepositories(
      Map<String, GitRepository> repositories,
      int threads,
      java.util.Optional<dev.stackholder.contribution.git.GitLogCache> cache) {
    if (attributor.policy() == AttributionPolicy.STACKALYTICS
        && attributor.findStackalytics().isPresent()) {
      // One engine: Stackalytics' reading (branches, tag ranges, its git options) and its rules.
      Attributor.Stackalytics stackalytics = attributor.findStackalytics().get();
      List<dev.stackholder.contribution.stackalytics.StackalyticsProcessor.Repository> read =
          new ArrayList<>();
      for (Map.Entry<String, GitRepository> entry : repositories.entrySet()) {
        read.add(
            stackalytics.processor().readRepository(entry.getValue().directory(), entry.getKey()));
      }
      return addStackalytics(stackalytics.processor(), read, stackalytics.corrections());
    }
    Map<String, java.util.Optional<String>> ranges = new HashMap<>();
    for (String project : repositories.keySet()) {
      ranges.put(project, attributor.scope().findRange(project).map(RevisionRange::range));
    }
    for (Map.Entry<String, GitRepository> entry : repositories.entrySet()) {
      InputSource.Builder input =
          InputSource.builder()
              .kind(InputSource.REPOSITORY)
              .name(entry.getValue().directory().toString())
              .project(entry.getKey())
              .head(entry.getValue().head())
              .note(
                  "mailmap "
                      + attributor.mailmap().id()
                      + ", git options of "
                      + attributor.policy().name().toLowerCase(Locale.ROOT)
                      + (cache.isPresent() ? ", git log cache " + cache.get().directory() : ""));
      ranges.get(entry.getKey()).ifPresent(input::range);
      inputs.add(input.build());
    }
    // The policy's tool's git options: Stackalytics' -M without --find-copies-harder.
    ParallelHistories.read(
        repositories,
        ranges,
        attributor.mailmap(),
        attributor.policy(),
        threads,
        cache,
        this::addAll);
    return this;
  }

  /**
   * Adds commits of a project, in log order.
   *
   * @param project the project, lower-case, e.g. {@code "nova"}
   * @param commits the commits, newest first as {@code git log} prints them; consumed
   * @return these statistics, for chaining
   */
  public ContributionStatistics addAll(String project, Iterator<GitCommit> commits) {
    Scope scope = scope(project);
    while (commits.hasNext()) {
      add(scope, commits.next());
    }
    return this;
  }

  /**
   * Adds commits of a project, in log order.
   *
   * @param project the project, lower-case, e.g. {@code "nova"}
   * @param commits the commits, newest first as {@code git log} prints them
   * @return these statistics, for chaining
   */
  public ContributionStatistics addAll(String project, Iterable<GitCommit> commits) {
    return addAll(project, commits.iterator());
  }

  /**
   * Adds one commit of a project; commits must come in log order.
   *
   * @param project the project, lower-case, e.g. {@code "nova"}
   * @param commit the next commit of the project's log
   * @return these statistics, for chaining
   */
  public ContributionStatistics add(String project, GitCommit commit) {
    add(scope(project), commit);
    return this;
  }

  /**
   * Adds source-neutral records (a review, a fixed bug, a commit from a source other than git
   * history), each in its own project: the same attribution, automated-account rule, release dates
   * and tables as commits. A record has no commit id, so a {@link RevisionRange} does not apply to
   * it; give the release by {@link #dates}. Its author is looked up as an address; an author
   * without {@code @} (a name) is an author no rule covers, and stands for itself as the policy
   * says.
   *
   * @param records the records, in any order (developers are merged in this order)
   * @return these statistics, for chaining
   * @throws dev.stackholder.core.InvalidDataException if a total would exceed a {@code long} (never
   *     silently wrapped)
   */
  public ContributionStatistics addRecords(Iterable<ContributionRecord> records) {
    for (ContributionRecord record : records) {
      add(record);
    }
    return this;
  }

  /**
   * Adds one source-neutral record (see {@link #addRecords}).
   *
   * @param record the record
   * @return these statistics, for chaining
   */
  public ContributionStatistics add(ContributionRecord record) {
    // A record's project is already a checked lower-case name: look it up before checking again.
    Scope scope = projects.get(record.project());
    if (scope == null) {
      scope = scope(record.project());
    }
    LocalDate date = record.date();
    if (attributor.scope().outsideDates(date)) {
      outsideRelease++;
      return this;
    }
    String raw = record.author();
    Author author = author(raw);
    long added = record.linesAdded();
    long removed = record.linesRemoved();
    if (author.automated) {
      leaveOutAutomated(
          scope, author, record.changesets(), added, removed, record.bugsFixed(), record.reviews());
      return this;
    }
    long epochDay = date.toEpochDay();
    int rule = author.pick(epochDay);
    Employer employer = rule >= 0 ? author.employers[rule] : author.unknown();
    if (employer.automated) {
      leaveOutAutomated(
          scope, author, record.changesets(), added, removed, record.bugsFixed(), record.reviews());
      return this;
    }
    int affiliation = rule >= 0 ? author.ruleIds[rule] : -1;
    scope.count(
        author.address,
        author,
        employer,
        affiliation,
        epochDay,
        record.changesets(),
        added,
        removed,
        record.bugsFixed(),
        record.reviews());
    if (all != null) {
      all.count(
          author.address,
          author,
          employer,
          affiliation,
          epochDay,
          record.changesets(),
          added,
          removed,
          record.bugsFixed(),
          record.reviews());
    }
    return this;
  }

  /**
   * Under {@link AttributionPolicy#STACKALYTICS}: reads repositories the way Stackalytics'
   * processor reads them and counts what it credits, rule for rule, by delegating to the one
   * implementation of those rules, {@link
   * dev.stackholder.contribution.stackalytics.StackalyticsProcessor#process} (its Javadoc cites the
   * Stackalytics file and function of each: skipped commits, co-authors and their release by date,
   * {@code *robots} dropped, independents at a company's domain, end dates with {@code
   * *independent} after the last, the last undated company, the address-case quirk, release by tag
   * range else by date) and then applying {@code corrections.json}. Only the records the processor
   * places in this statistics' release are counted, each in its module's table and in {@code all}:
   * one changeset per record (a co-authored commit counts once for each person credited, as
   * Stackalytics counts it), its lines added and removed, and its {@link Metric#LOC} as corrected.
   * The tables are then those of Stackalytics' dashboard; rank them with {@link TieMode#DASHBOARD}.
   *
   * <p>The attributor's revision ranges, dates and automated accounts do not apply to these
   * records: Stackalytics' release index and its {@code *robots} rule decide instead. The
   * processor's report (skipped, dropped, corrected) is {@link #findStackalyticsReport()}; {@code
   * *robots} commits also appear in {@link #exclusions()} as automated commits of {@code *robots}.
   *
   * @param processor Stackalytics' rules with the data of a {@code default_data.json}
   * @param repositories the repositories, in {@code default_data.json}'s order
   * @param corrections the corrections, or {@code StackalyticsCorrections.none()}
   * @return these statistics, for chaining
   * @throws dev.stackholder.core.InvalidDataException if the attributor's policy is not {@link
   *     AttributionPolicy#STACKALYTICS}, or a total would exceed a {@code long}
   */
  public ContributionStatistics addStackalytics(
      dev.stackholder.contribution.stackalytics.StackalyticsProcessor processor,
      List<dev.stackholder.contribution.stackalytics.StackalyticsProcessor.Repository> repositories,
      dev.stackholder.contribution.stackalytics.StackalyticsCorrections corrections) {
    if (directory.policy() != AttributionPolicy.STACKALYTICS) {
      throw new dev.stackholder.core.InvalidDataException(
          "Stackalytics' records of release "
              + release
              + " need the stackalytics attribution policy, not "
              + directory.policy().name().toLowerCase(Locale.ROOT));
    }
    dev.stackholder.contribution.stackalytics.StackalyticsResult result =
        processor.process(repositories, corrections);
    for (dev.stackholder.contribution.stackalytics.StackalyticsProcessor.Repository repo :
        repositories) {
      inputs.add(
          InputSource.builder()
              .kind(InputSource.GIT_LOG)
              .name("stackalytics:" + repo.module())
              .project(repo.module().toLowerCase(Locale.ROOT))
              .note("read and attributed by Stackalytics' rules (StackalyticsProcessor)")
              .build());
    }
    for (dev.stackholder.contribution.stackalytics.StackalyticsRecord record : result.records()) {
      if (!record.release().equals(release)) {
        continue;
      }
      Scope scope = scope(record.module());
      Author author =
          stackalyticsAuthors.computeIfAbsent(
              record.email(), email -> new Author(email, false, null));
      // The processor decided the company: it is not looked up again, nor tested as automated.
      Employer employer = employer(record.company());
      long epochDay =
          java.time.LocalDate.ofInstant(record.date(), java.time.ZoneOffset.UTC).toEpochDay();
      long correction = record.loc() - plus(record.linesAdded(), record.linesDeleted());
      scope.count(
          record.email(),
          author,
          employer,
          -1,
          epochDay,
          1,
          record.linesAdded(),
          record.linesDeleted(),
          0,
          0);
      scope.correctLoc(employer, correction);
      if (all != null) {
        all.count(
            record.email(),
            author,
            employer,
            -1,
            epochDay,
            1,
            record.linesAdded(),
            record.linesDeleted(),
            0,
            0);
        all.correctLoc(employer, correction);
      }
    }
    if (!result.robots().isEmpty()) {
      automatedCommits.merge(
          dev.stackholder.contribution.stackalytics.StackalyticsProcessor.ROBOTS,
          (long) result.robots().size(),
          Long::sum);
    }
    stackalyticsReport = java.util.Optional.of(result);
    return this;
  }

  /**
   * {@return the report of Stackalytics' processor (skipped commits, {@code *robots} commits,
   * corrected records) once {@link #addStackalytics} ran, else empty}
   */
  public java.util.Optional<dev.stackholder.contribution.stackalytics.StackalyticsResult>
      findStackalyticsReport() {
    return stackalyticsReport;
  }

  private Scope scope(String project) {
    String name = project.toLowerCase(Locale.ROOT);
    Checks.lowerCaseName("ContributionStatistics", "project", name);
    if (name.equals(ContributionTable.ALL_PROJECTS)) {
      // Data, not a programming error: a log file named all.log reaches here by its name.
      throw new dev.stackholder.core.InvalidDataException(
          "project 'all' names the whole release, not a"
              + " project: name the log after its project (all.log is taken as project 'all') or give the project");
    }
    Scope scope = projects.get(name);
    if (scope == null) {
      if (projects.size() == 1 && all == null) {
        all = projects.values().iterator().next().copy(ContributionTable.ALL_PROJECTS);
      }
      scope = new Scope(name, !utcDays);
      scope.range = attributor.scope().ranges().get(name);
      projects.put(name, scope);
    }
    return scope;
  }

  private void add(Scope scope, GitCommit commit) {
    if (commit.merge()) {
      merges++;
      return;
    }
    LocalDate date = commit.date();
    if ((scope.range != null && !scope.range.includes(commit.id()))
        || attributor.scope().outsideDates(date)) {
      outsideRelease++;
      return;
    }
    if (commit.authorUnreadable()) {
      unreadableAuthors++;
    }
    Author author = author(commit.authorAddress());
    String name = commit.authorName();
    if (!name.equals(author.lastName)) {
      author.lastName = name;
      author.lastNameAutomated = automated.test(name);
    }
    if (author.automated || author.lastNameAutomated) {
      leaveOutAutomated(scope, author, commit);
      return;
    }
    long epochDay = date.toEpochDay();
    // gitdm compares the author's local day; Stackalytics the commit's UTC time.
    int rule = author.pick(utcDays ? attributor.day(commit).toEpochDay() : epochDay);
    Employer employer = rule >= 0 ? author.employers[rule] : author.unknown();
    if (employer.automated) {
      leaveOutAutomated(scope, author, commit);
      return;
    }
    int affiliation = rule >= 0 ? author.ruleIds[rule] : -1;
    long linesAdded = commit.linesAdded();
    long linesRemoved = commit.linesRemoved();
    scope.count(name, author, employer, affiliation, epochDay, 1, linesAdded, linesRemoved, 0, 0);
    if (all != null) {
      all.count(name, author, employer, affiliation, epochDay, 1, linesAdded, linesRemoved, 0, 0);
    }
    if (mergeTrailers) {
      List<Trailer> trailers = commit.trailers();
      for (int i = 0; i < trailers.size(); i++) {
        Trailer trailer = trailers.get(i);
        if (trailer.gitdmRecognises()) {
          Author other = author(trailer.address());
          scope.developer(other, trailer.name());
          if (all != null) {
            all.developer(other, trailer.name());
          }
        }
      }
    }
  }

  /**
   * An automated account's commit: no row of any table, but still part of the totals that shares
   * are taken of, as in gitdm (which never left the bot out), so that a share reads the same as
   * gitdm's published one whether or not the bot's row is shown.
   */
  private void leaveOutAutomated(Scope scope, Author author, GitCommit commit) {
    leaveOutAutomated(scope, author, 1, commit.linesAdded(), commit.linesRemoved(), 0, 0);
  }

  private void leaveOutAutomated(
      Scope scope,
      Author author,
      long commits,
      long linesAdded,
      long linesRemoved,
      long bugs,
      long reviews) {
    automatedCommits.merge(author.address, commits, Long::sum);
    scope.countAutomated(author, commits, linesAdded, linesRemoved, bugs, reviews);
    if (all != null) {
      all.countAutomated(author, commits, linesAdded, linesRemoved, bugs, reviews);
    }
  }

  private Author author(String raw) {
    Author author = authors.get(raw);
    if (author == null) {
      String address = directory.canonicalAddress(raw);
      author =
          new Author(address, attributor.automatedAuthor(raw, address), directory.rulesOf(address));
      for (int i = 0; i < author.employers.length; i++) {
        author.employers[i] = employer(author.rules[i].organization());
        Affiliation rule = author.rules[i];
        author.ruleIds[i] =
            ruleIndex.computeIfAbsent(
                rule,
                key -> {
                  ruleList.add(key);
                  return ruleList.size() - 1;
                });
      }
      authors.put(raw, author);
    }
    return author;
  }

  private Employer employer(String label) {
    Employer employer = employers.get(label);
    if (employer == null) {
      employer = new Employer(employers.size(), label, automated.test(label));
      employers.put(label, employer);
      employerList.add(employer);
    }
    return employer;
  }

  /** An address as written in the log, resolved once (gitdm also looks an address up once). */
  private final class Author {
    final String address;
    final boolean automated;
    final Affiliation[] rules;
    final long[] fromDay;
    final long[] untilDay;
    final Employer[] employers;
    final int[] ruleIds;
    final boolean hasRules;
    Employer unknown;
    String lastName;
    boolean lastNameAutomated;
    Developer allDeveloper;
    Scope scope;
    Developer scopeDeveloper;

    Author(String address, boolean automated, List<Affiliation> rules) {
      this.address = address;
      this.automated = automated;
      this.hasRules = rules != null;
      this.rules = rules == null ? new Affiliation[0] : rules.toArray(new Affiliation[0]);
      this.fromDay = new long[this.rules.length];
      this.untilDay = new long[this.rules.length];
      for (int i = 0; i < this.rules.length; i++) {
        fromDay[i] = this.rules[i].from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
        untilDay[i] = this.rules[i].until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      }
      this.employers = new Employer[this.rules.length];
      this.ruleIds = new int[this.rules.length];
    }

    /** The first rule covering the day, or -1. */
    int pick(long epochDay) {
      for (int i = 0; i < rules.length; i++) {
        if (epochDay >= fromDay[i] && epochDay < untilDay[i]) {
          return i;
        }
      }
      return -1;
    }

    Employer unknown() {
      if (unknown == null) {
        unknown = employer(directory.policy().unknownLabel(address));
      }
      return unknown;
    }
  }

  /** An employer label, numbered in order of appearance so that tallies are array slots. */
  private static final class Employer {
    final int index;
    final String label;
    final boolean automated;

    Employer(int index, String label, boolean automated) {
      this.index = index;
      this.label = label;
      this.automated = automated;
    }
  }

  /**
   * Names an input the caller read itself (a stream it added with {@link #addAll}, the affiliation
   * sources of the directory), so that the tables' provenance lists it.
   *
   * @param input the input
   * @return these statistics, for chaining
   */
  public ContributionStatistics addInput(InputSource input) {
    inputs.add(Objects.requireNonNull(input, "input"));
    return this;
  }

  /** {@return what the statistics were computed from: the policy and the inputs, in order} */
  public Provenance provenance() {
    return Provenance.of(
        java.util.Optional.of(directory.policy().name().toLowerCase(Locale.ROOT)), inputs);
  }

  /** {@return the projects added so far, in order} */
  public ImmutableList<String> projects() {
    return ImmutableList.copyOf(projects.keySet());
  }

  /**
   * {@return the employer table of a project or of the whole release}
   *
   * @param project a project added, in any case, or {@code all}
   * @param metric any metric; git history counts no bugs or reviews, so from commits alone those
   *     tables have no rows
   * @throws NoSuchTableException if no commit of the project was added
   */
  public ContributionTable table(String project, Metric metric) {
    Scope scope = findScope(project);
    Map<String, Long> values = new HashMap<>();
    for (int i = 0; i < scope.tallies.size(); i++) {
      Tally tally = scope.tallies.get(i);
      if (tally != null) {
        values.put(employerList.get(i).label, tally.value(metric));
      }
    }
    long automatedTotal =
        metric == Metric.DEVELOPERS ? scope.automatedAuthors.size() : scope.automated.value(metric);
    return table(name(project), metric, values, automatedTotal);
  }

  /**
   * {@return {@link #table} ranked by {@link Ranking} (which leaves out automated accounts again)}
   *
   * @param project a project added, or {@link ContributionTable#ALL_PROJECTS}
   * @param metric what to count
   * @param ties how tied entries are numbered
   */
  public RankedTable rank(String project, Metric metric, TieMode ties) {
    return Ranking.of(ties, automated::test)
        .rank(table(project, metric))
        .withProvenance(provenance());
  }

  /**
   * {@return gitdm's summary lines of a project or {@code all}, over the commits counted}
   *
   * @param project a project added, or {@link ContributionTable#ALL_PROJECTS}
   */
  public Summary summary(String project) {
    Scope scope = findScope(project);
    return new Summary(
        scope.changesets,
        scope.activeDevelopers.cardinality(),
        scope.employerCount,
        scope.added,
        scope.removed);
  }

  /**
   * gitdm's summary lines: {@code Processed N csets from M developers}, {@code K employers found},
   * {@code A total of X lines added, Y removed}.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Summary {
    private final long changesets;
    private final long developers;
    private final long employers;
    private final long linesAdded;
    private final long linesRemoved;

    Summary(long changesets, long developers, long employers, long linesAdded, long linesRemoved) {
      this.changesets = changesets;
      this.developers = developers;
      this.employers = employers;
      this.linesAdded = linesAdded;
      this.linesRemoved = linesRemoved;
    }

    /** {@return changesets counted} */
    public long changesets() {
      return changesets;
    }

    /** {@return developers (identities) with at least one changeset} */
    public long developers() {
      return developers;
    }

    /** {@return employer labels (address pseudo-employers included) with at least one changeset} */
    public long employers() {
      return employers;
    }

    /** {@return lines added over all counted commits} */
    public long linesAdded() {
      return linesAdded;
    }

    /** {@return lines removed over all counted commits} */
    public long linesRemoved() {
      return linesRemoved;
    }

    @Override
    public String toString() {
      return "Processed "
          + changesets
          + " csets from "
          + developers
          + " developers, "
          + employers
          + " employers, "
          + linesAdded
          + " lines added, "
          + linesRemoved
          + " removed";
    }
  }

  /** {@return what was left out, over every project} */
  public ExclusionReport exclusions() {
    return new ExclusionReport(
        merges, ImmutableSortedMap.copyOf(automatedCommits), outsideRelease, unreadableAuthors);
  }

  /**
   * {@return which rules attributed the commits of a project (or {@code all}), who fell to unknown,
   * who changed employer}
   *
   * @param project a project added, or {@link ContributionTable#ALL_PROJECTS}
   */
  public AttributionReport attributionReport(String project) {
    Scope scope = findScope(project);
    List<Map.Entry<Affiliation, Long>> rules = new ArrayList<>();
    for (int i = 0; i < Math.min(scope.byRule.length, ruleList.size()); i++) {
      if (scope.byRule[i] > 0) {
        rules.add(Map.entry(ruleList.get(i), scope.byRule[i]));
      }
    }
    rules.sort(
        Comparator.comparingLong((Map.Entry<Affiliation, Long> e) -> -e.getValue())
            .thenComparing(e -> e.getKey().toString()));
    ImmutableMap.Builder<Affiliation, Long> byRule = ImmutableMap.builder();
    for (Map.Entry<Affiliation, Long> rule : rules) {
      byRule.put(rule.getKey(), rule.getValue());
    }
    ImmutableList.Builder<AttributionReport.EmployerChange> changes = ImmutableList.builder();
    for (Developer developer : scope.developers) {
      if (developer.spans != null && developer.spans.size() > 1) {
        List<AttributionReport.Span> spans = new ArrayList<>();
        developer.spans.forEach(
            span ->
                spans.add(
                    new AttributionReport.Span(
                        span.employer.label,
                        LocalDate.ofEpochDay(span.first),
                        LocalDate.ofEpochDay(span.last),
                        span.commits)));
        spans.sort(
            Comparator.comparing(AttributionReport.Span::first)
                .thenComparing(AttributionReport.Span::employer));
        changes.add(
            new AttributionReport.EmployerChange(developer.name, ImmutableList.copyOf(spans)));
      }
    }
    Map<String, Long> unknown = new TreeMap<>();
    scope.unknown.forEach((address, count) -> unknown.put(address, count[0]));
    return new AttributionReport(
        name(project), byRule.build(), ImmutableSortedMap.copyOf(unknown), changes.build());
  }

  private static String name(String project) {
    return project.toLowerCase(Locale.ROOT);
  }

  private Scope findScope(String project) {
    String name = project.toLowerCase(Locale.ROOT);
    Scope scope =
        !name.equals(ContributionTable.ALL_PROJECTS)
            ? projects.get(name)
            : all != null
                ? all
                : projects.isEmpty()
                    ? new Scope(ContributionTable.ALL_PROJECTS, !utcDays)
                    : projects.values().iterator().next();
    if (scope == null) {
      throw new NoSuchTableException(
          "project",
          project,
          ImmutableList.copyOf(projects.keySet()),
          String.format(Locale.ROOT, "No commits of project '%s' in release %s", project, release));
    }
    return scope;
  }

  private ContributionTable table(
      String project, Metric metric, Map<String, Long> values, long automatedTotal) {
    long sum = automatedTotal;
    for (long value : values.values()) {
      sum += value;
    }
    List<ContributionEntry> entries = new ArrayList<>(values.size());
    for (Map.Entry<String, Long> entry : values.entrySet()) {
      long value = entry.getValue();
      if (value > 0) {
        BigDecimal share = share(value, sum);
        entries.add(ContributionEntry.of(entry.getKey(), value, share));
      }
    }
    entries.sort(ORDER);
    return ContributionTable.builder()
        .release(release)
        .project(project)
        .metric(metric)
        .entries(entries)
        .build();
  }

  /** Added plus removed, refused as data (never wrapped) if a long cannot hold it. */
  static long plus(long added, long removed) {
    try {
      return Math.addExact(added, removed);
    } catch (ArithmeticException e) {
      throw new dev.stackholder.core.InvalidDataException(
          "Lines added "
              + added
              + " plus lines"
              + " removed "
              + removed
              + " is larger than a long can hold ("
              + Long.MAX_VALUE
              + ")",
          e);
    }
  }

  /** gitdm's share rule: {@link Shares#of}. */
  static BigDecimal share(long value, long total) {
    return Shares.of(value, total);
  }

  @Override
  public String toString() {
    return "ContributionStatistics{" + release + ", " + projects.keySet() + "}";
  }

  /** One gitdm run: its developers and its tallies. */
  private static final class Scope {
    final String project;
    final Map<String, Developer> byAddress = new HashMap<>();
    final Map<String, Developer> byName = new HashMap<>();
    final List<Developer> developers = new ArrayList<>();
    final List<Tally> tallies = new ArrayList<>();

    /** Commits per rule, by the statistics' rule number. */
    long[] byRule = new long[16];

    final Map<String, long[]> unknown = new HashMap<>();
    final BitSet activeDevelopers = new BitSet();

    /** What automated accounts did: in the totals only. */
    Tally automated = new Tally();

    java.util.Set<String> automatedAuthors = new java.util.HashSet<>();
    RevisionRange range;
    long changesets;
    long added;
    long removed;
    int employerCount;
    final boolean mergeByName;

    Scope(String project, boolean mergeByName) {
      this.project = project;
      this.mergeByName = mergeByName;
    }

    /** A deep copy under another name, for the whole release when a second project arrives. */
    Scope copy(String name) {
      Scope copy = new Scope(name, mergeByName);
      for (Developer developer : developers) {
        copy.developers.add(developer.copy());
      }
      byAddress.forEach(
          (address, developer) -> copy.byAddress.put(address, copy.developers.get(developer.id)));
      byName.forEach((key, developer) -> copy.byName.put(key, copy.developers.get(developer.id)));
      for (Tally tally : tallies) {
        copy.tallies.add(tally == null ? null : tally.copy());
      }
      copy.byRule = byRule.clone();
      copy.automated = automated.copy();
      copy.automatedAuthors = new java.util.HashSet<>(automatedAuthors);
      unknown.forEach((address, count) -> copy.unknown.put(address, count.clone()));
      copy.activeDevelopers.or(activeDevelopers);
      copy.changesets = changesets;
      copy.added = added;
      copy.removed = removed;
      copy.employerCount = employerCount;
      return copy;
    }

    Developer developer(Author author, String name) {
      boolean whole = project.equals(ContributionTable.ALL_PROJECTS);
      if (whole ? author.allDeveloper != null : author.scope == this) {
        return whole ? author.allDeveloper : author.scopeDeveloper;
      }
      Developer developer = byAddress.get(author.address);
      if (developer == null) {
        developer = mergeByName ? byName.get(name) : null;
        if (developer == null) {
          developer = new Developer(developers.size(), name);
          developers.add(developer);
          byName.putIfAbsent(name, developer);
        }
        byAddress.put(author.address, developer);
      }
      if (whole) {
        author.allDeveloper = developer;
      } else {
        author.scope = this;
        author.scopeDeveloper = developer;
      }
      return developer;
    }

    /** Replaces part of an employer's loc by a correction's (already counted by count). */
    void correctLoc(Employer employer, long delta) {
      if (delta != 0) {
        Tally tally = tallies.get(employer.index);
        try {
          tally.loc = Math.addExact(tally.loc, delta);
        } catch (ArithmeticException e) {
          throw new dev.stackholder.core.InvalidDataException(
              "A total is larger than a long can hold (" + Long.MAX_VALUE + ")", e);
        }
      }
    }

    void countAutomated(
        Author author, long commits, long linesAdded, long linesRemoved, long bugs, long reviews) {
      automated.add(commits, linesAdded, linesRemoved, bugs, reviews);
      automatedAuthors.add(author.address);
    }

    void count(
        String name,
        Author author,
        Employer employer,
        int rule,
        long date,
        long commits,
        long linesAdded,
        long linesRemoved,
        long bugs,
        long reviews) {
      Developer developer = developer(author, name);
      while (tallies.size() <= employer.index) {
        tallies.add(null);
      }
      Tally tally = tallies.get(employer.index);
      if (tally == null) {
        tally = new Tally();
        tallies.set(employer.index, tally);
        employerCount++;
      }
      tally.add(commits, linesAdded, linesRemoved, bugs, reviews);
      tally.developers.set(developer.id);
      activeDevelopers.set(developer.id);
      changesets += commits;
      added += linesAdded;
      removed += linesRemoved;
      if (rule >= 0) {
        if (rule >= byRule.length) {
          byRule = java.util.Arrays.copyOf(byRule, Math.max(rule + 1, byRule.length * 2));
        }
        byRule[rule] += commits;
      } else {
        unknown.computeIfAbsent(author.address, key -> new long[1])[0] += commits;
      }
      developer.credit(employer, date);
    }
  }

  private static final class Developer {
    final int id;
    final String name;
    List<DevSpan> spans;
    DevSpan last;

    Developer(int id, String name) {
      this.id = id;
      this.name = name;
    }

    Developer copy() {
      Developer copy = new Developer(id, name);
      if (spans != null) {
        copy.spans = new ArrayList<>(spans.size());
        for (DevSpan span : spans) {
          DevSpan clone = new DevSpan(span.employer, span.first);
          clone.last = span.last;
          clone.commits = span.commits;
          copy.spans.add(clone);
          if (span == last) {
            copy.last = clone;
          }
        }
      }
      return copy;
    }

    void credit(Employer employer, long date) {
      if (last != null && last.employer == employer) {
        last.add(date);
        return;
      }
      if (spans == null) {
        spans = new ArrayList<>(2);
      }
      for (DevSpan span : spans) {
        if (span.employer == employer) {
          span.add(date);
          last = span;
          return;
        }
      }
      last = new DevSpan(employer, date);
      spans.add(last);
    }
  }

  private static final class DevSpan {
    final Employer employer;
    long first;
    long last;
    long commits = 1;

    DevSpan(Employer employer, long date) {
      this.employer = employer;
      first = date;
      last = date;
    }

    void add(long date) {
      if (date < first) {
        first = date;
      }
      if (date > last) {
        last = date;
      }
      commits++;
    }
  }

  private static final class Tally {
    long changesets;
    long added;
    long removed;
    long changed;

    /** Stackalytics' loc: added plus removed, or a correction's loc in its place. */
    long loc;

    long bugs;
    long reviews;
    final BitSet developers = new BitSet();

    Tally copy() {
      Tally copy = new Tally();
      copy.changesets = changesets;
      copy.added = added;
      copy.removed = removed;
      copy.changed = changed;
      copy.loc = loc;
      copy.bugs = bugs;
      copy.reviews = reviews;
      copy.developers.or(developers);
      return copy;
    }

    /** Sums never wrap around: a wrapped sum would reorder the table or divide by zero. */
    void add(long commits, long linesAdded, long linesRemoved, long bugsFixed, long reviewed) {
      if (commits == 1
          && bugsFixed == 0
          && reviewed == 0
          && linesAdded < Integer.MAX_VALUE
          && linesRemoved < Integer.MAX_VALUE
          && added < Long.MAX_VALUE / 2
          && removed < Long.MAX_VALUE / 2
          && changed < Long.MAX_VALUE / 2
          && loc < Long.MAX_VALUE / 2) {
        // A commit of git history: its counts are checked ints, far from overflowing the sums.
        changesets++;
        added += linesAdded;
        removed += linesRemoved;
        changed += Math.max(linesAdded, linesRemoved);
        loc += linesAdded + linesRemoved;
        return;
      }
      try {
        changesets = Math.addExact(changesets, commits);
        added = Math.addExact(added, linesAdded);
        removed = Math.addExact(removed, linesRemoved);
        changed = Math.addExact(changed, Math.max(linesAdded, linesRemoved));
        loc = Math.addExact(loc, Math.addExact(linesAdded, linesRemoved));
        bugs = Math.addExact(bugs, bugsFixed);
        reviews = Math.addExact(reviews, reviewed);
      } catch (ArithmeticException e) {
        throw new dev.stackholder.core.InvalidDataException(
            "A total is larger than a long can hold (" + Long.MAX_VALUE + ")", e);
      }
    }

    long value(Metric metric) {
      switch (metric) {
        case CHANGESETS:
          return changesets;
        case LINES_CHANGED:
          return changed;
        case LOC:
          return loc;
        case LINES_ADDED:
          return added;
        case LINES_REMOVED:
          return removed;
        case DEVELOPERS:
          return developers.cardinality();
        case BUGS_FIXED:
          return bugs;
        case REVIEWS:
          return reviews;
        default:
          throw new AssertionError(metric);
      }
    }
  }
}
