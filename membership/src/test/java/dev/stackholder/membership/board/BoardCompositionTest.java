package dev.stackholder.membership.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import dev.stackholder.membership.FreeDues;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardCompositionTest {
  private static final BoardComposition BOARD_2013 =
      RosterFixtures.scriptedOpenStack().boardOn(LocalDate.of(2013, 1, 1));

  @Test
  void affiliationLimitComesFromTheRuleSet() {
    assertThat(BOARD_2013.affiliationLimit())
        .hasValueSatisfying(limit -> assertThat(limit.maxDirectorsPerCompany()).isEqualTo(2));
  }

  @Test
  void twoDirectorsFromOneCompanyAreAllowed() {
    List<Director> board =
        List.of(Director.of("A", "Red Hat"), Director.of("B", "Red Hat"), Director.of("C", "IBM"));
    assertThat(BOARD_2013.affiliationViolations(board)).isEmpty();
  }

  @Test
  void threeDirectorsFromOneCompanyNameTheCompany() {
    List<Director> board =
        List.of(
            Director.of("Ann", "Red Hat"),
            Director.of("Bo", "IBM"),
            Director.of("Cy", "red hat"),
            Director.of("Di", "Red Hat "));
    assertThat(BOARD_2013.affiliationViolations(board))
        .containsExactly(
            "Red Hat has 3 affiliated directors (Ann, Cy, Di), more than the limit of 2"
                + " (OpenStack Foundation mailing list: bylaws section 4.17)");
    assertThatThrownBy(() -> BOARD_2013.checkAffiliations(board))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(
            "Proposed board for 2013-01-01 breaks the affiliation limit: Red Hat has 3");
  }

  @Test
  void boardFollowsThePlatinumCount() {
    Foundation small = RosterFixtures.smallFoundation(Proration.FULL_YEAR);
    Roster roster =
        Roster.empty(small)
            .admit(
                RosterFixtures.org(1),
                RosterFixtures.PLATINUM,
                RosterFixtures.START,
                RosterFixtures.SOURCE);
    assertThat(roster.boardOn(RosterFixtures.START).total()).isEqualTo(3);
    Roster two =
        roster.admit(
            RosterFixtures.org(2),
            RosterFixtures.PLATINUM,
            RosterFixtures.START,
            RosterFixtures.SOURCE);
    assertThat(two.boardOn(RosterFixtures.START).directorsByClass())
        .containsEntry("platinum", 2)
        .containsEntry("gold", 2)
        .containsEntry("individual", 2);
  }

  @Test
  void classesCanElectAFixedNumberOfDirectors() {
    Foundation lf = Foundations.getFoundation("linux-foundation");
    Tier platinum = lf.getTier("platinum");
    Roster roster =
        Roster.empty(lf)
            .admit(
                dev.stackholder.core.Organization.of("a", "A"),
                platinum,
                LocalDate.of(2014, 6, 1),
                RosterFixtures.SOURCE)
            .admit(
                dev.stackholder.core.Organization.of("b", "B"),
                platinum,
                LocalDate.of(2014, 6, 1),
                RosterFixtures.SOURCE);
    BoardComposition board = roster.boardOn(LocalDate.of(2014, 6, 1));
    assertThat(board.directorsByClass())
        .containsExactly(
            java.util.Map.entry("platinum", 2),
            java.util.Map.entry("gold", 3),
            java.util.Map.entry("silver", 1));
    assertThat(board.total()).isEqualTo(6);
  }

  @Test
  void electedDirectorsGoWithFixedSeatsOnly() {
    assertThatThrownBy(
            () ->
                TierRule.builder()
                    .tier(RosterFixtures.GOLD)
                    .dues(FreeDues.of())
                    .board(BoardSeats.EQUAL_TO_APPOINTED)
                    .electedDirectors(3)
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Tier 'gold' has board seats 'equal-to-appointed' and electedDirectors 3: a number of elected"
                + " directors goes with board seats 'fixed' and only with it");
  }
}
