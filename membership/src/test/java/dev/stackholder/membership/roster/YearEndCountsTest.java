package dev.stackholder.membership.roster;

import static dev.stackholder.membership.OpenStackFoundation.GOLD;
import static dev.stackholder.membership.OpenStackFoundation.PLATINUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Platinum and Gold members known or presumed at each year end, 2012 to 2025, against the
 * counts the foundation stated. Where the evidence cannot match a stated count the answer must say
 * so; the years where it does are pinned, so new evidence that closes a gap shows here.
 */
class YearEndCountsTest {
  private static final Roster ROSTER = OpenStackFoundation.roster();

  private static long count(RosterAnswer answer, Tier tier) {
    return answer.knownOrPresumedIn(tier).size();
  }

  private static RosterAnswer yearEnd(int year) {
    return ROSTER.answerOn(LocalDate.of(year, 12, 31));
  }

  @Test
  void yearEndsWhoseCountsTheSourcesState() {
    // 8 Platinum and 14 Gold after the board approved VMware, Intel and NEC (Cloud Computing Today,
    // 2012-09-09).
    assertThat(count(yearEnd(2012), PLATINUM)).isEqualTo(8);
    assertThat(count(yearEnd(2012), GOLD)).isEqualTo(14);
    // The eight Platinum members at the OpenInfra launch (Le Monde Informatique, October 2020).
    assertThat(count(yearEnd(2020), PLATINUM)).isEqualTo(8);
    // 7 Platinum: the 2023 board of 21 (election page, 2022-11-24).
    assertThat(count(yearEnd(2022), PLATINUM)).isEqualTo(7);
    // 8 Platinum: the 2026 board of 24 after Viettel joined (election page, 2025-12-04).
    assertThat(count(yearEnd(2025), PLATINUM)).isEqualTo(8);
  }

  @Test
  void everyYearEndHasPlatinumAndGoldMembersKnownOrPresumed() {
    for (int year = 2012; year <= 2025; year++) {
      assertThat(count(yearEnd(year), PLATINUM)).as("Platinum %s", year).isPositive();
      assertThat(count(yearEnd(year), GOLD)).as("Gold %s", year).isPositive();
    }
  }

  @Test
  void theAnswerSaysWhereAStatedCountDisagreesWithBothSources() {
    List<String> gaps = new ArrayList<>();
    for (int year = 2012; year <= 2025; year++) {
      for (String disagreement : yearEnd(year).disagreements()) {
        assertThat(disagreement).contains(" members on ", "; the roster knows or presumes ", "(");
        gaps.add(year + " " + disagreement.substring(0, disagreement.indexOf(':')));
      }
    }
    // The thin years: stated counts the evidence does not yet reach (issue 25 point 4, open).
    assertThat(gaps)
        .containsExactly(
            "2014 Platinum",
            "2016 Gold",
            "2017 Platinum",
            "2017 Gold",
            "2021 Platinum",
            "2023 Platinum");
    assertThat(yearEnd(2017).disagreements())
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith(
                        "Platinum: 8 members on 2017-11-06 by Chinese WeChat is powered by OpenStack (000_6cb65ebcd6c07861.txt)")
                    .contains("so 3 no source read names or dates"));
  }
}
