package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.contribution.Attributor;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.TieMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Stackalytics-policy run shown in {@code docs/stackalytics.md} is this test's output: the test
 * fails when the documentation and the library disagree. The run is the one pipeline ({@link
 * ContributionStatistics#addStackalytics}) on the kept keystone and glance data, keystone Juno,
 * {@link Metric#LOC} with corrections, ranked with {@link TieMode#DASHBOARD}.
 */
class StackalyticsDocsTest {
  @Test
  void theDocumentedRunIsTheLibrarysOutput() throws Exception {
    Path dir =
        Path.of(StackalyticsDocsTest.class.getResource("expected/README.md").toURI()).getParent();
    StackalyticsProcessor processor =
        StackalyticsProcessor.fromDefaultData(dir.resolve("default_data.json"));
    List<StackalyticsProcessor.Repository> repos = new ArrayList<>();
    for (String p : List.of("keystone", "glance")) {
      repos.add(
          new StackalyticsProcessor.Repository(
              p,
              StackalyticsLog.read(dir.resolve("git/" + p + ".log")),
              StackalyticsReleaseIndex.read(dir.resolve("git/" + p + "-releases.txt"))));
    }
    ContributionStatistics juno =
        ContributionStatistics.of(
                "juno",
                Attributor.of(
                    StackalyticsDefaultData.read(dir.resolve("default_data.json")).directory()))
            .addStackalytics(
                processor, repos, StackalyticsCorrections.read(dir.resolve("corrections.json")));
    RankedTable table = juno.rank("keystone", Metric.LOC, TieMode.DASHBOARD);
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%4s  %-40s %24s%n", "#", "company", Metric.LOC.id()));
    for (RankedRow row : table.rows().subList(0, Math.min(20, table.rows().size()))) {
      text.append(
          String.format(
              Locale.ROOT,
              "%4s  %-40s %24d%n",
              row.unnumbered() ? "" : Integer.toString(row.rank()),
              row.employer(),
              row.value()));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "(%d rows; corrected records: %d)%n",
            table.rows().size(),
            juno.findStackalyticsReport().orElseThrow().corrected().size()));
    String expected = text.toString().replace(System.lineSeparator(), "\n");
    Path docs = Path.of("..", "docs", "stackalytics.md");
    String doc = Files.readString(docs, StandardCharsets.UTF_8);
    assertThat(doc)
        .as("docs/stackalytics.md should show, in a code block:%n%s", expected)
        .contains(expected);
  }
}
