package dev.stackholder.contribution.releases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.SchemaValidation;
import org.junit.jupiter.api.Test;

/** release-range.schema.json against a third-party validator: every bundled range validates. */
class ReleaseRangeSchemaTest {
  @Test
  void everyBundledRangeValidatesAndBrokenOnesDoNot() {
    for (ReleaseRange range : ReleaseRanges.builtIn().ranges()) {
      assertThat(errors(StackholderJson.write(range))).as(range.toString()).isEmpty();
    }
    String nova = StackholderJson.write(ReleaseRanges.builtIn().getRange("folsom", "nova"));
    assertThat(errors(nova.replace("first-final-release", "newest"))).isNotEmpty();
    assertThat(errors(nova.replace("c763ee3874a3e4bc7758e34c812899dbfae36cce", "c763ee38")))
        .isNotEmpty();
    assertThat(errors(nova.replace("\"2012.2\"", "\"2012.2rc1\""))).isNotEmpty();
    assertThat(errors(nova.replace("\"end\"", "\"finish\""))).isNotEmpty();
  }

  private static java.util.List<String> errors(String json) {
    return SchemaValidation.errors("contribution", "release-range", json);
  }
}
