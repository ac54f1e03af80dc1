package dev.stackholder.contribution.gitdm;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.stackholder.core.InvalidDataException;
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
 * release R, project P by metric M".
 *
 * <pre>{@code
 * GitdmReports reports = GitdmReports.load(Path.of("gitdm"));   // gitdm/folsom/nova-git-stats.txt ...
 * ContributionTable table = reports.table("folsom", "nova", Metric.CHANGESETS);
 * }</pre>
 */
public final class GitdmReports {
  private final ImmutableMap<String, GitdmReport> byKey;

  private GitdmReports(ImmutableMap<String, GitdmReport> byKey) {
    this.byKey = byKey;
  }

  /**
   * The given reports.
   *
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
      throw new InvalidDataException("Two gitdm reports for the same release, project and kind: "
          + e.getMessage(), e);
    }
  }

  /**
   * Reads every {@code *-stats.txt} file in the release folders of a directory
   * ({@code dir/folsom/git-stats.txt}, {@code dir/folsom/nova-lp-stats.txt}, ...).
   *
   * @throws InvalidDataException if the directory does not exist or a report is malformed (naming
   *     the file and line)
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public static GitdmReports load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidDataException("gitdm directory " + dir + " does not exist");
    }
    List<GitdmReport> reports = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, 2)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        if (Files.isRegularFile(file) && !file.getParent().equals(dir)
            && file.getFileName().toString().endsWith("-stats.txt")) {
          reports.add(GitdmParser.parse(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list gitdm directory " + dir, e);
    }
    return of(reports);
  }

  /** The releases that have at least one report, e.g. essex, folsom, grizzly. */
  public ImmutableSortedSet<String> releases() {
    return byKey.values().stream().map(GitdmReport::release)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** The projects of a release that have at least one report, {@code all} among them. */
  public ImmutableSortedSet<String> projects(String release) {
    return byKey.values().stream().filter(report -> report.release().equals(release))
        .map(GitdmReport::project)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** The number of reports. */
  public int size() {
    return byKey.size();
  }

  /** The report of a release, project ({@code all} for the whole release) and kind, if present. */
  public Optional<GitdmReport> report(String release, String project, GitdmReportKind kind) {
    return Optional.ofNullable(byKey.get(key(release, project, kind)));
  }

  /**
   * The employer table of a release, project and metric, in gitdm's order.
   *
   * @param release lower-case, e.g. {@code "folsom"}
   * @param project lower-case, e.g. {@code "nova"}, or {@code "all"}
   * @param metric what to count
   * @throws NoSuchTableException naming what was asked and what is there, if the reports hold no
   *     such table
   */
  public ContributionTable table(String release, String project, Metric metric) {
    GitdmReportKind kind = GitdmReportKind.of(metric);
    if (!releases().contains(release)) {
      throw new NoSuchTableException(String.format(Locale.ROOT,
          "No gitdm reports for release '%s'; releases: %s", release, String.join(", ", releases())));
    }
    GitdmReport report = report(release, project, kind).orElseThrow(() ->
        new NoSuchTableException(String.format(Locale.ROOT,
            "No gitdm %s report for project '%s' of %s; projects: %s", kind.fileTag(), project,
            release, String.join(", ", projects(release)))));
    return report.employerTable(metric).orElseThrow(() ->
        new NoSuchTableException(String.format(Locale.ROOT,
            "gitdm report %s has no table of %s by employer%s", report.file(), metric,
            report.table(GitdmTable.Subject.DEVELOPER, metric).isPresent()
                ? " (it lists " + metric + " by developer only)" : "")));
  }

  private static String key(String release, String project, GitdmReportKind kind) {
    return release + "/" + kind.fileName(project);
  }

  @Override
  public String toString() {
    return "GitdmReports" + byKey.keySet();
  }
}
