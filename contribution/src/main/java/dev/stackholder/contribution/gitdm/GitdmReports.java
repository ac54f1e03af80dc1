package dev.stackholder.contribution.gitdm;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.NoSuchTableException;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.BuiltInResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A set of gitdm reports, by release, project and kind, answering "which table ranks employers of
 * release R, project P by metric M". Release and project names are matched without regard to case.
 *
 * <pre>{@code
 * ContributionTable table = GitdmReports.builtIn().table("folsom", "nova", Metric.CHANGESETS);
 * GitdmReports mine = GitdmReports.load(Path.of("gitdm"));   // gitdm/folsom/nova-git-stats.txt ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GitdmReports {
  private final ImmutableMap<String, GitdmReport> byKey;

  private GitdmReports(ImmutableMap<String, GitdmReport> byKey) {
    this.byKey = byKey;
  }

  /**
   * {@return the given reports}
   *
   * @param reports the reports, each for a distinct release, project and kind
   * @throws InvalidDataException if two are for the same release, project and kind
   */
  public static GitdmReports of(Iterable<GitdmReport> reports) {
    ImmutableMap.Builder<String, GitdmReport> byKey = ImmutableMap.builder();
    for (GitdmReport report : reports) {
      byKey.put(key(report.release(), report.project(), report.kind()), report);
    }
    try {
      return new GitdmReports(byKey.buildOrThrow());
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(
          "Two gitdm reports for the same release, project and kind: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the reports bundled with this library: gitdm's published Essex, Folsom and Grizzly
   * reports, for the whole release and per project} Read on first use, then shared.
   *
   * @throws IllegalStateException if a bundled report is missing or malformed (a packaging bug)
   */
  public static GitdmReports builtIn() {
    return BUILT_IN.get();
  }

  /**
   * The bundled reports, read on first use, once, thread-safely. A failure is not remembered: it is
   * the IllegalStateException naming the resource on every call, not an
   * ExceptionInInitializerError.
   */
  private static final Supplier<GitdmReports> BUILT_IN =
      Suppliers.memoize(GitdmReports::readBuiltIn);

  private static GitdmReports readBuiltIn() {
    BuiltInResources resources =
        BuiltInResources.of("stackholder-contribution", GitdmReports.class::getResourceAsStream);
    // A jar's folders cannot be listed, so index.txt names each report as <release>/<file>.
    List<GitdmReport> reports = new ArrayList<>();
    for (String file : resources.readLines("index.txt")) {
      int slash = file.indexOf('/');
      if (slash < 0) {
        throw new IllegalStateException(
            "Built-in resource index.txt of stackholder-contribution "
                + "lists '"
                + file
                + "', expected <release>/<file>");
      }
      String release = file.substring(0, slash);
      String fileName = file.substring(slash + 1);
      reports.add(resources.read(file, in -> GitdmParser.parse(release, fileName, in)));
    }
    return of(reports);
  }

  /**
   * Reads every {@code *-stats.txt} file in the release folders of a directory ({@code
   * dir/folsom/git-stats.txt}, {@code dir/folsom/nova-lp-stats.txt}, ...).
   *
   * @param dir a folder with one sub-folder per release
   * @return every report found in the release folders
   * @throws NotFoundException (kind {@code "directory"}) if the directory does not exist
   * @throws InvalidDataException if a report is malformed (naming the file and line), the path is
   *     empty or a file
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public static GitdmReports load(Path dir) {
    if (dir.toString().isEmpty()) {
      throw new InvalidDataException(
          "The path of the gitdm directory is empty, expected a directory");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidDataException(
          dir.toString(), "gitdm directory is a file, expected a " + "directory", null);
    }
    if (!Files.isDirectory(dir)) {
      throw new NotFoundException(
          "directory", dir.toString(), "gitdm directory " + dir + " does not exist");
    }
    List<GitdmReport> reports = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, 2)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        if (Files.isRegularFile(file)
            && !file.getParent().equals(dir)
            && file.getFileName().toString().endsWith("-stats.txt")) {
          reports.add(GitdmParser.parse(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list gitdm directory " + dir, e);
    }
    return of(reports);
  }

  /** {@return the releases that have at least one report, e.g. essex, folsom, grizzly} */
  public ImmutableSortedSet<String> releases() {
    return byKey.values().stream()
        .map(GitdmReport::release)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * The projects of a release that have at least one report, {@code all} among them.
   *
   * @param release e.g. {@code "folsom"}, in any case
   * @return empty if there are no reports of the release
   */
  public ImmutableSortedSet<String> projects(String release) {
    String lowerCase = release.toLowerCase(Locale.ROOT);
    return byKey.values().stream()
        .filter(report -> report.release().equals(lowerCase))
        .map(GitdmReport::project)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** {@return the number of reports} */
  public int size() {
    return byKey.size();
  }

  /** {@return every report, ordered by release, then file name} */
  public ImmutableList<GitdmReport> reports() {
    return byKey.keySet().stream()
        .sorted()
        .map(byKey::get)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The report of a release, project and kind.
   *
   * @param release e.g. {@code "folsom"}, in any case
   * @param project e.g. {@code "nova"}, in any case, or {@link ContributionTable#ALL_PROJECTS}
   * @param kind the kind of report (git, lp, gerrit)
   * @return empty if there is no such report
   */
  public Optional<GitdmReport> findReport(String release, String project, GitdmReportKind kind) {
    return Optional.ofNullable(byKey.get(key(release, project, kind)));
  }

  /**
   * {@return the report of a release, project and kind}
   *
   * @param release e.g. {@code "folsom"}, in any case
   * @param project e.g. {@code "nova"}, in any case, or {@link ContributionTable#ALL_PROJECTS}
   * @param kind the kind of report (git, lp, gerrit)
   * @throws NotFoundException (kind {@code "gitdm report"}) naming the report, such as {@code
   *     folsom/heat-git-stats.txt}, and the reports there are
   */
  public GitdmReport getReport(String release, String project, GitdmReportKind kind) {
    return findReport(release, project, kind)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "gitdm report",
                    key(release, project, kind),
                    byKey.keySet().stream().sorted().collect(ImmutableList.toImmutableList())));
  }

  /**
   * {@return the employer table of a release, project and metric, in gitdm's order}
   *
   * @param release e.g. {@code "folsom"}, in any case
   * @param project e.g. {@code "nova"}, in any case, or {@link ContributionTable#ALL_PROJECTS}
   * @param metric what to count
   * @throws NoSuchTableException (a {@link NotFoundException}) naming what was asked and what is
   *     there, if the reports hold no such table: its kind is {@code "release"} for an unknown
   *     release, {@code "project"} for a project without a report of the metric's kind, and {@code
   *     "table"} for a metric the report lists by developer only
   */
  public ContributionTable table(String release, String project, Metric metric) {
    GitdmReportKind kind = GitdmReportKind.of(metric);
    if (!releases().contains(release.toLowerCase(Locale.ROOT))) {
      throw new NoSuchTableException(
          "release",
          release,
          releases(),
          String.format(
              Locale.ROOT,
              "No gitdm reports for release '%s'; releases: %s",
              release,
              String.join(", ", releases())));
    }
    GitdmReport report =
        findReport(release, project, kind)
            .orElseThrow(
                () ->
                    new NoSuchTableException(
                        "project",
                        project,
                        projects(release),
                        String.format(
                            Locale.ROOT,
                            "No gitdm %s report for project '%s' of %s; projects: %s",
                            kind.id(),
                            project,
                            release,
                            String.join(", ", projects(release)))));
    return report
        .findEmployerTable(metric)
        .orElseThrow(
            () ->
                new NoSuchTableException(
                    "table",
                    report.release() + "/" + report.project() + "/" + metric,
                    report.tables().stream()
                        .filter(table -> table.subject() == GitdmTable.Subject.EMPLOYER)
                        .map(
                            table ->
                                report.release() + "/" + report.project() + "/" + table.metric())
                        .collect(ImmutableList.toImmutableList()),
                    String.format(
                        Locale.ROOT,
                        "gitdm report %s has no table of %s by employer%s",
                        report.file(),
                        metric,
                        report.findTable(GitdmTable.Subject.DEVELOPER, metric).isPresent()
                            ? " (it lists " + metric + " by developer only)"
                            : "")));
  }

  private static String key(String release, String project, GitdmReportKind kind) {
    return release.toLowerCase(Locale.ROOT) + "/" + kind.fileName(project.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "GitdmReports" + byKey.keySet();
  }
}
