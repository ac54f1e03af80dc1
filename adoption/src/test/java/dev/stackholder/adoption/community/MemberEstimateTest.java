package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.adoption.Approximation;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class MemberEstimateTest {
  @Test
  void cosugEstimatesOf2012() {
    UserGroup cosug = CommunityCatalog.builtIn().getUserGroup("cosug");
    assertThat(cosug.memberEstimates())
        .extracting(e -> e.members().describe() + " on " + e.asOf().orElseThrow())
        .containsExactly("at least 2,500 on 2012-08-10", "about 3,000 on 2012-09-22");
    assertThat(cosug.memberEstimates().get(0).members().approximation())
        .isEqualTo(Approximation.AT_LEAST);
    assertThat(cosug.memberEstimates().get(0).source().quote().orElseThrow())
        .contains("conservative estimation that COSUG has 2,500 user members in China");
  }

  @Test
  void jsonRoundTrip() {
    qt().forAll(CommunityGenerators.memberEstimates())
        .checkAssert(
            estimate ->
                assertThat(
                        StackholderJson.read(StackholderJson.write(estimate), MemberEstimate.class))
                    .isEqualTo(estimate));
  }
}
