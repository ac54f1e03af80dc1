package dev.stackholder.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark's set-up checks that the library and its baseline give the same whole answer; this
 * runs those set-ups in the build, at the smallest size, so a baseline that drifts fails here and
 * not only in a hand-run benchmark. The cold start-up pair is checked here too, since a check
 * inside its forks would warm them.
 */
class BaselinesAgreeTest {
  @Test
  void foundationJson() throws Exception {
    new FoundationJsonBenchmark().setUp();
  }

  @Test
  void membershipsJson() throws Exception {
    MembershipsJsonBenchmark benchmark = new MembershipsJsonBenchmark();
    benchmark.memberships = 1000;
    benchmark.setUp();
  }

  @Test
  void rosterQuery() {
    RosterQueryBenchmark benchmark = new RosterQueryBenchmark();
    benchmark.members = 1000;
    benchmark.setUp();
  }

  @Test
  void duesIncome() {
    DuesIncomeBenchmark benchmark = new DuesIncomeBenchmark();
    benchmark.members = 1000;
    benchmark.setUp();
  }

  @Test
  void coldStart() throws Exception {
    ColdStartBenchmark benchmark = new ColdStartBenchmark();
    ColdStartBenchmark.checkSameAnswer(benchmark.library(), benchmark.baseline());
  }

  @Test
  void theComparisonSeesADifferenceDeepInside() {
    List<Plain.Tier> plain =
        List.of(new Plain.Tier("gold", "Gold"), new Plain.Tier("silver", "Silver"));
    List<Plain.Tier> other =
        List.of(new Plain.Tier("gold", "Gold"), new Plain.Tier("silver", "Silver!"));
    Agreement.sameJson("tiers", plain, plain);
    assertThatThrownBy(() -> Agreement.sameJson("tiers", plain, other))
        .hasMessageContaining("$[1].name");
    assertThat(plain).hasSize(2);
  }
}
