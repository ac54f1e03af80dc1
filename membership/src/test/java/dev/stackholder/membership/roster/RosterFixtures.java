package dev.stackholder.membership.roster;

import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.AffiliationLimit;
import dev.stackholder.membership.FlatDues;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.FreeDues;
import dev.stackholder.membership.MemberLimit;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.board.BoardSeats;
import java.time.LocalDate;
import org.joda.money.Money;

/** A small foundation with low limits, so tests reach them quickly. */
public final class RosterFixtures {
  public static final Source SOURCE = Source.of("test-fixture.txt", "Test fixture");
  public static final Tier PLATINUM = Tier.of("platinum", "Platinum");
  public static final Tier GOLD = Tier.of("gold", "Gold");
  public static final Tier INDIVIDUAL = Tier.of("individual", "Individual Member");
  public static final LocalDate START = LocalDate.of(2020, 1, 1);

  private RosterFixtures() {}

  public static Foundation smallFoundation(Proration proration) {
    RuleSet rules =
        RuleSet.builder()
            .id("small-" + (proration == Proration.DAYS ? "days" : "full"))
            .name("Small test rules")
            .effectiveFrom(START)
            .currency(org.joda.money.CurrencyUnit.USD)
            .proration(proration)
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
                            new java.math.BigDecimal("0.025"),
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

  public static Organization org(int n) {
    return Organization.of("org-" + n, "Org " + n);
  }

  /**
   * The test fixture scripted-roster.json (the event script the library shipped before its roster
   * was built from evidence) replayed under the built-in OpenStack rules: a script roster to test
   * income and replay arithmetic on, not OpenStack's history.
   */
  public static Roster scriptedOpenStack() {
    try (java.io.InputStream in =
        RosterFixtures.class.getResourceAsStream("scripted-roster.json")) {
      return dev.stackholder.core.json.StackholderJson.read(in, MembershipHistory.class)
          .replay(OpenStackFoundation.foundation());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
