package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class ScaleTest {
  private static final Scale NODES =
      Scale.of(
          Count.of(6000, Approximation.MORE_THAN),
          ScaleUnit.NODES,
          Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack"));

  @Test
  void describesCountAndUnit() {
    assertThat(NODES.describe()).isEqualTo("more than 6,000 nodes");
    assertThat(NODES.note()).isEmpty();
  }

  @Test
  void jsonRoundTrip() {
    assertThat(StackholderJson.write(NODES))
        .isEqualTo(
            "{\"count\":{\"value\":6000,\"approximation\":\"more-than\"},"
                + "\"unit\":\"nodes\",\"source\":{\"document\":\"000_6cb65ebcd6c07861.txt\","
                + "\"title\":\"Chinese WeChat is powered by OpenStack\"}}");
    qt().forAll(AdoptionGenerators.scales())
        .checkAssert(
            scale ->
                assertThat(StackholderJson.read(StackholderJson.write(scale), Scale.class))
                    .isEqualTo(scale));
  }
}
