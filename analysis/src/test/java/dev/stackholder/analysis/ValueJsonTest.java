package dev.stackholder.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.SchemaValidation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of the join and of every report validates against the published schemas and reads back
 * equal.
 */
class ValueJsonTest {
  @Test
  void everyReleaseAndReportMatchesItsSchemaAndRoundTrips() {
    for (String release : List.of("essex", "folsom", "grizzly")) {
      ValueTable table =
          ValueJoin.builtIn()
              .joinGitdm(
                  GitdmReports.builtIn(), release, "all", Metric.CHANGESETS, TieMode.COMPETITION);
      String json = StackholderJson.write(table);
      assertThat(SchemaValidation.errors("analysis", "value-table", json)).as(release).isEmpty();
      assertThat(StackholderJson.read(json, ValueTable.class)).isEqualTo(table);
      for (ReportKind kind : ReportKind.values()) {
        ValueReport report = table.report(kind);
        String reportJson = StackholderJson.write(report);
        assertThat(SchemaValidation.errors("analysis", "value-report", reportJson))
            .as(release + " " + kind)
            .isEmpty();
        assertThat(StackholderJson.read(reportJson, ValueReport.class)).isEqualTo(report);
      }
    }
  }

  @Test
  void theSchemaRefusesAStatusItDoesNotKnow() {
    String json =
        "{\"report\":\"non-members\",\"release\":\"folsom\",\"project\":\"all\",\"metric\":\"changesets\","
            + "\"date\":\"2012-09-27\",\"inputs\":[],\"certainty\":\"\",\"summary\":[],"
            + "\"lines\":[{\"label\":\"SINA\",\"status\":\"probably-not\"}]}";
    assertThat(SchemaValidation.errors("analysis", "value-report", json)).isNotEmpty();
  }
}
