package dev.stackholder.testing;

import static dev.stackholder.testing.MembershipGenerators.foundations;
import static dev.stackholder.testing.MembershipGenerators.rosters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.AffiliationLimit;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.FlatDues;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.FreeDues;
import dev.stackholder.membership.MemberLimit;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.board.BoardSeats;
import dev.stackholder.membership.income.IncomeLine;
import dev.stackholder.membership.income.IncomeReport;
import dev.stackholder.membership.roster.Admission;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterEvent;
import dev.stackholder.membership.roster.TierChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The membership library's properties of rosters, over rosters drawn from this module's published
 * generator: against a foundation with small limits (2 Platinum, 3 Gold) so that generated events
 * reach them, and against generated foundations. Accepted events never break a limit, no
 * organization holds two tiers at once, rosters survive JSON, and income is each member's dues
 * prorated by days, worked out here from the rules as written (an oracle independent of the
 * library's {@code quote()}).
 */
class RosterPropertiesTest {
  private static final Source SOURCE = Source.of("test-fixture.txt", "Test fixture");
  private static final Tier PLATINUM = Tier.of("platinum", "Platinum");
  private static final Tier GOLD = Tier.of("gold", "Gold");
  private static final Tier INDIVIDUAL = Tier.of("individual", "Individual Member");
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final Foundation SMALL = smallFoundation();

  @Test
  void acceptedRostersNeverExceedALimit() {
    qt().forAll(rosters(SMALL, START))
        .checkAssert(
            roster -> {
              for (RosterEvent event : roster.events()) {
                Map<Tier, Integer> counts = roster.countsOn(event.date());
                assertThat(counts.getOrDefault(PLATINUM, 0)).isLessThanOrEqualTo(2);
                assertThat(counts.getOrDefault(GOLD, 0)).isLessThanOrEqualTo(3);
              }
            });
  }

  /**
   * A limit binds admissions, not members already in: when a new rule set lowers a limit, members
   * admitted under the old one stay. So the property is that no accepted event takes a tier beyond
   * the limit in force on its day.
   */
  @Test
  void noAcceptedEventTakesATierBeyondTheLimitInForce() {
    qt().withExamples(100)
        .forAll(foundations().flatMap(foundation -> rosters(foundation)))
        .checkAssert(
            roster -> {
              for (RosterEvent event : roster.events()) {
                enteredTier(event)
                    .ifPresent(
                        entered -> {
                          int count = roster.countsOn(event.date()).getOrDefault(entered, 0);
                          roster
                              .foundation()
                              .ruleSetOn(event.date())
                              .findRules(entered)
                              .flatMap(TierRule::memberLimit)
                              .ifPresent(
                                  limit ->
                                      assertThat(count)
                                          .as("%s on %s", entered.id(), event.date())
                                          .isLessThanOrEqualTo(limit.max()));
                        });
              }
            });
  }

  @Test
  void noOrganizationHoldsTwoTiersAtOnce() {
    qt().forAll(rosters(SMALL, START))
        .checkAssert(
            roster -> {
              for (RosterEvent event : roster.events()) {
                List<Membership> members = roster.membersOn(event.date());
                assertThat(members.stream().map(m -> m.organization().id()).distinct().count())
                    .isEqualTo(members.size());
              }
            });
  }

  @Test
  void acceptedRostersRoundTripThroughJson() {
    qt().forAll(rosters(SMALL, START))
        .checkAssert(
            roster -> {
              Roster read = StackholderJson.read(StackholderJson.write(roster), Roster.class);
              assertThat(read).isEqualTo(roster);
              assertThat(read.memberships()).isEqualTo(roster.memberships());
            });
  }

  /**
   * Oracle: each line's charge worked out here from the small foundation's rules as written in
   * {@link #smallFoundation()} (Platinum a flat USD 36,500; Gold 0.025% of revenue, at least USD
   * 50,000, at most USD 200,000; Individual free), prorated by days held over the days of the year
   * and rounded half up to cents, in plain {@code BigDecimal}: never by the library's own {@code
   * quote()}. Laws on top: the total is the sum of the lines and of the tiers.
   */
  @Test
  void incomeIsTheSumOfItsMembersProratedDuesWorkedOutIndependently() {
    qt().forAll(rosters(SMALL, START), integers().between(2020, 2021))
        .checkAssert(
            (roster, year) -> {
              Map<String, Declaration> declared = new HashMap<>();
              for (int n = 1; n <= 8; n++) {
                declared.put(
                    "org-" + n,
                    Declaration.ofRevenue(Money.ofMinor(CurrencyUnit.USD, 1_000_000_000L * n * n)));
              }
              IncomeReport report =
                  IncomeReport.forYear(roster, Year.of(year), declared, ExchangeRates.empty());
              int daysInYear = Year.of(year).length();
              Money sum = Money.zero(CurrencyUnit.USD);
              for (IncomeLine line : report.lines()) {
                BigDecimal annual =
                    annualOracle(line.tier(), declared.get(line.organization().id()));
                long days = java.time.temporal.ChronoUnit.DAYS.between(line.from(), line.until());
                BigDecimal expected =
                    annual
                        .multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(daysInYear), 2, RoundingMode.HALF_UP);
                assertThat(line.charged().getAmount())
                    .as("%s", line)
                    .isEqualByComparingTo(expected);
                assertThat(line.quote().map(quote -> quote.amount().getAmount()))
                    .hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo(annual));
                sum = sum.plus(line.charged());
              }
              assertThat(report.total()).isEqualTo(sum);
              Money byTier =
                  report.byTier().values().stream()
                      .reduce(Money.zero(CurrencyUnit.USD), Money::plus);
              assertThat(byTier).isEqualTo(report.total());
            });
  }

  /**
   * A year's dues under the small foundation's rules, written from them, not computed by the
   * library.
   */
  private static BigDecimal annualOracle(Tier tier, Declaration declaration) {
    if (tier.equals(PLATINUM)) {
      return new BigDecimal("36500.00");
    }
    if (tier.equals(INDIVIDUAL)) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact =
        declaration.annualRevenue().orElseThrow().getAmount().multiply(new BigDecimal("0.00025"));
    return exact
        .max(new BigDecimal("50000"))
        .min(new BigDecimal("200000"))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** The tier an admission or a tier change puts its organization in. */
  private static Optional<Tier> enteredTier(RosterEvent event) {
    if (event instanceof Admission admission) {
      return Optional.of(admission.tier());
    }
    return event instanceof TierChange change ? Optional.of(change.tier()) : Optional.empty();
  }

  private static Foundation smallFoundation() {
    RuleSet rules =
        RuleSet.builder()
            .id("small")
            .name("Small test rules")
            .effectiveFrom(START)
            .currency(CurrencyUnit.USD)
            .proration(Proration.DAYS)
            .affiliationLimit(AffiliationLimit.of(2, SOURCE))
            .addTiers(
                TierRule.builder()
                    .tier(PLATINUM)
                    .dues(FlatDues.of(Money.parse("USD 36500.00")))
                    .memberLimit(MemberLimit.of(2, SOURCE))
                    .board(BoardSeats.ONE_PER_MEMBER)
                    .addSources(SOURCE)
                    .build())
            .addTiers(
                TierRule.builder()
                    .tier(GOLD)
                    .dues(
                        PercentOfRevenueDues.of(
                            new BigDecimal("0.025"),
                            Money.parse("USD 50000.00"),
                            Money.parse("USD 200000.00")))
                    .memberLimit(MemberLimit.of(3, SOURCE))
                    .board(BoardSeats.EQUAL_TO_APPOINTED)
                    .addSources(SOURCE)
                    .build())
            .addTiers(
                TierRule.builder()
                    .tier(INDIVIDUAL)
                    .dues(FreeDues.of())
                    .board(BoardSeats.EQUAL_TO_APPOINTED)
                    .addSources(SOURCE)
                    .build())
            .addSources(SOURCE)
            .build();
    return Foundation.builder()
        .id("small")
        .name("Small Foundation")
        .addTiers(PLATINUM, GOLD, INDIVIDUAL)
        .addRuleSets(rules)
        .build();
  }
}
