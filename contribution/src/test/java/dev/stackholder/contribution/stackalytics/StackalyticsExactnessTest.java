package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every company row of Stackalytics' own tables (keystone and glance, Essex..Newton, commits and
 * loc, with and without corrections), computed by Stackalytics f6f54bec offline, reproduced from
 * the pseudonymized inputs kept beside them (see expected/README.md).
 */
class StackalyticsExactnessTest {
  static Path dir;
  static StackalyticsProcessor processor;
  static List<StackalyticsProcessor.Repository> repos;

  @BeforeAll
  static void read() throws URISyntaxException {
    dir =
        Path.of(StackalyticsExactnessTest.class.getResource("expected/README.md").toURI())
            .getParent();
    processor = StackalyticsProcessor.fromDefaultData(dir.resolve("default_data.json"));
    // default_data.json lists keystone before glance; Stackalytics processes repos in that order.
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
  void everyRowWithoutCorrections() {
    compare(
        processor.process(repos, StackalyticsCorrections.none()),
        "tables-without-corrections.json");
  }

  @Test
  void everyRowWithCorrections() {
    StackalyticsResult result =
        processor.process(repos, StackalyticsCorrections.read(dir.resolve("corrections.json")));
    compare(result, "tables-with-corrections.json");
    assertThat(result.corrected())
        .extracting(StackalyticsRecord::commitId)
        .containsExactlyInAnyOrder(
            "e8d8306b21cb59d600c7500d6cdf2effecc3a679",
            "471795aa6c9ccc5acc2e63ff5fcf6b724fb67361",
            "977766080993c22ed279889c904bcc19883ff8b9",
            "371533be00e2de3062110ee2ca46454c695b1db0");
  }

  @Test
  void everyRecordAsStackalyticsStoredIt() throws Exception {
    StackalyticsResult result =
        processor.process(repos, StackalyticsCorrections.read(dir.resolve("corrections.json")));
    Set<String> expected = new TreeSet<>();
    for (String line : Files.readAllLines(dir.resolve("records.tsv"))) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      // module, release, commit, address, company, date, added, deleted, loc corrected
      expected.add(String.join("|", f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[9]));
    }
    Set<String> releases =
        Set.of(
            "essex",
            "folsom",
            "grizzly",
            "havana",
            "icehouse",
            "juno",
            "kilo",
            "liberty",
            "mitaka",
            "newton");
    Set<String> actual =
        result.records().stream()
            .filter(r -> releases.contains(r.release()))
            .map(
                r ->
                    String.join(
                        "|",
                        r.module(),
                        r.release(),
                        r.commitId(),
                        r.email(),
                        r.company(),
                        Long.toString(r.date().getEpochSecond()),
                        Long.toString(r.linesAdded()),
                        Long.toString(r.linesDeleted()),
                        Long.toString(r.loc())))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    assertThat(missing).as("records Stackalytics stored and Stackholder did not").isEmpty();
    assertThat(extra).as("records Stackholder made and Stackalytics did not").isEmpty();
    assertThat(actual).hasSize(7924);
  }

  private static void compare(StackalyticsResult result, String file) {
    JsonNode tables = StackholderJson.read(dir.resolve(file), JsonNode.class);
    assertThat(tables.size()).isEqualTo(40);
    int rows = 0;
    List<String> differences = new ArrayList<>();
    for (JsonNode t : tables) {
      String module = t.get("module").asText();
      String release = t.get("release").asText();
      StackalyticsMetric metric = StackalyticsMetric.fromId(t.get("metric").asText());
      Map<String, Long> expected = new TreeMap<>();
      Map<Long, Set<String>> expectedIndexes = new TreeMap<>();
      for (JsonNode row : t.get("stats")) {
        expected.put(row.get("id").asText(), row.get("metric").asLong());
        expectedIndexes
            .computeIfAbsent(row.get("metric").asLong(), k -> new TreeSet<>())
            .add(row.get("index").asText());
        rows++;
      }
      List<StackalyticsDashboard.Row> actualRows =
          StackalyticsDashboard.companies(result.records(), module, release, metric);
      Map<String, Long> actual = new TreeMap<>();
      Map<Long, Set<String>> actualIndexes = new TreeMap<>();
      for (StackalyticsDashboard.Row row : actualRows) {
        actual.put(row.company(), row.value());
        actualIndexes
            .computeIfAbsent(row.value(), k -> new TreeSet<>())
            .add(row.index().isPresent() ? Integer.toString(row.index().getAsInt()) : "");
      }
      if (!expected.equals(actual)) {
        differences.add(
            module
                + " "
                + release
                + " "
                + metric.id()
                + ": expected "
                + expected
                + " got "
                + actual);
      } else if (!expectedIndexes.equals(actualIndexes)) {
        differences.add(
            module
                + " "
                + release
                + " "
                + metric.id()
                + " ranks: expected "
                + expectedIndexes
                + " got "
                + actualIndexes);
      }
    }
    assertThat(differences).isEmpty();
    assertThat(rows).isEqualTo(1027);
  }
}
