package dev.stackholder.membership.roster;

import static dev.stackholder.membership.OpenStackFoundation.GOLD;
import static dev.stackholder.membership.OpenStackFoundation.PLATINUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierFullException;
import dev.stackholder.membership.board.BoardComposition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rosters under the OpenStack Foundation's 2012 bylaws and the built-in history. */
class RosterTest {
  private static final Foundation OPENSTACK = OpenStackFoundation.foundation();
  private static final Source SOURCE = Source.of("roster-test.txt", "Roster test");
  private static final LocalDate DAY_ONE = LocalDate.of(2013, 1, 1);

  private static Roster withMembers(Tier tier, int count, LocalDate on) {
    Roster roster = Roster.empty(OPENSTACK);
    for (int i = 1; i <= count; i++) {
      roster =
          roster.admit(
              Organization.of(tier.id() + "-" + i, tier.name() + " " + i), tier, on, SOURCE);
    }
    return roster;
  }

  @Test
  void tencentJoinedGoldInNovember2017AndMovedToPlatinum() {
    Roster roster = RosterFixtures.scriptedOpenStack();
    assertThat(roster.tierOf("tencent", LocalDate.of(2017, 11, 5))).isEmpty();
    assertThat(roster.tierOf("tencent", LocalDate.of(2017, 11, 6))).contains(GOLD);
    assertThat(roster.tierOf("tencent", LocalDate.of(2018, 5, 19))).contains(GOLD);
    assertThat(roster.tierOf("tencent", LocalDate.of(2018, 5, 20))).contains(PLATINUM);
    List<Membership> history = roster.historyOf("tencent");
    assertThat(history).extracting(Membership::tier).containsExactly(GOLD, PLATINUM);
    assertThat(history.get(0).until()).contains(LocalDate.of(2018, 5, 20));
    assertThat(history.get(0).source().document()).isEqualTo("000_6cb65ebcd6c07861.txt");
  }

  @Test
  void initialPlatinumMembersAndNebulasEnd() {
    Roster roster = RosterFixtures.scriptedOpenStack();
    assertThat(roster.countsOn(LocalDate.of(2012, 9, 1)))
        .containsEntry(PLATINUM, 8)
        .containsEntry(GOLD, 11);
    assertThat(roster.countsOn(LocalDate.of(2012, 9, 7))).containsEntry(GOLD, 14);
    assertThat(roster.tierOf("nebula", LocalDate.of(2014, 12, 31))).contains(PLATINUM);
    assertThat(roster.tierOf("nebula", LocalDate.of(2015, 1, 1))).isEmpty();
    assertThat(roster.boardOn(LocalDate.of(2012, 9, 1)).total()).isEqualTo(24);
  }

  @Test
  void reportedCountsKeepTheSeedsEightPlatinumAndTwentyFourGold() {
    assertThat(OpenStackFoundation.reportedCounts())
        .filteredOn(count -> count.source().document().equals("000_6cb65ebcd6c07861.txt"))
        .extracting(ReportedCount::tier, ReportedCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PLATINUM, 8),
            org.assertj.core.groups.Tuple.tuple(GOLD, 24));
  }

  @Test
  void twentyFifthGoldMemberIsRefused() {
    Roster full = withMembers(GOLD, 24, DAY_ONE);
    assertThat(full.countsOn(DAY_ONE)).containsEntry(GOLD, 24);
    assertThatThrownBy(
            () ->
                full.admit(Organization.of("acme", "Acme"), GOLD, LocalDate.of(2013, 2, 1), SOURCE))
        .isExactlyInstanceOf(TierFullException.class)
        .hasMessage(
            "Cannot admit 'acme' to Gold on 2013-02-01: Gold has 24 members and the limit is 24 under"
                + " OpenStack Foundation bylaws, 2012 (source: OpenStack Foundation mailing list: new Gold members"
                + " China Telecom, ZTE and Inspur, https://lists.openinfra.dev/pipermail/foundation/2016-November/002434.html)");
  }

  @Test
  void aLeaverMakesRoomAgain() {
    Roster full = withMembers(GOLD, 24, DAY_ONE).leave("gold-3", LocalDate.of(2013, 6, 1), SOURCE);
    Roster admitted =
        full.admit(Organization.of("acme", "Acme"), GOLD, LocalDate.of(2013, 6, 1), SOURCE);
    assertThat(admitted.countsOn(LocalDate.of(2013, 6, 1))).containsEntry(GOLD, 24);
    assertThat(admitted.countsOn(LocalDate.of(2013, 5, 31)).get(GOLD)).isEqualTo(24);
    assertThat(admitted.tierOf("gold-3", LocalDate.of(2013, 6, 1))).isEmpty();
  }

  @Test
  void ninthPlatinumUpgradeIsRefused() {
    Roster roster =
        withMembers(PLATINUM, 8, DAY_ONE)
            .admit(Organization.of("acme", "Acme"), GOLD, DAY_ONE, SOURCE);
    assertThatThrownBy(() -> roster.changeTier("acme", PLATINUM, LocalDate.of(2014, 1, 1), SOURCE))
        .isExactlyInstanceOf(TierFullException.class)
        .hasMessageStartingWith(
            "Cannot move 'acme' to Platinum on 2014-01-01: Platinum has 8 members and the limit is 8");
  }

  @Test
  void boardOfEightPlatinumMembersHasTwentyFourDirectors() {
    BoardComposition board = withMembers(PLATINUM, 8, DAY_ONE).boardOn(DAY_ONE);
    assertThat(board.directorsByClass())
        .containsExactly(
            java.util.Map.entry("platinum", 8),
            java.util.Map.entry("gold", 8),
            java.util.Map.entry("individual", 8));
    assertThat(board.total()).isEqualTo(24);
    assertThat(board.ruleSetId()).isEqualTo("openstack-2012");
  }

  @Test
  void eventsOutOfDateOrderAreInvalid() {
    Roster roster = withMembers(GOLD, 1, DAY_ONE);
    assertThatThrownBy(
            () -> roster.admit(Organization.of("late", "Late"), GOLD, DAY_ONE.minusDays(1), SOURCE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Event for 'late' on 2012-12-31 is before the roster's last event on 2013-01-01: add events in date order");
  }

  @Test
  void holdingTwoTiersAtOnceIsInvalid() {
    Roster roster = withMembers(GOLD, 1, DAY_ONE);
    assertThatThrownBy(
            () -> roster.admit(Organization.of("gold-1", "Gold 1"), PLATINUM, DAY_ONE, SOURCE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "'gold-1' is already a member (Gold since 2013-01-01) and cannot also join Platinum on"
                + " 2013-01-01; change its tier instead");
  }

  @Test
  void changesForNonMembersAreInvalid() {
    Roster roster = withMembers(GOLD, 1, DAY_ONE);
    assertThatThrownBy(() -> roster.changeTier("nobody", PLATINUM, DAY_ONE, SOURCE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("'nobody' is not a member on 2013-01-01, so it cannot change tier");
    assertThatThrownBy(() -> roster.leave("nobody", DAY_ONE, SOURCE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("'nobody' is not a member on 2013-01-01, so it cannot leave");
  }

  @Test
  void admissionBeforeAnyRulesIsRefused() {
    assertThatThrownBy(
            () ->
                Roster.empty(OPENSTACK)
                    .admit(
                        Organization.of("early", "Early"), GOLD, LocalDate.of(2011, 1, 1), SOURCE))
        .isExactlyInstanceOf(NoRulesInForceException.class);
  }

  @Test
  void rosterIsImmutable() {
    Roster empty = Roster.empty(OPENSTACK);
    Roster one = empty.admit(Organization.of("one", "One"), GOLD, DAY_ONE, SOURCE);
    assertThat(empty.membersOn(DAY_ONE)).isEmpty();
    assertThat(one.membersOn(DAY_ONE)).hasSize(1);
  }

  @Test
  void builtInRosterRoundTripsThroughJson() {
    Roster roster = RosterFixtures.scriptedOpenStack();
    Roster read = StackholderJson.read(StackholderJson.write(roster), Roster.class);
    assertThat(read).isEqualTo(roster);
    assertThat(read.memberships()).isEqualTo(roster.memberships());
  }

  @Test
  void jsonThatBreaksALimitIsRefusedWithTheEventIndex() {
    Roster full = withMembers(PLATINUM, 8, DAY_ONE);
    String json =
        StackholderJson.write(full)
            .replace(
                "\"events\":[",
                "\"events\":[{\"type\":\"admit\",\"date\":\"2013-01-01\",\"organization\":{\"id\":\"extra\",\"name\":\"Extra\"},"
                    + "\"tier\":{\"id\":\"platinum\",\"name\":\"Platinum\"},\"source\":{\"document\":\"x\",\"title\":\"x\"}},");
    assertThatThrownBy(() -> StackholderJson.read(json, Roster.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining(
            "events[8] (platinum-8 on 2013-01-01): Cannot admit 'platinum-8' to Platinum");
  }

  @Test
  void membershipAndBoardRoundTripThroughJson() {
    Membership membership = RosterFixtures.scriptedOpenStack().historyOf("tencent").get(0);
    assertThat(StackholderJson.read(StackholderJson.write(membership), Membership.class))
        .isEqualTo(membership);
    BoardComposition board = RosterFixtures.scriptedOpenStack().boardOn(LocalDate.of(2013, 1, 1));
    assertThat(StackholderJson.read(StackholderJson.write(board), BoardComposition.class))
        .isEqualTo(board);
  }
}
