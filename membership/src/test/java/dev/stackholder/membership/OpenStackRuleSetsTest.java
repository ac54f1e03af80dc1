package dev.stackholder.membership;

import static dev.stackholder.membership.OpenStackFoundation.ASSOCIATE;
import static dev.stackholder.membership.OpenStackFoundation.CORPORATE_SPONSOR;
import static dev.stackholder.membership.OpenStackFoundation.GOLD;
import static dev.stackholder.membership.OpenStackFoundation.INDIVIDUAL;
import static dev.stackholder.membership.OpenStackFoundation.PLATINUM;
import static dev.stackholder.membership.OpenStackFoundation.SILVER;
import static dev.stackholder.membership.OpenStackFoundation.STARTUP_SPONSOR;
import static dev.stackholder.membership.OpenStackFoundation.SUPPORTING_ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.board.BoardSeats;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OpenStack Foundation's rule sets after 2012 (the Open Infrastructure Foundation's): which one
 * is in force on a date, the day before and the day of each change, and the dues each quotes.
 */
class OpenStackRuleSetsTest {
  private static final Foundation OPENSTACK = OpenStackFoundation.foundation();
  private static final Money NO_REVENUE = Money.zero(CurrencyUnit.USD);
  private static final Money BIG_REVENUE = Money.parse("USD 35000000000.00");
  private static final LocalDate SILVER_CLASS = LocalDate.of(2021, 1, 26);
  private static final LocalDate ASSOCIATE_CLASS = LocalDate.of(2021, 6, 29);
  private static final LocalDate FEES_PUBLISHED = LocalDate.of(2021, 8, 14);
  private static final LocalDate BYLAWS_2021 = LocalDate.of(2021, 9, 29);
  private static final LocalDate DIRECTED_FUND = LocalDate.of(2025, 6, 3);

  private static String ruleSetOn(LocalDate date) {
    return OPENSTACK.ruleSetOn(date).id();
  }

  @ParameterizedTest(name = "{0} is under {1}")
  @CsvSource({
    "2012-08-28, openstack-2012",
    "2021-01-14, openstack-2012",
    "2021-01-15, openstack-2021-01-15",
    "2021-01-25, openstack-2021-01-15",
    "2021-01-26, openinfra-2021-01",
    "2021-03-01, openinfra-2021-01",
    "2021-06-28, openinfra-2021-01",
    "2021-06-29, openinfra-2021-06",
    "2021-08-13, openinfra-2021-06",
    "2021-08-14, openinfra-2021-08",
    "2021-09-28, openinfra-2021-08",
    "2021-09-29, openinfra-2021-09",
    "2022-03-01, openinfra-2021-09",
    "2024-03-12, openinfra-2021-09",
    "2025-06-02, openinfra-2021-09",
    "2025-06-03, openinfra-2025",
    "2026-07-07, openinfra-2025",
  })
  void ruleSetInForceOnEachSideOfEachChange(LocalDate date, String ruleSetId) {
    assertThat(ruleSetOn(date)).isEqualTo(ruleSetId);
    // the dated schedule quotes under that rule set (every rule set has the Individual tier)
    DuesQuote quote = OpenStackFoundation.duesScheduleOn(date).quote(INDIVIDUAL, NO_REVENUE);
    assertThat(quote.ruleSetId()).isEqualTo(ruleSetId);
    assertThat(quote.quotedOn()).contains(date);
  }

  @Test
  void theBylawsOf2012StayFirstAndUnchangedInIdNameAndStart() {
    RuleSet first = sortedRuleSets().get(0);
    assertThat(first.id()).isEqualTo("openstack-2012");
    assertThat(first.name()).isEqualTo("OpenStack Foundation bylaws, 2012");
    assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2012, 8, 28));
    assertThat(first.effectiveUntil()).contains(LocalDate.of(2021, 1, 15));
    assertThat(OpenStackFoundation.duesSchedule()).isEqualTo(first);
  }

  @Test
  void thePlatinumAndGoldLimitsEndWhenTheMembersApprovedTheAmendments() {
    LocalDate approved = LocalDate.of(2021, 1, 15);
    assertThat(OPENSTACK.ruleSetOn(approved.minusDays(1)).getRules(PLATINUM).memberLimit())
        .hasValueSatisfying(limit -> assertThat(limit.max()).isEqualTo(8));
    assertThat(OPENSTACK.ruleSetOn(approved.minusDays(1)).getRules(GOLD).memberLimit())
        .hasValueSatisfying(limit -> assertThat(limit.max()).isEqualTo(24));
    assertThat(OPENSTACK.ruleSetOn(approved).getRules(PLATINUM).memberLimit()).isEmpty();
    assertThat(OPENSTACK.ruleSetOn(approved).getRules(GOLD).memberLimit()).isEmpty();
    assertThat(OPENSTACK.ruleSetOn(approved).sources())
        .anySatisfy(
            source ->
                assertThat(source.quote())
                    .contains("remove the limits on the number of Platinum and Gold Members"));
    assertThat(StackholderJson.write(OPENSTACK))
        .doesNotContainIgnoringCase("nine Platinum members at");
  }

  @Test
  void ruleSetsFollowEachOtherWithoutGapsAndOnlyTheLastIsOpen() {
    List<RuleSet> sorted = sortedRuleSets();
    assertThat(sorted)
        .extracting(RuleSet::id)
        .containsExactly(
            "openstack-2012",
            "openstack-2021-01-15",
            "openinfra-2021-01",
            "openinfra-2021-06",
            "openinfra-2021-08",
            "openinfra-2021-09",
            "openinfra-2025");
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i - 1).effectiveUntil())
          .as(sorted.get(i - 1).id())
          .contains(sorted.get(i).effectiveFrom());
    }
    assertThat(sorted.get(sorted.size() - 1).effectiveUntil()).isEmpty();
  }

  @Test
  void tiersOfEachRuleSet() {
    assertThat(tierIds("openinfra-2021-01")).containsExactly("individual");
    assertThat(tierIds("openinfra-2021-06")).containsExactly("individual", "associate");
    assertThat(tierIds("openinfra-2021-08"))
        .containsExactly("platinum", "gold", "silver", "associate", "individual");
    assertThat(tierIds("openinfra-2021-09"))
        .containsExactly("platinum", "gold", "silver", "associate", "individual");
    assertThat(tierIds("openinfra-2025"))
        .containsExactly("platinum", "gold", "silver", "individual");
  }

  @Test
  void goldIsAFlatHundredAndFiftyThousandIn2022WhateverTheRevenue() {
    DuesQuote quote =
        OpenStackFoundation.duesScheduleOn(LocalDate.of(2022, 3, 1)).quote(GOLD, BIG_REVENUE);
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 150000.00"));
    assertThat(quote.ruleSetId()).isEqualTo("openinfra-2021-09");
    assertThat(quote.bound()).isEmpty();
    assertThat(quote.explanation())
        .isEqualTo(
            "Gold: flat annual dues of USD 150,000.00 (Open Infrastructure Foundation bylaws, 2021)");
  }

  @Test
  void goldOnTheDayBeforeAndTheDayOfTheSilverClassChange() {
    // the 2012 revenue formula up to the day before; the rule set from 2021-01-26 has no Gold
    // figure
    assertThat(
            OpenStackFoundation.duesScheduleOn(SILVER_CLASS.minusDays(1))
                .quote(GOLD, BIG_REVENUE)
                .amount())
        .isEqualTo(Money.parse("USD 200000.00"));
    assertThatThrownBy(
            () -> OpenStackFoundation.duesScheduleOn(SILVER_CLASS).quote(GOLD, BIG_REVENUE))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .hasMessageStartingWith(
            "Tier 'gold' is not in rule set 'openinfra-2021-01', in force on 2021-01-26; the rule"
                + " sets that have it: openstack-2012 (2012-08-28 to 2021-01-14), ");
  }

  @Test
  void publishedFeesApplyFromTheFirstDayTheyCanBeSourced() {
    assertThatThrownBy(
            () ->
                OpenStackFoundation.duesScheduleOn(FEES_PUBLISHED.minusDays(1))
                    .quote(PLATINUM, NO_REVENUE))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .hasMessageStartingWith(
            "Tier 'platinum' is not in rule set 'openinfra-2021-06', in force on 2021-08-13; the"
                + " rule sets that have it: ")
        .hasMessageContaining("openinfra-2021-08 (2021-08-14 to 2021-09-28)");
    DuesSchedule fees = OpenStackFoundation.duesScheduleOn(FEES_PUBLISHED);
    assertThat(fees.quote(PLATINUM, NO_REVENUE).amount()).isEqualTo(Money.parse("USD 350000.00"));
    assertThat(fees.quote(GOLD, NO_REVENUE).amount()).isEqualTo(Money.parse("USD 150000.00"));
    assertThat(fees.quote(SILVER, NO_REVENUE).amount()).isEqualTo(Money.parse("USD 15000.00"));
    assertThat(fees.quote(ASSOCIATE, NO_REVENUE).amount()).isEqualTo(NO_REVENUE);
    assertThat(fees.quote(INDIVIDUAL, NO_REVENUE).amount()).isEqualTo(NO_REVENUE);
  }

  @ParameterizedTest(name = "{0}: Platinum {1}, Gold {2}, Silver {3}")
  @CsvSource({
    "2021-08-14, 350000.00, 150000.00, 15000.00",
    "2021-09-29, 350000.00, 150000.00, 15000.00",
    "2022-03-01, 350000.00, 150000.00, 15000.00",
    "2025-06-02, 350000.00, 150000.00, 15000.00",
    "2025-06-03, 350000.00, 150000.00, 15000.00",
    "2026-07-07, 350000.00, 150000.00, 15000.00",
  })
  void openInfraFeesAreUnchangedFrom2021Through2026(
      LocalDate date, String platinum, String gold, String silver) {
    DuesSchedule schedule = OpenStackFoundation.duesScheduleOn(date);
    assertThat(schedule.quote(PLATINUM, BIG_REVENUE).amount()).isEqualTo(usd(platinum));
    assertThat(schedule.quote(GOLD, BIG_REVENUE).amount()).isEqualTo(usd(gold));
    assertThat(schedule.quote(SILVER, BIG_REVENUE).amount()).isEqualTo(usd(silver));
  }

  @Test
  void silverIsNonVotingAtFifteenThousand() {
    DuesQuote quote =
        OpenStackFoundation.duesScheduleOn(LocalDate.of(2022, 3, 1)).quote(SILVER, NO_REVENUE);
    assertThat(quote.explanation())
        .isEqualTo(
            "Silver: flat annual dues of USD 15,000.00 (Open Infrastructure Foundation bylaws, 2021)");
    assertThat(OPENSTACK.getRuleSet("openinfra-2021-09").getRules(SILVER).board())
        .isEqualTo(BoardSeats.NONE);
  }

  @Test
  void corporateSponsorIsUnknownToTheOpenInfraRuleSets() {
    assertThat(
            OpenStackFoundation.duesScheduleOn(SILVER_CLASS.minusDays(1))
                .quote(CORPORATE_SPONSOR, NO_REVENUE)
                .amount())
        .isEqualTo(Money.parse("USD 25000.00"));
    assertThatThrownBy(
            () ->
                OpenStackFoundation.duesScheduleOn(LocalDate.of(2022, 3, 1))
                    .quote(CORPORATE_SPONSOR, NO_REVENUE))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .hasMessage(
            "Tier 'corporate-sponsor' is not in rule set 'openinfra-2021-09', in force on 2022-03-01; the rule"
                + " sets that have it: openstack-2012 (2012-08-28 to 2021-01-14), openstack-2021-01-15 (2021-01-15"
                + " to 2021-01-25)");
    for (RuleSet ruleSet : OPENSTACK.ruleSets()) {
      if (!ruleSet.id().startsWith("openstack-")) {
        assertThat(ruleSet.findRules(CORPORATE_SPONSOR)).as(ruleSet.id()).isEmpty();
        assertThat(ruleSet.findRules(STARTUP_SPONSOR)).as(ruleSet.id()).isEmpty();
        assertThat(ruleSet.findRules(SUPPORTING_ORGANIZATION)).as(ruleSet.id()).isEmpty();
      }
    }
  }

  @Test
  void associateIsFreeFromTheDayItWasCreatedAndUnknownTheDayBefore() {
    assertThatThrownBy(
            () ->
                OpenStackFoundation.duesScheduleOn(ASSOCIATE_CLASS.minusDays(1))
                    .quote(ASSOCIATE, NO_REVENUE))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .hasMessageStartingWith(
            "Tier 'associate' is not in rule set 'openinfra-2021-01', in force on 2021-06-28; the"
                + " rule sets that have it: openinfra-2021-06 (2021-06-29 to 2021-08-13), ");
    DuesQuote quote =
        OpenStackFoundation.duesScheduleOn(ASSOCIATE_CLASS).quote(ASSOCIATE, NO_REVENUE);
    assertThat(quote.amount()).isEqualTo(NO_REVENUE);
    assertThat(quote.explanation())
        .isEqualTo(
            "Associate: free, no dues (Open Infrastructure Foundation, Associate class created (June 2021))");
  }

  @Test
  void associateHasNoConfirmedFeeUnderTheDirectedFundCharter() {
    assertThat(
            OpenStackFoundation.duesScheduleOn(DIRECTED_FUND.minusDays(1))
                .quote(ASSOCIATE, NO_REVENUE)
                .amount())
        .isEqualTo(NO_REVENUE);
    assertThatThrownBy(
            () -> OpenStackFoundation.duesScheduleOn(DIRECTED_FUND).quote(ASSOCIATE, NO_REVENUE))
        .isExactlyInstanceOf(TierNotInForceException.class)
        .hasMessage(
            "Tier 'associate' is not in rule set 'openinfra-2025', in force on 2025-06-03; the rule sets that"
                + " have it: openinfra-2021-06 (2021-06-29 to 2021-08-13), openinfra-2021-08 (2021-08-14 to"
                + " 2021-09-28), openinfra-2021-09 (2021-09-29 to 2025-06-02)");
  }

  @Test
  void individualMembershipIsFreeInEveryRuleSet() {
    for (RuleSet ruleSet : OPENSTACK.ruleSets()) {
      assertThat(ruleSet.quote(INDIVIDUAL, NO_REVENUE).amount())
          .as(ruleSet.id())
          .isEqualTo(NO_REVENUE);
      assertThat(ruleSet.getRules(INDIVIDUAL).board())
          .as(ruleSet.id())
          .isEqualTo(BoardSeats.EQUAL_TO_APPOINTED);
    }
  }

  @Test
  void openInfraBoardSeatsPerTier() {
    for (String id : List.of("openinfra-2021-08", "openinfra-2021-09", "openinfra-2025")) {
      RuleSet ruleSet = OPENSTACK.getRuleSet(id);
      assertThat(ruleSet.getRules(PLATINUM).board()).as(id).isEqualTo(BoardSeats.ONE_PER_MEMBER);
      assertThat(ruleSet.getRules(GOLD).board()).as(id).isEqualTo(BoardSeats.EQUAL_TO_APPOINTED);
      assertThat(ruleSet.getRules(SILVER).board()).as(id).isEqualTo(BoardSeats.NONE);
      ruleSet
          .findRules(ASSOCIATE)
          .ifPresent(rule -> assertThat(rule.board()).as(id).isEqualTo(BoardSeats.NONE));
    }
  }

  @Test
  void openInfraSetsNoLimitOnPlatinumOrGoldAndNoCommitment() {
    for (RuleSet ruleSet : OPENSTACK.ruleSets()) {
      if (!ruleSet.id().equals("openstack-2012")) {
        for (TierRule rule : ruleSet.tiers()) {
          assertThat(rule.memberLimit()).as(ruleSet.id() + " " + rule.tier().id()).isEmpty();
          if (ruleSet.id().startsWith("openstack-")) {
            continue; // the 2012 bylaws as amended on 2021-01-15 keep the three-year Platinum
            // commitment
          }
          assertThat(rule.commitmentYears()).as(ruleSet.id() + " " + rule.tier().id()).isEmpty();
        }
      }
    }
  }

  @Test
  void affiliationLimitIsThreeWhereSourcedAndUnrecordedBefore() {
    assertThat(affiliationLimit("openstack-2012")).contains(2);
    assertThat(affiliationLimit("openinfra-2021-01")).isEmpty();
    assertThat(affiliationLimit("openinfra-2021-06")).isEmpty();
    assertThat(affiliationLimit("openinfra-2021-08")).isEmpty();
    assertThat(affiliationLimit("openinfra-2021-09")).contains(3);
    assertThat(affiliationLimit("openinfra-2025")).contains(3);
    assertThat(
            OPENSTACK
                .getRuleSet("openinfra-2025")
                .affiliationLimit()
                .orElseThrow()
                .source()
                .quote())
        .hasValueSatisfying(quote -> assertThat(quote).contains("more than three representatives"));
  }

  @Test
  void everyRuleSetSaysWhatIsNotKnown() {
    for (RuleSet ruleSet : OPENSTACK.ruleSets()) {
      assertThat(ruleSet.note()).as(ruleSet.id()).isPresent();
    }
    assertThat(OPENSTACK.getRuleSet("openinfra-2021-01").note().orElseThrow())
        .contains("no dues figure for this period was found for Platinum, Gold or Silver");
    assertThat(OPENSTACK.getRuleSet("openinfra-2025").note().orElseThrow())
        .contains("Associate is left out");
  }

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  private static List<RuleSet> sortedRuleSets() {
    return OPENSTACK.ruleSets().stream()
        .sorted(Comparator.comparing(RuleSet::effectiveFrom))
        .collect(Collectors.toList());
  }

  private static List<String> tierIds(String ruleSetId) {
    return OPENSTACK.getRuleSet(ruleSetId).tiers().stream()
        .map(rule -> rule.tier().id())
        .collect(Collectors.toList());
  }

  private static Optional<Integer> affiliationLimit(String ruleSetId) {
    return OPENSTACK
        .getRuleSet(ruleSetId)
        .affiliationLimit()
        .map(AffiliationLimit::maxDirectorsPerCompany);
  }
}
