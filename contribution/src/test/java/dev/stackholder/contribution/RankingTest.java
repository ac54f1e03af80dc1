package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
  private static final BigDecimal SHARE = new BigDecimal("1.0");
  private static final ContributionTable TIES =
      ContributionTable.builder()
          .release("folsom")
          .project("horizon")
          .metric(Metric.CHANGESETS)
          .addEntries(
              ContributionEntry.of("A", 5, SHARE),
              ContributionEntry.of("B", 3, SHARE),
              ContributionEntry.of("jenkins@openstack.org", 4, SHARE),
              ContributionEntry.of("C", 3, SHARE),
              ContributionEntry.of("D", 9, SHARE),
              ContributionEntry.of("E", 1, SHARE))
          .build();

  @Test
  void competitionRankingGivesTiesTheSameRankAndSkips() {
    assertThat(Ranking.of(TieMode.COMPETITION).rank(TIES).rows())
        .containsExactly(
            RankedRow.of(1, "D", 9, SHARE),
            RankedRow.of(2, "A", 5, SHARE),
            RankedRow.of(3, "B", 3, SHARE),
            RankedRow.of(3, "C", 3, SHARE),
            RankedRow.of(5, "E", 1, SHARE));
  }

  @Test
  void ordinalRankingKeepsTheSourceOrderOfTies() {
    assertThat(Ranking.of(TieMode.ORDINAL).rank(TIES).rows())
        .extracting(RankedRow::employer, RankedRow::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("D", 1),
            org.assertj.core.groups.Tuple.tuple("A", 2),
            org.assertj.core.groups.Tuple.tuple("B", 3),
            org.assertj.core.groups.Tuple.tuple("C", 4),
            org.assertj.core.groups.Tuple.tuple("E", 5));
  }

  @Test
  void dashboardNumbersTiesOneAfterAnotherAndLeavesIndependentUnnumbered() {
    ContributionTable table =
        ContributionTable.builder()
            .release("juno")
            .project("keystone")
            .metric(Metric.LOC)
            .addEntries(
                ContributionEntry.of("*independent", 9, SHARE),
                ContributionEntry.of("b", 5, SHARE),
                ContributionEntry.of("A", 5, SHARE),
                ContributionEntry.of("C", 2, SHARE))
            .build();
    RankedTable ranked = Ranking.of(TieMode.DASHBOARD).rank(table);
    assertThat(ranked.rows())
        .extracting(RankedRow::employer, RankedRow::rank, RankedRow::unnumbered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("*independent", 1, true),
            org.assertj.core.groups.Tuple.tuple("A", 1, false),
            org.assertj.core.groups.Tuple.tuple("b", 2, false),
            org.assertj.core.groups.Tuple.tuple("C", 3, false));
    // JSON says "unnumbered" only where it is true, and reads back the same table.
    String json = dev.stackholder.core.json.StackholderJson.write(ranked);
    assertThat(json.split("\"unnumbered\"", -1)).hasSize(2);
    assertThat(dev.stackholder.core.json.StackholderJson.read(json, RankedTable.class))
        .isEqualTo(ranked);
  }

  @Test
  void theCallerChangesTheAutomatedAccountRule() {
    RankedTable all = Ranking.of(TieMode.COMPETITION, AutomatedAccounts.none()::test).rank(TIES);
    assertThat(all.getRow("jenkins@openstack.org").rank()).isEqualTo(3);
    RankedTable withoutD = Ranking.of(TieMode.COMPETITION, "D"::equals).rank(TIES);
    assertThat(withoutD.rows())
        .extracting(RankedRow::employer)
        .containsExactly("A", "jenkins@openstack.org", "B", "C", "E");
  }

  @Test
  void copiesTheTablesKeys() {
    RankedTable ranked = Ranking.of(TieMode.ORDINAL).rank(TIES);
    assertThat(ranked.release()).isEqualTo("folsom");
    assertThat(ranked.project()).isEqualTo("horizon");
    assertThat(ranked.metric()).isEqualTo(Metric.CHANGESETS);
    assertThat(ranked.ties()).isEqualTo(TieMode.ORDINAL);
  }

  @Test
  void competitionRankIsOneMoreThanTheNumberOfBetterRows() {
    qt().forAll(Generators.tables())
        .checkAssert(
            table -> {
              RankedTable ranked =
                  Ranking.of(TieMode.COMPETITION, AutomatedAccounts.none()::test).rank(table);
              assertThat(ranked.rows()).hasSameSizeAs(table.entries());
              for (RankedRow row : ranked.rows()) {
                long better = table.entries().stream().filter(e -> e.value() > row.value()).count();
                assertThat(row.rank()).isEqualTo(better + 1);
              }
            });
  }

  @Test
  void ordinalRankIsThePositionAndTiesKeepTheSourceOrder() {
    qt().forAll(Generators.tables())
        .checkAssert(
            table -> {
              RankedTable ranked =
                  Ranking.of(TieMode.ORDINAL, AutomatedAccounts.none()::test).rank(table);
              List<RankedRow> rows = ranked.rows();
              for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).rank()).isEqualTo(i + 1);
                if (i > 0 && rows.get(i - 1).value() == rows.get(i).value()) {
                  assertThat(indexOf(table, rows.get(i - 1).employer()))
                      .isLessThan(indexOf(table, rows.get(i).employer()));
                }
              }
            });
  }

  @Test
  void theDefaultRuleLeavesOutOnlyTheBot() {
    qt().forAll(Generators.tables(), Generators.tieModes())
        .checkAssert(
            (table, ties) -> {
              RankedTable ranked = Ranking.of(ties).rank(table);
              long bots =
                  table.entries().stream()
                      .filter(e -> e.employer().equals("jenkins@openstack.org"))
                      .count();
              assertThat(ranked.rows()).hasSize(table.entries().size() - (int) bots);
              assertThat(ranked.findRow("jenkins@openstack.org")).isEmpty();
            });
  }

  private static int indexOf(ContributionTable table, String employer) {
    for (int i = 0; i < table.entries().size(); i++) {
      if (table.entries().get(i).employer().equals(employer)) {
        return i;
      }
    }
    throw new AssertionError(employer);
  }
}
