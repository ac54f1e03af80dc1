package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AffiliationSources;
import dev.stackholder.contribution.Attribution;
import dev.stackholder.contribution.AttributionReport;
import dev.stackholder.contribution.Attributor;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Decision;
import dev.stackholder.contribution.ExclusionReport;
import dev.stackholder.contribution.InputSource;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.ReleaseScope;
import dev.stackholder.contribution.RepositoryRanges;
import dev.stackholder.contribution.RevisionRange;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.cncf.DevelopersAffiliations;
import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogProcess;
import dev.stackholder.contribution.git.GitRepository;
import dev.stackholder.contribution.git.Mailmap;
import dev.stackholder.contribution.gitdm.GitdmConfig;
import dev.stackholder.contribution.gitdm.GitdmConventions;
import dev.stackholder.contribution.releases.ReleaseRanges;
import dev.stackholder.contribution.stackalytics.StackalyticsDefaultData;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder contributions}: employers ranked by a metric computed from raw git history
 * ({@code git log --numstat} files, or a repository that this command runs {@code git log} in),
 * attributed by gitdm's configuration or Stackalytics' {@code default_data.json}, with the
 * library's {@link ContributionStatistics}. Its JSON has the shape of {@code rank --json}.
 */
@Command(
    name = "contributions",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Rank employers by contribution computed from git history: your own 'git log --numstat' files or"
          + " a repository, with gitdm's or Stackalytics' affiliations.",
      "",
      "Each --git-log file is one project, named by the file's base name (nova.log is nova) or by"
          + " PROJECT=FILE; with one log or --repo, --project names the project. With several, --project"
          + " picks the table (all projects by default). Merge commits and automated accounts"
          + " (OpenStack's CI and proposal bots as Stackalytics lists them under *robots: Jenkins, Zuul, openstack-infra@lists.openstack.org, ...) are left out; --report exclusions says what was"
          + " left out and whose, --report attribution which rule credited how many commits, who no rule"
          + " covered and who changed employer inside the release. --explain AUTHOR (an address or a"
          + " name) says which rule credited that author and why.",
      "",
      "gitdm:DIR is a gitdm checkout (DIR/gitdm.config and the files it names); a range file"
          + " DIR/openstack-config/RELEASE (or DIR/RELEASE) gives each project's revision range and the"
          + " commits gitdm excludes. stackalytics:FILE is Stackalytics' default_data.json.",
      "",
      "Every format says what the answer was computed from: the text table's last line, the JSON's"
          + " provenance, and in CSV '#' comment lines after the rows ('# policy: gitdm', then one"
          + " '# input: KIND NAME' per input read)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  git -C nova log --no-mailmap --numstat -M --find-copies-harder 2012.1..folsom-rc3 > nova.log",
      "  stackholder contributions --git-log nova.log --affiliations gitdm:gitdm \\",
      "      --release folsom --metric changesets",
      "  stackholder contributions --repo nova --range 2012.1..folsom-rc3 \\",
      "      --affiliations gitdm:gitdm --release folsom --employer SINA",
      "  stackholder contributions --git-log nova.log --affiliations gitdm:gitdm \\",
      "      --release folsom --report attribution",
      "",
      ExitCodes.HELP_SECTION
    })
final class ContributionsCommand implements Callable<Integer> {
  /** The metrics git history has, in the order --employer prints them. */
  static final List<Metric> GIT_METRICS =
      List.of(
          Metric.CHANGESETS,
          Metric.LINES_CHANGED,
          Metric.LINES_ADDED,
          Metric.LINES_REMOVED,
          Metric.DEVELOPERS);

  private static final Pattern NAMED_LOG = Pattern.compile("([a-z0-9]+(?:[-_.][a-z0-9]+)*)=(.+)");

  @Spec CommandSpec spec;

  @Option(
      names = "--git-log",
      paramLabel = "[PROJECT=]FILE",
      description = "A file of 'git log --numstat' output, one per project (repeatable).")
  List<String> gitLogs = new ArrayList<>();

  @Option(
      names = "--repo",
      paramLabel = "[PROJECT=]DIR",
      description =
          "A git repository (repeatable): this command runs 'git log --no-mailmap --numstat -M"
              + " --find-copies-harder' in it, with options that pin the output whatever your git configuration"
              + " says. Several repositories are read in parallel (at most one per core); the project is the"
              + " directory's name (nova.git is nova) unless PROJECT= names it.")
  List<String> repos = new ArrayList<>();

  @Option(
      names = "--repos",
      paramLabel = "FILE",
      description =
          "A file of repositories, one [PROJECT=]DIR a line ('#' starts a comment; a relative DIR is"
              + " relative to the file's directory), read as if each were given with --repo.")
  Optional<String> reposFile = Optional.empty();

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "With --repo: keep each repository's git log text in DIR (e.g. ~/.cache/stackholder/git-log),"
              + " keyed by the commits its range resolves to, so a second run over unchanged clones runs no git log.")
  Optional<String> cacheDir = Optional.empty();

  @Option(
      names = "--mailmap",
      description =
          "With --repo: let git rewrite authors through the repository's .mailmap (git's own default"
              + " since 2.29). Off by default: gitdm never read .mailmap, so its ranks are reproduced only"
              + " without it; Stackalytics does not read it either (its identities are its users' e-mail lists).")
  boolean mailmap;

  @Option(
      names = "--range",
      paramLabel = "A..B",
      description =
          "With --repo: the revisions of the release (default: the project's range in gitdm's range"
              + " file, else the series' range from openstack/releases, found by the clone's tags or commit ids;"
              + " a project neither lists is read whole, and said so). A range that names other commits than"
              + " --release's is an error.")
  String range;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Only commits authored on or after this day (YYYY-MM-DD): a date window instead of"
              + " openstack/releases' range; with --range or gitdm's range, a commit must be in both.")
  Optional<LocalDate> since = Optional.empty();

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Only commits authored on or before this day (YYYY-MM-DD, included).")
  Optional<LocalDate> until = Optional.empty();

  @Option(
      names = "--affiliations",
      required = true,
      paramLabel = "SOURCE",
      description =
          "Who employed whom, repeatable, the first winning: gitdm:DIR (a gitdm configuration"
              + " directory), stackalytics:FILE (Stackalytics' default_data.json), cncf:FILE (CNCF's"
              + " developers_affiliations*.txt) or mailmap:FILE (a .mailmap, read as identities: its addresses of"
              + " one person become aliases of the first). Rules of a later source apply only where no earlier"
              + " one has a rule for that address or domain and day; --report attribution lists what was shadowed.")
  List<String> affiliations = new ArrayList<>();

  @Option(
      names = "--release",
      required = true,
      paramLabel = "R",
      description =
          "The release the history is of, e.g. folsom (names the table and gitdm's range file).")
  String release;

  @Option(
      names = "--metric",
      paramLabel = "M",
      split = ",",
      description =
          "changesets (the default), lines-changed (gitdm's: max(added, removed) per commit),"
              + " lines-added, lines-removed or developers (identities, not addresses); repeatable (or"
              + " comma-separated), or all: one table per metric from one read of the history (JSON: an array"
              + " of tables; CSV: a metric column first).")
  List<String> metricNames = new ArrayList<>();

  @Option(
      names = "--project",
      paramLabel = "P",
      description =
          "With one log or --repo: the project's name. With several logs: the table printed"
              + " (a project, or all, the default).")
  Optional<String> project = Optional.empty();

  @Option(
      names = "--ties",
      defaultValue = "competition",
      paramLabel = "MODE",
      description = "competition (1224, the default) or ordinal (1234).")
  TieMode ties;

  /**
   * The answers, one at most (picocli refuses two): the ranking when none is given, else one
   * employer's ranks, one author's attributions, or a report.
   */
  static final class Answer {
    @Option(
        names = "--employer",
        paramLabel = "NAME",
        description =
            "Print this employer's rank and value for every metric and project, e.g. SINA.")
    Optional<String> employer = Optional.empty();

    @Option(
        names = "--explain",
        paramLabel = "AUTHOR",
        description =
            "Say which rule credited this author (an address or a name, in any case) and why.")
    Optional<String> explain = Optional.empty();

    @Option(
        names = "--report",
        paramLabel = "KIND",
        description =
            "Print a report instead of the ranking: exclusions (merges, automated accounts, commits"
                + " outside the release) or attribution (commits per rule, unknown authors, employer changes).")
    Optional<String> report = Optional.empty();
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Answer answer;

  /** The answer's options, read from the group once parsed. */
  private Optional<String> employer = Optional.empty();

  private Optional<String> explain = Optional.empty();
  private Optional<String> report = Optional.empty();

  @Mixin FormatOptions format;

  /** What is said on stderr once the answer is printed (so that a failed run says one thing). */
  private final List<String> notes = new ArrayList<>();

  /** One address of the explained author, with the rule that credited it and the dates. */
  private static final class Explained {
    final Attribution attribution;
    final String name;
    LocalDate first;
    LocalDate last;
    long commits;
    String leftOut;

    Explained(Attribution attribution, String name, LocalDate date) {
      this.attribution = attribution;
      this.name = name;
      this.first = date;
      this.last = date;
    }
  }

  @Override
  public Integer call() {
    if (answer != null) {
      employer = answer.employer;
      explain = answer.explain;
      report = answer.report;
    }
    OutputFormat output = format.format();
    String releaseId = release.trim().toLowerCase(Locale.ROOT);
    if (releaseId.isEmpty() || !dev.stackholder.core.internal.Slugs.isLowerCaseName(releaseId)) {
      throw new UsageException(
          "Invalid value for option '--release': '"
              + release
              + "' is not a release name (lower-case letters, digits, '.', '_' or '-')");
    }
    String reportKind = report.map(r -> r.trim().toLowerCase(Locale.ROOT)).orElse("");
    if (report.isPresent()
        && !reportKind.equals("attribution")
        && !reportKind.equals("exclusions")) {
      throw new UsageException(
          "Invalid value for option '--report': '"
              + report.get()
              + "', expected attribution or exclusions");
    }
    Map<String, Path> repositories = repositories();
    if (gitLogs.isEmpty() == repositories.isEmpty()) {
      throw new UsageException(
          repositories.isEmpty()
              ? "Missing required option: '--git-log=FILE', '--repo=DIR' or '--repos=FILE'"
              : "--git-log and --repo contradict each other: give one of them");
    }
    if (cacheDir.isPresent() && repositories.isEmpty()) {
      throw new UsageException("--cache needs --repo (a log file is read as it is)");
    }
    if (mailmap && repositories.isEmpty()) {
      throw new UsageException(
          "--mailmap needs --repo (a log file was already written with or without it)");
    }
    if (range != null && repositories.size() != 1) {
      throw new UsageException(
          repositories.isEmpty()
              ? "--range needs --repo (a log file is already one range)"
              : "--range needs exactly one --repo (each project has its own range: use gitdm's range file)");
    }
    if (range != null && !GitRepository.isRange(range)) {
      throw new UsageException(
          "Invalid value for option '--range': '" + range + "' is not a revision range A..B");
    }
    List<Metric> metrics = metrics();
    if (explain.isPresent() && explain.get().isBlank()) {
      throw new UsageException("Invalid value for option '--explain': the author is empty");
    }
    Map<String, Path> logs = logs();
    String single =
        logs.size() == 1
            ? logs.keySet().iterator().next()
            : repositories.size() == 1 ? repositories.keySet().iterator().next() : null;

    List<String> projectNames = new ArrayList<>(logs.keySet());
    projectNames.addAll(repositories.keySet());
    Affiliations directory = affiliations(releaseId, projectNames);
    ReleaseScope scope = scope(releaseId, directory.ranges, repositories, single);
    Attributor attributor =
        Attributor.of(directory.directory())
            .withScope(scope)
            .withMailmap(
                mailmap ? GitRepository.MailmapUse.APPLY : GitRepository.MailmapUse.IGNORE);
    ContributionStatistics statistics = ContributionStatistics.of(releaseId, attributor);
    directory.inputs.forEach(statistics::addInput);
    Map<String, Explained> explained = new LinkedHashMap<>();
    if (!repositories.isEmpty()) {
      Map<String, GitRepository> clones = new LinkedHashMap<>();
      repositories.forEach((name, dir) -> clones.put(name, GitRepository.at(dir)));
      if (explain.isPresent()) {
        for (Map.Entry<String, GitRepository> clone : clones.entrySet()) {
          Optional<String> revisions = scope.findRange(clone.getKey()).map(RevisionRange::range);
          try (GitLogProcess log = clone.getValue().log(revisions, attributor.mailmap())) {
            statistics.addAll(clone.getKey(), watch(log, attributor, clone.getKey(), explained));
          }
        }
      } else {
        statistics.addRepositories(
            clones,
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            cacheDir.map(d -> dev.stackholder.contribution.git.GitLogCache.at(path("--cache", d))));
      }
    } else {
      for (Map.Entry<String, Path> log : logs.entrySet()) {
        if (explain.isEmpty()) {
          statistics.addLog(log.getKey(), log.getValue());
          continue;
        }
        try (dev.stackholder.contribution.git.GitLogReader reader =
            dev.stackholder.contribution.git.GitLogReader.open(log.getValue())) {
          statistics.addAll(log.getKey(), watch(reader, attributor, log.getKey(), explained));
        }
      }
    }
    String table =
        single != null
            ? single
            : project.map(p -> tableName(statistics, p)).orElse(ContributionTable.ALL_PROJECTS);
    PrintWriter out = spec.commandLine().getOut();
    if (explain.isPresent()) {
      printExplained(explained, out, output);
    } else if (reportKind.equals("exclusions")) {
      printExclusions(statistics.exclusions(), releaseId, out, output);
    } else if (reportKind.equals("attribution")) {
      printAttribution(
          statistics.attributionReport(table),
          directory.sources,
          directory.inputs,
          releaseId,
          out,
          output);
    } else if (employer.isPresent()) {
      printEmployer(
          statistics,
          releaseId,
          single,
          metricNames.isEmpty() ? GIT_METRICS : metrics,
          out,
          output);
    } else {
      printRanking(statistics, table, metrics, out, output);
    }
    notes.forEach(spec.commandLine().getErr()::println);
    return ExitCodes.OK;
  }

  /**
   * The release's scope: gitdm's ranges, then --range, then (without a date window) each other
   * repository's range of the series from openstack/releases; --since/--until add a window.
   */
  private ReleaseScope scope(
      String releaseId,
      Map<String, RevisionRange> gitdmRanges,
      Map<String, Path> repositories,
      String single) {
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new UsageException(
          "--since "
              + since.get()
              + " is after --until "
              + until.get()
              + ", expected the first day on or before the last");
    }
    boolean window = since.isPresent() || until.isPresent();
    ReleaseScope scope = ReleaseScope.ofRanges(gitdmRanges.values());
    if (window) {
      // --until names the last day included; the scope takes the first day after
      scope =
          scope.withDates(
              since.orElse(LocalDate.MIN),
              until.map(d -> d.equals(LocalDate.MAX) ? d : d.plusDays(1)).orElse(LocalDate.MAX));
    }
    boolean known = ReleaseRanges.builtIn().findSeriesName(releaseId).isPresent();
    if (range != null) {
      GitRepository clone = GitRepository.at(repositories.get(single));
      Optional<String> automatic =
          Optional.ofNullable(gitdmRanges.get(single)).map(RevisionRange::range);
      if (automatic.isEmpty() && known) {
        try {
          automatic =
              RepositoryRanges.find(ReleaseRanges.builtIn(), releaseId, single, clone)
                  .map(RevisionRange::range);
        } catch (NotFoundException | dev.stackholder.core.InvalidDataException e) {
          // the clone cannot name the series' range: nothing to contradict
        }
      }
      if (automatic.isPresent() && !automatic.get().equals(range)) {
        boolean same;
        try {
          same = RepositoryRanges.sameCommits(clone, automatic.get(), range);
        } catch (NotFoundException e) {
          throw new UsageException(
              "--range "
                  + range
                  + " and --release "
                  + releaseId
                  + " ("
                  + single
                  + " "
                  + automatic.get()
                  + ") contradict each other: "
                  + e.getMessage());
        }
        if (!same) {
          throw new UsageException(
              "--range "
                  + range
                  + " contradicts --release "
                  + releaseId
                  + ": "
                  + single
                  + "'s range of "
                  + releaseId
                  + " is "
                  + automatic.get()
                  + ", other commits (give one of them)");
        }
      }
      // --range replaces the range file's revisions; the commits gitdm excludes from it still apply
      List<String> excluded =
          Optional.ofNullable(gitdmRanges.get(single))
              .map(RevisionRange::excluded)
              .map(List::copyOf)
              .orElse(List.of());
      return scope.withRanges(List.of(RevisionRange.of(releaseId, single, range, excluded)));
    }
    if (window) {
      return scope;
    }
    List<RevisionRange> found = new ArrayList<>();
    for (Map.Entry<String, Path> repository : repositories.entrySet()) {
      String name = repository.getKey();
      if (gitdmRanges.containsKey(name)) {
        continue;
      }
      Optional<RevisionRange> series =
          known
              ? RepositoryRanges.find(
                  ReleaseRanges.builtIn(), releaseId, name, GitRepository.at(repository.getValue()))
              : Optional.empty();
      series.ifPresentOrElse(
          found::add,
          () ->
              notes.add(
                  String.format(
                      Locale.ROOT,
                      "Note: %s has no range of %s"
                          + " in gitdm's range file or openstack/releases (%s): reading its whole history (give --range, or"
                          + " --since and --until)",
                      name,
                      releaseId,
                      ReleaseRanges.BUILT_IN_COMMIT)));
    }
    return scope.withRanges(found);
  }

  /**
   * The repositories by project, in the order given: each --repo, then each line of --repos. With
   * one repository, --project names its project.
   */
  private Map<String, Path> repositories() {
    List<String[]> given = new ArrayList<>();
    for (String text : repos) {
      given.add(new String[] {"--repo", text, null});
    }
    if (reposFile.isPresent()) {
      Path file = path("--repos", reposFile.get());
      if (!Files.isRegularFile(file)) {
        throw new NotFoundException(
            "repository list",
            reposFile.get(),
            "Repository list '" + reposFile.get() + "' does not exist as a file");
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        throw new UsageException(
            "Cannot read repository list '" + reposFile.get() + "': " + e.getMessage());
      }
      Path base = file.toAbsolutePath().getParent();
      for (String line : lines) {
        int hash = line.indexOf('#');
        String text = (hash < 0 ? line : line.substring(0, hash)).trim();
        if (!text.isEmpty()) {
          given.add(new String[] {"--repos", text, base.toString()});
        }
      }
    }
    Map<String, Path> result = new LinkedHashMap<>();
    for (String[] entry : given) {
      java.util.regex.Matcher named = NAMED_LOG.matcher(entry[1]);
      boolean explicit = named.matches() && !Files.exists(Path.of(".").resolve(safe(entry[1])));
      Path dir = path(entry[0], explicit ? named.group(2) : entry[1]);
      if (entry[2] != null && !dir.isAbsolute()) {
        dir = Path.of(entry[2]).resolve(dir);
      }
      String name =
          explicit
              ? named.group(1)
              : given.size() == 1 && project.isPresent()
                  ? projectName(project.get())
                  : projectName(GitRepository.at(dir).projectName());
      if (result.put(name, dir) != null) {
        throw new UsageException(
            entry[0] + ": project '" + name + "' is given twice (name one with PROJECT=DIR)");
      }
    }
    return result;
  }

  /** The logs by project, in the order given (the order of the whole release's developers). */
  private Map<String, Path> logs() {
    Map<String, Path> logs = new LinkedHashMap<>();
    for (String given : gitLogs) {
      java.util.regex.Matcher named = NAMED_LOG.matcher(given);
      boolean explicit = named.matches() && !Files.exists(Path.of(".").resolve(safe(given)));
      String file = explicit ? named.group(2) : given;
      Path path = path("--git-log", file);
      if (!Files.isRegularFile(path)) {
        throw new NotFoundException(
            "git log file",
            file,
            "Git log file '"
                + file
                + "' does not exist"
                + (Files.isDirectory(path) ? " as a file (it is a directory)" : ""));
      }
      String name =
          explicit
              ? named.group(1)
              : gitLogs.size() == 1 && project.isPresent()
                  ? projectName(project.get())
                  : baseName(path);
      if (logs.put(name, path) != null) {
        throw new UsageException(
            "--git-log: project '" + name + "' is given twice (name one with PROJECT=FILE)");
      }
    }
    return logs;
  }

  private static String safe(String text) {
    return text.indexOf('\0') >= 0 ? "_" : text;
  }

  private static String baseName(Path path) {
    String name = path.getFileName().toString();
    int dot = name.indexOf('.');
    return projectName(dot > 0 ? name.substring(0, dot) : name);
  }

  private static String projectName(String text) {
    String name = text.trim().toLowerCase(Locale.ROOT);
    if (name.isEmpty()
        || name.equals(ContributionTable.ALL_PROJECTS)
        || !dev.stackholder.core.internal.Slugs.isLowerCaseName(name)) {
      throw new UsageException(
          "'"
              + text
              + "' is not a project name (lower-case letters, digits, '.', '_' or '-';"
              + " not 'all')");
    }
    return name;
  }

  private static String tableName(ContributionStatistics statistics, String asked) {
    String id = asked.trim().toLowerCase(Locale.ROOT);
    if (id.equals(ContributionTable.ALL_PROJECTS) || statistics.projects().contains(id)) {
      return id;
    }
    throw new NotFoundException("project", asked, statistics.projects());
  }

  private static Path path(String option, String name) {
    if (name.isBlank()) {
      throw new UsageException("Invalid value for option '" + option + "': the name is empty");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException(
          "Invalid value for option '" + option + "': '" + name + "' is not a valid path");
    }
  }

  /** The combined sources, gitdm's revision ranges of the release by project, and what was read. */
  private record Affiliations(
      AffiliationSources sources, Map<String, RevisionRange> ranges, List<InputSource> inputs) {
    AffiliationDirectory directory() {
      return sources.directory();
    }
  }

  /**
   * The input an affiliation file or directory is: its kind, name and the day it was last changed.
   */
  private static InputSource source(String kind, Path path) {
    InputSource.Builder input = InputSource.builder().kind(kind).name(path.toString());
    try {
      input.date(
          java.time.LocalDate.ofInstant(
              Files.getLastModifiedTime(path).toInstant(), java.time.ZoneOffset.UTC));
    } catch (java.io.IOException e) {
      // no date then: the name still says what was read
    }
    return input.build();
  }

  private Affiliations affiliations(String releaseId, java.util.Collection<String> projects) {
    List<AffiliationDirectory> directories = new ArrayList<>();
    List<dev.stackholder.contribution.Identity> identities = new ArrayList<>();
    List<InputSource> inputs = new ArrayList<>();
    Map<String, RevisionRange> ranges = new LinkedHashMap<>();
    for (String given : affiliations) {
      int colon = given.indexOf(':');
      String scheme = colon < 0 ? "" : given.substring(0, colon).toLowerCase(Locale.ROOT);
      String where = colon < 0 ? "" : given.substring(colon + 1);
      if (!List.of("gitdm", "stackalytics", "cncf", "mailmap").contains(scheme)) {
        throw new UsageException(
            "Invalid value for option '--affiliations': '"
                + given
                + "', expected gitdm:DIR, stackalytics:FILE, cncf:FILE or mailmap:FILE");
      }
      Path path = path("--affiliations", where);
      if (!scheme.equals("gitdm") && !Files.isRegularFile(path)) {
        throw new NotFoundException(
            scheme + " file",
            where,
            (scheme.equals("stackalytics")
                    ? "Stackalytics data"
                    : scheme.equals("cncf") ? "CNCF affiliations" : "Mailmap")
                + " file '"
                + where
                + "' does not exist");
      }
      switch (scheme) {
        case "stackalytics":
          directories.add(StackalyticsDefaultData.read(path).directory());
          inputs.add(source(InputSource.STACKALYTICS_DATA, path));
          break;
        case "cncf":
          directories.add(
              DevelopersAffiliations.read(path)
                  .directory(
                      directories.isEmpty()
                          ? dev.stackholder.contribution.AttributionPolicy.GITDM
                          : directories.get(0).policy()));
          inputs.add(source(InputSource.CNCF_AFFILIATIONS, path));
          break;
        case "mailmap":
          identities.addAll(Mailmap.read(path).asIdentities());
          inputs.add(source(InputSource.MAILMAP, path));
          break;
        default:
          if (!Files.isDirectory(path)) {
            throw new NotFoundException(
                "gitdm configuration",
                where,
                "gitdm configuration directory '" + where + "' does not exist");
          }
          if (!Files.isRegularFile(path.resolve("gitdm.config"))) {
            throw new NotFoundException(
                "gitdm configuration",
                where,
                "'" + where + "' is not a gitdm configuration directory: it has no gitdm.config");
          }
          directories.add(GitdmConfig.read(path).directory());
          inputs.add(source(InputSource.GITDM_CONFIG, path));
          // the first gitdm checkout's range file gives the ranges
          if (ranges.isEmpty()) {
            GitdmConventions.ranges(path, releaseId).forEach(r -> ranges.put(r.project(), r));
          }
      }
    }
    if (directories.isEmpty()) {
      throw new UsageException(
          "--affiliations mailmap:FILE gives identities, not employers: add a gitdm:,"
              + " stackalytics: or cncf: source");
    }
    // A project read under its other name (a clone named neutron, Folsom's quantum) gets its range.
    for (String project : projects) {
      if (!ranges.containsKey(project)) {
        GitdmConventions.resolveProject(project, ranges.keySet())
            .map(ranges::get)
            .ifPresent(
                r ->
                    ranges.put(
                        project, RevisionRange.of(r.release(), project, r.range(), r.excluded())));
      }
    }
    return new Affiliations(AffiliationSources.of(directories, identities), ranges, inputs);
  }

  /**
   * The commits as they stream into the statistics, noting those of the author to explain: the
   * history is read once, whether from a file or from git.
   */
  private Iterator<GitCommit> watch(
      Iterator<GitCommit> commits,
      Attributor attributor,
      String projectName,
      Map<String, Explained> explained) {
    if (explain.isEmpty()) {
      return commits;
    }
    String wanted = explain.get().trim();
    AffiliationDirectory directory = attributor.directory();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return commits.hasNext();
      }

      @Override
      public GitCommit next() {
        GitCommit commit = commits.next();
        String address = commit.authorAddress();
        if (address.equalsIgnoreCase(wanted)
            || commit.authorName().equalsIgnoreCase(wanted)
            || directory.canonicalAddress(address).equals(directory.canonicalAddress(wanted))) {
          // The library decides; this command only gathers the decisions to print them.
          Decision decision = attributor.decide(projectName, commit);
          Attribution attribution = decision.attribution();
          String leftOut = decision.leftOut().map(Decision.Reason::text).orElse(null);
          String key =
              attribution.address()
                  + "\0"
                  + attribution.employer()
                  + "\0"
                  + attribution.rule()
                  + "\0"
                  + leftOut;
          Explained entry = explained.get(key);
          if (entry == null) {
            entry = new Explained(attribution, commit.authorName(), commit.date());
            entry.leftOut = leftOut;
            explained.put(key, entry);
          }
          entry.commits++;
          entry.first = commit.date().isBefore(entry.first) ? commit.date() : entry.first;
          entry.last = commit.date().isAfter(entry.last) ? commit.date() : entry.last;
        }
        return commit;
      }
    };
  }

  private void printExplained(
      Map<String, Explained> explained, PrintWriter out, OutputFormat output) {
    if (explained.isEmpty()) {
      throw new NotFoundException(
          "author",
          explain.get().trim(),
          "No commit of author '"
              + explain.get().trim()
              + "' (an address or a name) in the history read");
    }
    List<Explained> entries = new ArrayList<>(explained.values());
    entries.sort(
        java.util.Comparator.comparing((Explained e) -> e.first)
            .thenComparing(e -> e.attribution.address()));
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().createObjectNode();
        node.put("release", release.trim().toLowerCase(Locale.ROOT));
        node.put("author", explain.get().trim());
        ArrayNode rows = node.putArray("attributions");
        for (Explained e : entries) {
          ObjectNode r = rows.addObject();
          r.put("address", e.attribution.address());
          r.put("name", e.name);
          r.put("employer", e.attribution.employer());
          r.put("basis", e.attribution.basis().name().toLowerCase(Locale.ROOT));
          e.attribution
              .rule()
              .ifPresentOrElse(rule -> r.put("rule", rule.toString()), () -> r.putNull("rule"));
          r.put("first", e.first.toString());
          r.put("last", e.last.toString());
          r.put("commits", e.commits);
          if (e.leftOut != null) {
            r.put("leftOut", e.leftOut);
          }
          r.put("explanation", e.attribution.explain());
        }
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        Csv.row(
            out,
            "address",
            "name",
            "employer",
            "basis",
            "rule",
            "first",
            "last",
            "commits",
            "left_out");
        for (Explained e : entries) {
          Csv.row(
              out,
              e.attribution.address(),
              e.name,
              e.attribution.employer(),
              e.attribution.basis().name().toLowerCase(Locale.ROOT),
              e.attribution.rule().map(Object::toString).orElse(""),
              e.first,
              e.last,
              e.commits,
              e.leftOut == null ? "" : e.leftOut);
        }
        break;
      default:
        for (Explained e : entries) {
          out.printf(
              Locale.ROOT,
              "%s <%s>, %d commit%s %s..%s%s:%n  %s%n",
              e.name,
              e.attribution.address(),
              e.commits,
              e.commits == 1 ? "" : "s",
              e.first,
              e.last,
              e.leftOut == null ? "" : " (left out: " + e.leftOut + ")",
              e.attribution.explain());
        }
    }
  }

  private static void printExclusions(
      ExclusionReport report, String releaseId, PrintWriter out, OutputFormat output) {
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().createObjectNode();
        node.put("release", releaseId);
        node.put("merges", report.merges());
        node.put("outsideRelease", report.outsideRelease());
        node.put("automatedCommits", report.automatedCommits());
        node.put("unreadableAuthors", report.unreadableAuthors());
        ObjectNode automated = node.putObject("automated");
        report.automated().forEach(automated::put);
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        Csv.row(out, "reason", "author", "commits");
        Csv.row(out, "merge", "", report.merges());
        Csv.row(out, "outside-release", "", report.outsideRelease());
        Csv.row(out, "unreadable-author-counted-as-unknown-hacker", "", report.unreadableAuthors());
        report.automated().forEach((address, count) -> Csv.row(out, "automated", address, count));
        break;
      default:
        out.printf(Locale.ROOT, "%s: commits left out%n", releaseId);
        out.printf(Locale.ROOT, "  merge commits:            %d%n", report.merges());
        out.printf(Locale.ROOT, "  outside the release:      %d%n", report.outsideRelease());
        out.printf(Locale.ROOT, "  automated accounts:       %d%n", report.automatedCommits());
        if (report.unreadableAuthors() > 0) {
          out.printf(
              Locale.ROOT,
              "  (not left out: %d commits whose author line could not be read, counted as gitdm"
                  + " counts them, for unknown@hacker.net)%n",
              report.unreadableAuthors());
        }
        report
            .automated()
            .forEach(
                (address, count) -> out.printf(Locale.ROOT, "    %-40s %6d%n", address, count));
    }
  }

  private static void printAttribution(
      AttributionReport report,
      AffiliationSources sources,
      List<InputSource> inputs,
      String releaseId,
      PrintWriter out,
      OutputFormat output) {
    // the directories' names, in the order AffiliationSources numbers them (identities are not
    // directories)
    List<String> names =
        inputs.stream()
            .filter(i -> !i.kind().equals(InputSource.MAILMAP))
            .map(i -> i.kind() + " " + i.name())
            .collect(java.util.stream.Collectors.toList());
    java.util.function.IntFunction<String> name =
        i -> i < names.size() ? names.get(i) : "source " + (i + 1);
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().createObjectNode();
        node.put("release", releaseId);
        node.put("project", report.project());
        ArrayNode rules = node.putArray("rules");
        report
            .commitsByRule()
            .forEach(
                (rule, count) -> {
                  ObjectNode r = rules.addObject();
                  r.put("rule", rule.toString());
                  r.put("employer", rule.organization());
                  r.put("commits", count);
                });
        ObjectNode unknown = node.putObject("unknownAuthors");
        report.unknownAuthors().forEach(unknown::put);
        ArrayNode changes = node.putArray("employerChanges");
        for (AttributionReport.EmployerChange change : report.employerChanges()) {
          ObjectNode c = changes.addObject();
          c.put("developer", change.developer());
          ArrayNode spans = c.putArray("spans");
          for (AttributionReport.Span span : change.spans()) {
            ObjectNode s = spans.addObject();
            s.put("employer", span.employer());
            s.put("first", span.first().toString());
            s.put("last", span.last().toString());
            s.put("commits", span.commits());
          }
        }
        ArrayNode shadowed = node.putArray("shadowed");
        for (AffiliationSources.Shadowed one : sources.shadowed()) {
          ObjectNode o = shadowed.addObject();
          o.put("rule", one.shadowed().toString());
          o.put("source", name.apply(one.shadowedSource()));
          o.put("shadowedBy", one.winner().toString());
          o.put("winningSource", name.apply(one.winnerSource()));
        }
        ObjectNode aliases = node.putObject("shadowedAliases");
        sources.shadowedAliases().forEach(aliases::put);
        ArrayNode overlaps = node.putArray("overlaps");
        for (List<dev.stackholder.contribution.Affiliation> pair : sources.directory().overlaps()) {
          ArrayNode p = overlaps.addArray();
          pair.forEach(rule -> p.add(rule.toString()));
        }
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        Csv.row(out, "kind", "subject", "employer", "first", "last", "commits");
        report
            .commitsByRule()
            .forEach(
                (rule, count) -> Csv.row(out, "rule", rule, rule.organization(), "", "", count));
        report
            .unknownAuthors()
            .forEach((address, count) -> Csv.row(out, "unknown", address, "", "", "", count));
        for (AttributionReport.EmployerChange change : report.employerChanges()) {
          for (AttributionReport.Span span : change.spans()) {
            Csv.row(
                out,
                "employer-change",
                change.developer(),
                span.employer(),
                span.first(),
                span.last(),
                span.commits());
          }
        }
        for (AffiliationSources.Shadowed one : sources.shadowed()) {
          Csv.row(
              out,
              "shadowed",
              one.shadowed().key(),
              one.shadowed().organization(),
              one.shadowed().from().map(Object::toString).orElse(""),
              one.shadowed().until().map(Object::toString).orElse(""),
              "");
        }
        sources
            .shadowedAliases()
            .forEach(
                (address, wanted) -> Csv.row(out, "shadowed-alias", address, wanted, "", "", ""));
        for (List<dev.stackholder.contribution.Affiliation> pair : sources.directory().overlaps()) {
          for (dev.stackholder.contribution.Affiliation rule : pair) {
            Csv.row(
                out,
                "overlap",
                rule.key(),
                rule.organization(),
                rule.from().map(Object::toString).orElse(""),
                rule.until().map(Object::toString).orElse(""),
                "");
          }
        }
        break;
      default:
        String scope =
            report.project().equals(ContributionTable.ALL_PROJECTS)
                ? "all projects"
                : report.project();
        out.printf(
            Locale.ROOT,
            "%s, %s: commits credited by each rule (%d rules)%n",
            releaseId,
            scope,
            report.commitsByRule().size());
        report
            .commitsByRule()
            .forEach((rule, count) -> out.printf(Locale.ROOT, "  %6d  %s%n", count, rule));
        out.printf(Locale.ROOT, "Authors no rule covered (%d):%n", report.unknownAuthors().size());
        report
            .unknownAuthors()
            .forEach((address, count) -> out.printf(Locale.ROOT, "  %6d  %s%n", count, address));
        out.printf(
            Locale.ROOT,
            "Developers credited to more than one employer (%d):%n",
            report.employerChanges().size());
        for (AttributionReport.EmployerChange change : report.employerChanges()) {
          out.printf(Locale.ROOT, "  %s%n", change.developer());
          for (AttributionReport.Span span : change.spans()) {
            out.printf(
                Locale.ROOT,
                "    %-30s %s..%s %6d%n",
                span.employer(),
                span.first(),
                span.last(),
                span.commits());
          }
        }
        out.printf(
            Locale.ROOT,
            "Rules of a later --affiliations source shadowed by an earlier one (%d):%n",
            sources.shadowed().size());
        for (AffiliationSources.Shadowed one : sources.shadowed()) {
          out.printf(
              Locale.ROOT,
              "  %s (%s)%n    shadowed by %s (%s)%n",
              one.shadowed(),
              name.apply(one.shadowedSource()),
              one.winner(),
              name.apply(one.winnerSource()));
        }
        out.printf(
            Locale.ROOT,
            "Identity aliases shadowed by a directory's alias (%d):%n",
            sources.shadowedAliases().size());
        sources
            .shadowedAliases()
            .forEach(
                (address, wanted) ->
                    out.printf(Locale.ROOT, "  %s (wanted as %s)%n", address, wanted));
        out.printf(
            Locale.ROOT,
            "Rules of one address or domain naming two employers on the same days (%d):%n",
            sources.directory().overlaps().size());
        for (List<dev.stackholder.contribution.Affiliation> pair : sources.directory().overlaps()) {
          out.printf(Locale.ROOT, "  %s%n    wins over %s%n", pair.get(0), pair.get(1));
        }
    }
  }

  /**
   * The metrics asked for, in the order given, each once: changesets when none, every one for all.
   */
  private List<Metric> metrics() {
    java.util.LinkedHashSet<Metric> metrics = new java.util.LinkedHashSet<>();
    for (String name : metricNames) {
      String id = name.trim().toLowerCase(Locale.ROOT);
      if (id.equals("all")) {
        metrics.addAll(GIT_METRICS);
        continue;
      }
      Metric one;
      try {
        one = Metric.fromId(id);
      } catch (NotFoundException e) {
        one = null;
      }
      if (one == null || !GIT_METRICS.contains(one)) {
        throw new UsageException(
            "Invalid value for option '--metric': git history has no "
                + name
                + ", expected changesets, lines-changed, lines-added, lines-removed, developers or all");
      }
      metrics.add(one);
    }
    return metrics.isEmpty() ? List.of(Metric.CHANGESETS) : List.copyOf(metrics);
  }

  private void printRanking(
      ContributionStatistics statistics,
      String table,
      List<Metric> metrics,
      PrintWriter out,
      OutputFormat output) {
    List<RankedTable> ranked = new ArrayList<>();
    for (Metric one : metrics) {
      ranked.add(statistics.rank(table, one, ties));
    }
    RankedTables.printAll(out, output, ranked);
    if (output == OutputFormat.TABLE) {
      ContributionStatistics.Summary summary = statistics.summary(table);
      ExclusionReport left = statistics.exclusions();
      out.printf(
          Locale.ROOT,
          "%d changesets from %d developers, %d employers; left out: %d merges, %d commits of"
              + " automated accounts, %d outside the release (--report exclusions)%n",
          summary.changesets(),
          summary.developers(),
          summary.employers(),
          left.merges(),
          left.automatedCommits(),
          left.outsideRelease());
    }
  }

  private void printEmployer(
      ContributionStatistics statistics,
      String releaseId,
      String single,
      List<Metric> metrics,
      PrintWriter out,
      OutputFormat output) {
    String wanted = employer.get().trim();
    List<String> projects = new ArrayList<>();
    if (single != null) {
      projects.add(single);
    } else if (project.isPresent()) {
      projects.add(tableName(statistics, project.get()));
    } else {
      projects.add(ContributionTable.ALL_PROJECTS);
      projects.addAll(statistics.projects());
    }
    List<EmployerRanks.EmployerRank> found = new ArrayList<>();
    TreeSet<String> employers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    String spelled = wanted;
    for (String p : projects) {
      for (Metric m : metrics) {
        RankedTable ranked = statistics.rank(p, m, ties);
        for (RankedRow row : ranked.rows()) {
          employers.add(row.employer());
          if (row.employer().equalsIgnoreCase(wanted)) {
            spelled = row.employer();
            found.add(new EmployerRanks.EmployerRank(p, m, row, ranked.rows().size()));
          }
        }
      }
    }
    if (found.isEmpty()) {
      List<String> named =
          employers.stream()
              .filter(e -> !e.contains("@"))
              .collect(java.util.stream.Collectors.toList());
      throw new NotFoundException("employer", wanted, named);
    }
    EmployerRanks.print(out, output, releaseId, spelled, ties, found, statistics.provenance());
  }
}
