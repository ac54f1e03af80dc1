package dev.stackholder.contribution.gitdm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One gitdm report file, parsed by {@link GitdmParser}: the counts of its first lines and its
 * tables, by developer and by employer. Only the parser makes reports (or JSON reading, which
 * checks them): there is no public builder.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGitdmReport.class)
@JsonDeserialize(as = ImmutableGitdmReport.class)
public abstract class GitdmReport {
  /**
   * The rule of {@code ContributionTable}'s names, checked here so a misnamed folder fails at parse
   * time.
   */
  GitdmReport() {}

  /** {@return where the report was read from, e.g. {@code "folsom/nova-git-stats.txt"}} */
  public abstract String file();

  /** {@return the release, lower-case, e.g. {@code "folsom"}} */
  public abstract String release();

  /** {@return the project, lower-case, or {@code "all"} for the whole release} */
  public abstract String project();

  /** {@return which of gitdm's three reports this is} */
  public abstract GitdmReportKind kind();

  /** {@return what the first line says was processed: changesets, bugs or reviews} */
  public abstract long processed();

  /** {@return the developers the first line counts} */
  public abstract long developers();

  /** {@return the employers the second line counts} */
  public abstract long employers();

  /** {@return lines added, from the third line of a git report} */
  public abstract Optional<Long> linesAdded();

  /** {@return lines removed, from the third line of a git report} */
  public abstract Optional<Long> linesRemoved();

  /** {@return the tables in the report's order} */
  public abstract ImmutableList<GitdmTable> tables();

  /**
   * {@return the table of the subject and metric, if the report has one}
   *
   * @param subject whom the rows are (developers or employers)
   * @param metric what the table counts
   */
  public Optional<GitdmTable> findTable(GitdmTable.Subject subject, Metric metric) {
    return tables().stream()
        .filter(table -> table.subject() == subject && table.metric() == metric)
        .findFirst();
  }

  /**
   * The employer table of a metric as a {@link ContributionTable}, with this file as its source.
   *
   * @param metric what the table counts
   * @return empty if the report has no employer table of the metric (gitdm has none for {@link
   *     Metric#LINES_REMOVED})
   */
  public Optional<ContributionTable> findEmployerTable(Metric metric) {
    return findTable(GitdmTable.Subject.EMPLOYER, metric)
        .map(
            table -> {
              ContributionTable.Builder builder =
                  ContributionTable.builder()
                      .release(release())
                      .project(project())
                      .metric(metric)
                      .addSources(
                          Source.builder()
                              .document(file())
                              .title("gitdm report " + file() + ": " + table.title())
                              .note(
                                  "openstack-infra/gitdm report output; the table lists at most 20 rows and "
                                      + "covers "
                                      + table.coverage().toPlainString()
                                      + "% of the total")
                              .build());
              for (GitdmRow row : table.rows()) {
                builder.addEntries(ContributionEntry.of(row.name(), row.value(), row.share()));
              }
              return builder.build();
            });
  }

  /** {@return the source to cite for the whole report} */
  public Source source() {
    return Source.of(file(), "gitdm report " + file());
  }

  @Value.Check
  void check() {
    checkLowerCase("release", release());
    checkLowerCase("project", project());
    InvalidDataException.check(
        processed() >= 0 && developers() >= 0 && employers() >= 0,
        "GitdmReport %s counts must be 0 or more, found processed %d, developers %d, employers %d",
        file(),
        processed(),
        developers(),
        employers());
    // Read from JSON a report is checked as strictly as one parsed: a named file, counts within
    // Limits.MAX_COUNT (so sums of them cannot wrap), no negative line totals.
    InvalidDataException.check(
        !file().isBlank(), "GitdmReport of %s/%s names a blank file", release(), project());
    dev.stackholder.core.Limits.checkText(file(), "GitdmReport file");
    dev.stackholder.core.Limits.checkCount(processed(), "GitdmReport " + file() + " processed");
    dev.stackholder.core.Limits.checkCount(developers(), "GitdmReport " + file() + " developers");
    dev.stackholder.core.Limits.checkCount(employers(), "GitdmReport " + file() + " employers");
    linesAdded()
        .ifPresent(
            n ->
                dev.stackholder.core.Limits.checkCount(
                    n, "GitdmReport " + file() + " lines added"));
    linesRemoved()
        .ifPresent(
            n ->
                dev.stackholder.core.Limits.checkCount(
                    n, "GitdmReport " + file() + " lines removed"));
    for (GitdmTable table : tables()) {
      InvalidDataException.check(
          table.line() >= 1,
          "GitdmReport %s table '%s' is at line %d, expected 1 or more",
          file(),
          table.title(),
          table.line());
      table
          .total()
          .ifPresent(
              n ->
                  dev.stackholder.core.Limits.checkCount(
                      n, "GitdmReport " + file() + " table '" + table.title() + "' total"));
      for (GitdmRow row : table.rows()) {
        dev.stackholder.core.Limits.checkCount(
            row.value(), "GitdmReport " + file() + " row '" + row.name() + "'");
      }
      InvalidDataException.check(
          kind().metrics().contains(table.metric()),
          "GitdmReport %s is a %s report but holds the %s table '%s'",
          file(),
          kind().id(),
          table.metric(),
          table.title());
    }
  }

  private static void checkLowerCase(String field, String value) {
    InvalidDataException.check(
        Slugs.isLowerCaseName(value),
        "GitdmReport %s '%s' is not a lower-case name such as 'folsom' or 'nova'",
        field,
        value);
  }
}
