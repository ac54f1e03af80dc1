package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.Attributor;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one pipeline ({@link ContributionStatistics} under {@link AttributionPolicy#STACKALYTICS})
 * gives Stackalytics' own company tables: every row of keystone and glance, every release Essex..
 * Newton, {@code commits} and {@code loc}, with and without corrections, and the dashboard's
 * numbering ({@link TieMode#DASHBOARD}), against the tables kept in {@code expected/} (computed by
 * Stackalytics f6f54bec itself, see expected/README.md).
 */
class StackalyticsPipelineTest {
  static Path dir;
  static StackalyticsProcessor processor;
  static AffiliationDirectory directory;
  static List<StackalyticsProcessor.Repository> repos;

  @BeforeAll
  static void read() throws URISyntaxException {
    dir =
        Path.of(StackalyticsPipelineTest.class.getResource("expected/README.md").toURI())
            .getParent();
    processor = StackalyticsProcessor.fromDefaultData(dir.resolve("default_data.json"));
    directory = StackalyticsDefaultData.read(dir.resolve("default_data.json")).directory();
    repos = new ArrayList<>();
    for (String p : List.of("keystone", "glance")) {
      repos.add(
          new StackalyticsProcessor.Repository(
              p,
              StackalyticsLog.read(dir.resolve("git/" + p + ".log")),
              StackalyticsReleaseIndex.read(dir.resolve("git/" + p + "-releases.txt"))));
    }
  }

  @Test
  void everyCompanyRowWithoutCorrections() {
    assertThat(compare(StackalyticsCorrections.none(), "tables-without-corrections.json"))
        .isEqualTo(1027);
  }

  @Test
  void everyCompanyRowWithCorrections() {
    assertThat(
            compare(
                StackalyticsCorrections.read(dir.resolve("corrections.json")),
                "tables-with-corrections.json"))
        .isEqualTo(1027);
  }

  @Test
  void correctionsChangeTheLocOfSuseInKeystoneJuno() {
    // The example: Stackalytics' corrections.json sets SUSE's loc in keystone Juno to 93
    // (raw count 133,324).
    ContributionStatistics raw = statistics("juno", StackalyticsCorrections.none());
    ContributionStatistics corrected =
        statistics("juno", StackalyticsCorrections.read(dir.resolve("corrections.json")));
    // Both figures are Stackalytics' own (expected/tables-*-corrections.json).
    assertThat(value(raw, "keystone", Metric.LOC, "SUSE")).isEqualTo(133_324);
    assertThat(value(corrected, "keystone", Metric.LOC, "SUSE")).isEqualTo(93);
    assertThat(corrected.findStackalyticsReport())
        .get()
        .extracting(r -> r.corrected().size())
        .isNotEqualTo(0);
    // Corrections change loc, never the number of records.
    assertThat(corrected.table("keystone", Metric.CHANGESETS))
        .isEqualTo(raw.table("keystone", Metric.CHANGESETS));
  }

  @Test
  void locIsAddedPlusRemovedNotGitdmsLinesChanged() {
    ContributionStatistics havana = statistics("havana", StackalyticsCorrections.none());
    long loc =
        havana.table("keystone", Metric.LOC).entries().stream()
            .mapToLong(ContributionEntry::value)
            .sum();
    long added =
        havana.table("keystone", Metric.LINES_ADDED).entries().stream()
            .mapToLong(ContributionEntry::value)
            .sum();
    long removed =
        havana.table("keystone", Metric.LINES_REMOVED).entries().stream()
            .mapToLong(ContributionEntry::value)
            .sum();
    long changed =
        havana.table("keystone", Metric.LINES_CHANGED).entries().stream()
            .mapToLong(ContributionEntry::value)
            .sum();
    assertThat(loc).isEqualTo(added + removed).isGreaterThan(changed);
  }

  @Test
  void independentIsListedWithoutANumber() {
    RankedTable table =
        statistics("kilo", StackalyticsCorrections.none())
            .rank("keystone", Metric.CHANGESETS, TieMode.DASHBOARD);
    RankedRow independent = table.getRow(StackalyticsProcessor.INDEPENDENT);
    assertThat(independent.unnumbered()).isTrue();
    List<Integer> numbers =
        table.rows().stream().filter(r -> !r.unnumbered()).map(RankedRow::rank).toList();
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= numbers.size(); i++) {
      expected.add(i);
    }
    assertThat(numbers).isEqualTo(expected);
  }

  @Test
  void refusedUnderTheGitdmPolicy() {
    AffiliationDirectory gitdm =
        AffiliationDirectory.of(AttributionPolicy.GITDM, Map.of(), List.of());
    assertThatThrownBy(
            () ->
                ContributionStatistics.of("juno", Attributor.of(gitdm))
                    .addStackalytics(processor, repos, StackalyticsCorrections.none()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("gitdm");
  }

  private static long value(
      ContributionStatistics stats, String project, Metric metric, String employer) {
    return stats.table(project, metric).entries().stream()
        .filter(e -> e.employer().equals(employer))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private static ContributionStatistics statistics(
      String release, StackalyticsCorrections corrections) {
    return ContributionStatistics.of(release, Attributor.of(directory))
        .addStackalytics(processor, repos, corrections);
  }

  /** Compares every table of the file, returning the number of rows compared. */
  private static int compare(StackalyticsCorrections corrections, String file) {
    JsonNode tables = StackholderJson.read(dir.resolve(file), JsonNode.class);
    assertThat(tables.size()).isEqualTo(40);
    Map<String, ContributionStatistics> byRelease = new TreeMap<>();
    int rows = 0;
    List<String> differences = new ArrayList<>();
    for (JsonNode t : tables) {
      String module = t.get("module").asText();
      String release = t.get("release").asText();
      Metric metric = StackalyticsMetric.fromId(t.get("metric").asText()).metric();
      ContributionStatistics stats =
          byRelease.computeIfAbsent(release, r -> statistics(r, corrections));
      Map<String, Long> expected = new TreeMap<>();
      Map<Long, Set<String>> expectedIndexes = new TreeMap<>();
      for (JsonNode row : t.get("stats")) {
        expected.put(row.get("id").asText(), row.get("metric").asLong());
        expectedIndexes
            .computeIfAbsent(row.get("metric").asLong(), k -> new TreeSet<>())
            .add(row.get("index").asText());
        rows++;
      }
      RankedTable ranked = stats.rank(module, metric, TieMode.DASHBOARD);
      Map<String, Long> actual = new TreeMap<>();
      Map<Long, Set<String>> actualIndexes = new TreeMap<>();
      for (RankedRow row : ranked.rows()) {
        actual.put(row.employer(), row.value());
        actualIndexes
            .computeIfAbsent(row.value(), k -> new TreeSet<>())
            .add(row.unnumbered() ? "" : Integer.toString(row.rank()));
      }
      if (!expected.equals(actual)) {
        differences.add(
            module + " " + release + " " + metric + ": expected " + expected + " got " + actual);
      } else if (!expectedIndexes.equals(actualIndexes)) {
        differences.add(
            module
                + " "
                + release
                + " "
                + metric
                + " ranks: expected "
                + expectedIndexes
                + " got "
                + actualIndexes);
      }
    }
    assertThat(differences).isEmpty();
    return rows;
  }
}
