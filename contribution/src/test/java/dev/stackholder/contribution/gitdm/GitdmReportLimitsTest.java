package dev.stackholder.contribution.gitdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.JsonEdits;
import org.junit.jupiter.api.Test;

/** Issue 26 point 1: a gitdm report read from JSON is checked as strictly as one parsed. */
class GitdmReportLimitsTest {
  private static final GitdmReport REPORT =
      GitdmReports.builtIn().reports().stream()
          .filter(report -> report.linesAdded().isPresent())
          .findFirst()
          .orElseThrow();
  private static final String JSON = StackholderJson.write(REPORT);

  @Test
  void theBuiltInReportReadsBackEqual() {
    assertThat(StackholderJson.read(JSON, GitdmReport.class)).isEqualTo(REPORT);
  }

  @Test
  void negativeOrHugeCountsABlankFileAndRowsBeyondTheLimitAreRefused() {
    refused(JsonEdits.set(JSON, "/linesAdded", LongNode.valueOf(-5)), "lines added -5");
    refused(
        JsonEdits.set(JSON, "/processed", LongNode.valueOf(1_000_000_000_000_000_000L)),
        "processed");
    refused(JsonEdits.set(JSON, "/file", TextNode.valueOf(" ")), "blank file");
    refused(JsonEdits.set(JSON, "/tables/0/rows/0/value", LongNode.valueOf(Long.MAX_VALUE)), "row");
    refused(JsonEdits.set(JSON, "/tables/0/line", LongNode.valueOf(0)), "expected 1 or more");
  }

  private static void refused(String json, String expected) {
    assertThatThrownBy(() -> StackholderJson.read(json, GitdmReport.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining(expected);
  }
}
