package dev.stackholder.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.contribution.ContributionRecord;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.BandedDues;
import dev.stackholder.membership.DuesRule;
import dev.stackholder.membership.FlatDues;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.roster.Roster;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every public JSON type the published generators make survives a JSON round trip exactly, by text
 * and through a Jackson tree (as the CLI writes its documents): the value read back is equal (a
 * decimal's scale included: 0.0250 is not 0.025) and writing it again gives the same text. Issue 24
 * point 2: a tree stripped trailing zeros, so the generators found 10.0000 coming back as 1E+1.
 */
class JsonRoundTripPropertiesTest {
  @Test
  void coreTypes() {
    roundTrips(CoreGenerators.organizations(), Organization.class);
    roundTrips(CoreGenerators.sources(), Source.class);
    roundTrips(CoreGenerators.exchangeRates(), ExchangeRate.class);
    roundTrips(CoreGenerators.revenues(), Money.class);
    roundTrips(CoreGenerators.rates(), BigDecimal.class);
    roundTrips(CoreGenerators.percents(), BigDecimal.class);
  }

  @Test
  void membershipTypes() {
    CurrencyUnit usd = CurrencyUnit.USD;
    roundTrips(MembershipGenerators.tiers(), Tier.class);
    roundTrips(MembershipGenerators.flatDues(usd), FlatDues.class);
    roundTrips(MembershipGenerators.percentOfRevenueDues(usd), PercentOfRevenueDues.class);
    roundTrips(MembershipGenerators.bandedDues(usd), BandedDues.class);
    roundTrips(MembershipGenerators.duesRules(CurrencyUnit.EUR), DuesRule.class);
    roundTrips(
        MembershipGenerators.tiers().flatMap(tier -> MembershipGenerators.tierRules(tier, usd)),
        TierRule.class);
    roundTrips(MembershipGenerators.ruleSets(), RuleSet.class);
    roundTrips(MembershipGenerators.foundations(), Foundation.class);
    roundTrips(
        MembershipGenerators.foundations().flatMap(MembershipGenerators::rosters), Roster.class);
  }

  @Test
  void contributionTypes() {
    roundTrips(ContributionGenerators.records(), ContributionRecord.class);
    roundTrips(ContributionGenerators.tables(), ContributionTable.class);
  }

  private static <T> void roundTrips(Gen<? extends T> values, Class<T> type) {
    qt().withExamples(200)
        .forAll(values)
        .checkAssert(
            value -> {
              String json = StackholderJson.write(value);
              T read = StackholderJson.read(json, type);
              assertThat(read).as(json).isEqualTo(value);
              assertThat(StackholderJson.write(read)).isEqualTo(json);
              JsonNode tree = StackholderJson.mapper().valueToTree(value);
              assertThat(StackholderJson.write(tree)).as("through a tree").isEqualTo(json);
              try {
                assertThat(StackholderJson.mapper().treeToValue(tree, type)).isEqualTo(value);
              } catch (JsonProcessingException e) {
                throw new AssertionError(
                    type.getSimpleName() + " from a tree: " + e.getMessage(), e);
              }
            });
  }
}
