package dev.stackholder.membership.roster;

import static dev.stackholder.membership.roster.RosterFixtures.GOLD;
import static dev.stackholder.membership.roster.RosterFixtures.PLATINUM;
import static dev.stackholder.membership.roster.RosterFixtures.SOURCE;
import static dev.stackholder.membership.roster.RosterFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.board.BoardComposition;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three certainties (known, presumed, unknown), the presumption data, and tier changes between
 * sightings.
 */
class CertaintyTest {
  private static final Foundation SMALL = RosterFixtures.smallFoundation(Proration.FULL_YEAR);
  private static final Organization A = RosterFixtures.org(1);
  private static final Organization B = RosterFixtures.org(2);
  private static final List<Presumption> PLATINUM_TWO_YEARS =
      List.of(
          Presumption.of(PLATINUM, Period.ofYears(2), "test term of two years", List.of(SOURCE)));

  private static Observation listed(
      Organization org, Tier tier, LocalDate date, Observation.Scope scope) {
    return Observation.listed(org, tier, date, scope, SOURCE);
  }

  private static Roster roster(
      List<Observation> observations, List<Presumption> presumptions, List<ReportedCount> counts) {
    return Roster.fromEvidence(SMALL, observations, List.of(), presumptions, counts);
  }

  @Test
  void aLastSightingIsPresumedWithinTheThresholdAndUnknownAfterIt() {
    LocalDate seen = START.plusMonths(1);
    Roster roster =
        roster(
            List.of(listed(A, PLATINUM, seen, Observation.Scope.SINGLE)),
            PLATINUM_TWO_YEARS,
            List.of());
    Standing presumed = roster.answerOn(seen.plusMonths(23)).findStanding(A.id()).orElseThrow();
    assertThat(presumed.certainty()).isEqualTo(Certainty.PRESUMED);
    assertThat(presumed.age()).contains(Period.of(1, 11, 0));
    assertThat(presumed.lastSighting()).contains(seen);
    assertThat(roster.tierOf(A.id(), seen.plusMonths(23))).contains(PLATINUM);
    assertThat(roster.membersOn(seen.plusMonths(23))).isEmpty();
    assertThat(roster.answerOn(seen.plusYears(2)).findStanding(A.id()).orElseThrow().certainty())
        .isEqualTo(Certainty.PRESUMED);
    Standing old =
        roster.answerOn(seen.plusYears(2).plusDays(1)).findStanding(A.id()).orElseThrow();
    assertThat(old.certainty()).isEqualTo(Certainty.UNKNOWN);
    assertThat(old.reason()).contains("P2Y");
    assertThat(roster.tierOf(A.id(), seen.plusYears(2).plusDays(1))).isEmpty();
    assertThat(roster.answerOn(seen).findStanding(A.id()).orElseThrow().certainty())
        .isEqualTo(Certainty.KNOWN);
  }

  @Test
  void withoutAPresumptionNobodyIsPresumed() {
    Roster roster =
        roster(List.of(listed(A, PLATINUM, START, Observation.Scope.SINGLE)), List.of(), List.of());
    assertThat(roster.answerOn(START.plusDays(1)).findStanding(A.id()).orElseThrow().certainty())
        .isEqualTo(Certainty.UNKNOWN);
    assertThat(roster.tierOf(A.id(), START.plusDays(1))).isEmpty();
  }

  @Test
  void aStatedCountTheKnownMembersFillContradictsAPresumption() {
    LocalDate later = START.plusMonths(6);
    List<Observation> observations =
        List.of(
            listed(A, PLATINUM, START, Observation.Scope.SINGLE),
            listed(B, PLATINUM, later.minusDays(1), Observation.Scope.SINGLE),
            listed(B, PLATINUM, later.plusDays(1), Observation.Scope.SINGLE));
    ReportedCount one =
        ReportedCount.of(later, PLATINUM, 1, Source.of("count.txt", "One Platinum member"));
    Roster roster = roster(observations, PLATINUM_TWO_YEARS, List.of(one));
    Standing a = roster.answerOn(later.plusMonths(1)).findStanding(A.id()).orElseThrow();
    assertThat(a.certainty()).isEqualTo(Certainty.UNKNOWN);
    assertThat(a.reason()).contains("contradicted").contains("One Platinum member");
    // Before the count, nothing contradicts it yet.
    assertThat(roster.answerOn(later.minusDays(1)).findStanding(A.id()).orElseThrow().certainty())
        .isEqualTo(Certainty.PRESUMED);
    // A count with room for it contradicts nothing.
    ReportedCount two =
        ReportedCount.of(later, PLATINUM, 2, Source.of("count.txt", "Two Platinum members"));
    assertThat(
            roster(observations, PLATINUM_TWO_YEARS, List.of(two))
                .answerOn(later.plusMonths(1))
                .findStanding(A.id())
                .orElseThrow()
                .certainty())
        .isEqualTo(Certainty.PRESUMED);
  }

  @Test
  void aLaterBoardPageWithoutTheMemberEndsThePresumption() {
    List<Observation> observations =
        List.of(
            listed(A, PLATINUM, START, Observation.Scope.BOARD_PAGE),
            listed(B, PLATINUM, START, Observation.Scope.BOARD_PAGE),
            listed(B, PLATINUM, START.plusMonths(3), Observation.Scope.BOARD_PAGE));
    Roster roster = roster(observations, PLATINUM_TWO_YEARS, List.of());
    assertThat(roster.answerOn(START.plusMonths(2)).findStanding(A.id()).orElseThrow().certainty())
        .isEqualTo(Certainty.PRESUMED);
    Standing a = roster.answerOn(START.plusMonths(4)).findStanding(A.id()).orElseThrow();
    assertThat(a.certainty()).isEqualTo(Certainty.UNKNOWN);
    assertThat(a.reason()).contains("board page of " + START.plusMonths(3));
  }

  @Test
  void aMemberSeenInTwoTiersIsAMemberInBetweenInTheOldTier() {
    LocalDate gold = START.plusMonths(1);
    LocalDate platinum = START.plusMonths(7);
    Roster roster =
        roster(
            List.of(
                listed(A, GOLD, gold, Observation.Scope.SINGLE),
                listed(A, PLATINUM, platinum, Observation.Scope.SINGLE)),
            PLATINUM_TWO_YEARS,
            List.of());
    LocalDate between = START.plusMonths(4);
    assertThat(roster.tierOf(A.id(), between)).contains(GOLD);
    assertThat(roster.tierOf(A.id(), platinum.minusDays(1))).contains(GOLD);
    assertThat(roster.tierOf(A.id(), platinum)).contains(PLATINUM);
    Standing standing = roster.answerOn(between).findStanding(A.id()).orElseThrow();
    assertThat(standing.certainty()).isEqualTo(Certainty.KNOWN);
    assertThat(standing.tier()).isEqualTo(GOLD);
    assertThat(standing.tierChange())
        .contains("moved to Platinum on an unknown day between " + gold + " and " + platinum);
    assertThat(roster.membersOn(between))
        .singleElement()
        .satisfies(m -> assertThat(m.until()).contains(platinum));
  }

  @Test
  void aGapLongerThanTheOldTiersPresumptionIsNotBridged() {
    Presumption goldYear =
        Presumption.of(GOLD, Period.ofYears(1), "test term of one year", List.of(SOURCE));
    LocalDate platinum = START.plusYears(3);
    Roster roster =
        roster(
            List.of(
                listed(A, GOLD, START, Observation.Scope.SINGLE),
                listed(A, PLATINUM, platinum, Observation.Scope.SINGLE)),
            List.of(goldYear),
            List.of());
    assertThat(roster.tierOf(A.id(), START.plusYears(2))).isEmpty();
    assertThat(roster.answerOn(START.plusYears(2)).findStanding(A.id()).orElseThrow().certainty())
        .isEqualTo(Certainty.UNKNOWN);
  }

  @Test
  void presumptionsAreCheckedAgainstTheFoundation() {
    Tier silver = Tier.of("silver", "Silver");
    assertThatThrownBy(
            () ->
                roster(
                    List.of(),
                    List.of(Presumption.of(silver, Period.ofYears(1), "r", List.of())),
                    List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("silver");
    assertThatThrownBy(
            () ->
                roster(
                    List.of(),
                    List.of(PLATINUM_TWO_YEARS.get(0), PLATINUM_TWO_YEARS.get(0)),
                    List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Presumption.of(PLATINUM, Period.ofYears(-1), "r", List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("maxAge");
  }

  @Test
  void theBuiltInThresholdsAreDataWithTheirReasonsAndSources() {
    assertThat(OpenStackFoundation.presumptions())
        .extracting(p -> p.tier().id() + "=" + p.maxAge())
        .containsExactly("platinum=P3Y", "gold=P1Y");
    assertThat(OpenStackFoundation.presumptions())
        .allSatisfy(
            p -> {
              assertThat(p.reason()).isNotBlank();
              assertThat(p.sources())
                  .isNotEmpty()
                  .allSatisfy(s -> assertThat(s.document()).isNotBlank());
            });
  }

  @Test
  void tencentIsGoldBetweenItsGoldAndPlatinumSightings() {
    Roster roster = OpenStackFoundation.roster();
    LocalDate december = LocalDate.of(2017, 12, 1);
    assertThat(roster.tierOf("tencent", december)).contains(OpenStackFoundation.GOLD);
    Standing tencent = roster.answerOn(december).findStanding("tencent").orElseThrow();
    assertThat(tencent.certainty()).isEqualTo(Certainty.KNOWN);
    assertThat(tencent.tierChange())
        .hasValueSatisfying(
            change ->
                assertThat(change)
                    .startsWith("moved to Platinum on an unknown day between 2017-11-")
                    .endsWith("and 2018-05-20"));
    assertThat(roster.tierOf("tencent", LocalDate.of(2018, 5, 20)))
        .contains(OpenStackFoundation.PLATINUM);
  }

  @Test
  void todaysAnswerNamesPresumedMembersWithTheirAgesAndTheLastCompleteList() {
    RosterAnswer answer = OpenStackFoundation.roster().answerOn(LocalDate.of(2026, 12, 6));
    assertThat(answer.presumed())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.age()).isPresent();
              assertThat(s.lastSighting()).isPresent();
            });
    assertThat(answer.completeness())
        .filteredOn(c -> c.tier().equals(OpenStackFoundation.PLATINUM))
        .singleElement()
        .satisfies(c -> assertThat(c.completeListBefore()).contains(LocalDate.of(2025, 7, 23)));
  }

  @Test
  void everyStandingIsOneOfTheThreeAndAgreesWithTheOldFields() {
    Roster roster = OpenStackFoundation.roster();
    for (int year = 2012; year <= 2026; year++) {
      RosterAnswer answer = roster.answerOn(LocalDate.of(year, 12, 31));
      assertThat(answer.standings().stream().filter(s -> s.certainty() == Certainty.KNOWN).count())
          .isEqualTo(answer.known().size());
      assertThat(answer.standings().stream().filter(s -> s.certainty() != Certainty.KNOWN).count())
          .isEqualTo(answer.lastSeen().size());
      for (TierCompleteness tier : answer.completeness()) {
        assertThat(tier.presumed())
            .isEqualTo(
                answer.presumed().stream().filter(s -> s.tier().equals(tier.tier())).count());
      }
    }
  }

  @Test
  void theFirstBoardIsEightEightEight() {
    BoardComposition first = OpenStackFoundation.roster().boardOn(LocalDate.of(2012, 8, 28));
    assertThat(first.directorsByClass())
        .containsEntry("platinum", 8)
        .containsEntry("gold", 8)
        .containsEntry("individual", 8);
  }

  @Test
  void aScriptsElectedSeatsWaitForJanuaryFirst() {
    Roster roster =
        Roster.empty(SMALL)
            .admit(A, PLATINUM, START, SOURCE)
            .admit(B, PLATINUM, START.plusMonths(3), SOURCE);
    // The small foundation's rules begin on START (January 1): that day's Director Limit is 1.
    BoardComposition midYear = roster.boardOn(START.plusMonths(6));
    assertThat(midYear.directorsByClass())
        .containsEntry("platinum", 2)
        .containsEntry("gold", 1)
        .containsEntry("individual", 1);
    assertThat(roster.boardOn(START.plusYears(1)).directorsByClass())
        .containsEntry("gold", 2)
        .containsEntry("individual", 2);
  }

  @Test
  void theBoardNamesTheClassesTheRulesGive() {
    Tier sponsor = Tier.of("sponsor", "Sponsor");
    Tier member = Tier.of("member", "Member");
    Foundation other =
        Foundation.builder()
            .id("other")
            .name("Other Foundation")
            .addTiers(sponsor, member)
            .addRuleSets(
                dev.stackholder.membership.RuleSet.builder()
                    .id("other-rules")
                    .name("Other rules")
                    .effectiveFrom(START)
                    .currency(org.joda.money.CurrencyUnit.USD)
                    .addTiers(
                        dev.stackholder.membership.TierRule.builder()
                            .tier(sponsor)
                            .dues(dev.stackholder.membership.FreeDues.of())
                            .board(dev.stackholder.membership.board.BoardSeats.ONE_PER_MEMBER)
                            .addSources(SOURCE)
                            .build())
                    .addTiers(
                        dev.stackholder.membership.TierRule.builder()
                            .tier(member)
                            .dues(dev.stackholder.membership.FreeDues.of())
                            .board(dev.stackholder.membership.board.BoardSeats.EQUAL_TO_APPOINTED)
                            .addSources(SOURCE)
                            .build())
                    .addSources(SOURCE)
                    .build())
            .build();
    Roster roster =
        Roster.fromEvidence(
            other,
            List.of(
                Observation.listed(A, sponsor, START, Observation.Scope.SINGLE, SOURCE),
                Observation.listed(
                    A, sponsor, START.plusYears(1), Observation.Scope.SINGLE, SOURCE)));
    assertThat(roster.boardOn(START.plusMonths(6)).directorsByClass())
        .containsOnlyKeys("sponsor", "member")
        .containsEntry("sponsor", 1)
        .containsEntry("member", 1);
  }
}
