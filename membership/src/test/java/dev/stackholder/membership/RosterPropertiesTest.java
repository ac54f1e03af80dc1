package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.StackholderException;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of rosters built from generated event sequences against a foundation with small limits
 * (2 Platinum, 3 Gold): refused events leave the roster as it was, accepted ones never break a limit.
 */
class RosterPropertiesTest {
  private static final Foundation SMALL = RosterFixtures.smallFoundation(Proration.DAYS);
  private static final Tier[] TIERS = {RosterFixtures.PLATINUM, RosterFixtures.GOLD, RosterFixtures.INDIVIDUAL};

  /** An event as numbers: kind (0 admit, 1 change, 2 leave), organization, tier, days since the last event. */
  private static final Gen<int[]> EVENT = integers().between(0, 2).zip(integers().between(1, 8),
      integers().between(0, 2), integers().between(0, 200), (kind, org, tier, gap) -> new int[] {kind, org, tier, gap});
  private static final Gen<List<int[]>> EVENTS = lists().of(EVENT).ofSizeBetween(0, 40);

  /** Applies what the rules accept, skipping what they refuse. */
  private static Roster build(List<int[]> events) {
    Roster roster = Roster.empty(SMALL);
    LocalDate date = RosterFixtures.START;
    for (int[] e : events) {
      date = date.plusDays(e[3]);
      try {
        switch (e[0]) {
          case 0:
            roster = roster.admit(RosterFixtures.org(e[1]), TIERS[e[2]], date, RosterFixtures.SOURCE);
            break;
          case 1:
            roster = roster.changeTier("org-" + e[1], TIERS[e[2]], date, RosterFixtures.SOURCE);
            break;
          default:
            roster = roster.leave("org-" + e[1], date, RosterFixtures.SOURCE);
        }
      } catch (StackholderException refused) {
        // the roster is immutable: a refused event leaves it unchanged
      }
    }
    return roster;
  }

  @Test
  void acceptedRostersNeverExceedALimit() {
    qt().forAll(EVENTS).checkAssert(events -> {
      Roster roster = build(events);
      for (RosterEvent event : roster.events()) {
        Map<Tier, Integer> counts = roster.countsOn(event.date());
        assertThat(counts.getOrDefault(RosterFixtures.PLATINUM, 0)).isLessThanOrEqualTo(2);
        assertThat(counts.getOrDefault(RosterFixtures.GOLD, 0)).isLessThanOrEqualTo(3);
      }
    });
  }

  @Test
  void noOrganizationHoldsTwoTiersAtOnce() {
    qt().forAll(EVENTS).checkAssert(events -> {
      Roster roster = build(events);
      for (RosterEvent event : roster.events()) {
        List<Membership> members = roster.membersOn(event.date());
        assertThat(members.stream().map(m -> m.organization().id()).distinct().count()).isEqualTo(members.size());
      }
    });
  }

  @Test
  void acceptedRostersRoundTripThroughJson() {
    qt().forAll(EVENTS).checkAssert(events -> {
      Roster roster = build(events);
      Roster read = StackholderJson.read(StackholderJson.write(roster), Roster.class);
      assertThat(read).isEqualTo(roster);
      assertThat(read.memberships()).isEqualTo(roster.memberships());
    });
  }

  @Test
  void incomeIsTheSumOfItsMembersQuotes() {
    qt().forAll(EVENTS, integers().between(2020, 2021)).checkAssert((events, year) -> {
      Roster roster = build(events);
      Map<String, Declaration> declared = new HashMap<>();
      for (int n = 1; n <= 8; n++) {
        declared.put("org-" + n, Declaration.ofRevenue(Money.ofMinor(CurrencyUnit.USD, 1_000_000_000L * n * n)));
      }
      IncomeReport report = IncomeReport.forYear(roster, Year.of(year), declared, ExchangeRates.empty());
      Money sum = Money.zero(CurrencyUnit.USD);
      for (IncomeLine line : report.lines()) {
        DuesQuote quote = SMALL.ruleSetOn(line.from()).quote(line.tier(), declared.getOrDefault(
            line.organization().id(), Declaration.builder().build()), ExchangeRates.empty());
        assertThat(line.quote()).contains(quote);
        assertThat(line.charged()).isLessThanOrEqualTo(quote.amount());
        sum = sum.plus(line.charged());
      }
      assertThat(report.total()).isEqualTo(sum);
      Money byTier = report.byTier().values().stream().reduce(Money.zero(CurrencyUnit.USD), Money::plus);
      assertThat(byTier).isEqualTo(report.total());
    });
  }
}
