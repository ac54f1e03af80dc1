package dev.stackholder.membership;

import static dev.stackholder.membership.MembershipGenerators.amounts;
import static dev.stackholder.membership.MembershipGenerators.duesRules;
import static dev.stackholder.membership.MembershipGenerators.foreignCurrencies;
import static dev.stackholder.membership.MembershipGenerators.percentOfRevenueDues;
import static dev.stackholder.membership.MembershipGenerators.rates;
import static dev.stackholder.membership.MembershipGenerators.usdRevenues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of dues quotes and of the JSON form of rules, over generated data. */
class DuesPropertiesTest {
  private static final DuesSchedule BYLAWS_2012 = OpenStackFoundation.duesSchedule();
  private static final Tier GOLD = OpenStackFoundation.GOLD;
  private static final Tier MEMBER = Tier.of("member", "Member");
  private static final Money GOLD_MINIMUM = Money.parse("USD 50000.00");
  private static final Money GOLD_MAXIMUM = Money.parse("USD 200000.00");

  @Test
  void goldDuesStayWithinTheBounds() {
    qt().forAll(usdRevenues()).checkAssert(revenue -> {
      Money dues = BYLAWS_2012.quote(GOLD, revenue).amount();
      assertThat(dues).isGreaterThanOrEqualTo(GOLD_MINIMUM).isLessThanOrEqualTo(GOLD_MAXIMUM);
    });
  }

  @Test
  void goldDuesNeverFallAsRevenueGrows() {
    qt().forAll(usdRevenues(), usdRevenues()).checkAssert((a, b) -> {
      Money lower = a.isLessThan(b) ? a : b;
      Money higher = a.isLessThan(b) ? b : a;
      assertThat(BYLAWS_2012.quote(GOLD, lower).amount())
          .isLessThanOrEqualTo(BYLAWS_2012.quote(GOLD, higher).amount());
    });
  }

  @Test
  void percentOfRevenueDuesStayWithinTheirBounds() {
    qt().forAll(percentOfRevenueDues(CurrencyUnit.USD), usdRevenues()).checkAssert((rule, revenue) -> {
      DuesQuote quote = scheduleOf(rule).quote(MEMBER, revenue);
      assertThat(quote.amount().getCurrencyUnit()).isEqualTo(CurrencyUnit.USD);
      assertThat(quote.amount().isNegative()).isFalse();
      rule.minimum().ifPresent(min -> assertThat(quote.amount()).isGreaterThanOrEqualTo(min));
      rule.maximum().ifPresent(max -> assertThat(quote.amount()).isLessThanOrEqualTo(max));
    });
  }

  @Test
  void percentOfRevenueDuesNeverFallAsRevenueGrows() {
    qt().forAll(percentOfRevenueDues(CurrencyUnit.USD), usdRevenues(), usdRevenues())
        .checkAssert((rule, a, b) -> {
          DuesSchedule schedule = scheduleOf(rule);
          Money lower = a.isLessThan(b) ? a : b;
          Money higher = a.isLessThan(b) ? b : a;
          assertThat(schedule.quote(MEMBER, lower).amount())
              .isLessThanOrEqualTo(schedule.quote(MEMBER, higher).amount());
        });
  }

  @Test
  void quotingAForeignRevenueEqualsQuotingItsConvertedAmount() {
    Gen<Money> foreignRevenues = foreignCurrencies().flatMap(currency -> amounts(currency, 10_000_000_000_000L));
    qt().forAll(foreignRevenues, rates()).checkAssert((revenue, rate) -> {
      ExchangeRates rates = ExchangeRates.empty().with(revenue.getCurrencyUnit(), CurrencyUnit.USD, rate);
      Money converted = rates.convert(revenue, CurrencyUnit.USD);
      DuesQuote viaRate = BYLAWS_2012.quote(GOLD, revenue, rates);
      DuesQuote direct = BYLAWS_2012.quote(GOLD, converted);
      assertThat(viaRate.amount()).isEqualTo(direct.amount());
      assertThat(viaRate.bound()).isEqualTo(direct.bound());
      assertThat(viaRate.exchangeRate()).isEqualTo(rates.findRate(revenue.getCurrencyUnit(), CurrencyUnit.USD));
      assertThat(direct.exchangeRate()).isEmpty();
    });
  }

  @Test
  void generatedRulesQuoteAForeignRevenueAsItsConvertedAmount() {
    Gen<Money> foreignRevenues = foreignCurrencies().flatMap(currency -> amounts(currency, 10_000_000_000L));
    qt().forAll(percentOfRevenueDues(CurrencyUnit.USD), foreignRevenues, rates())
        .checkAssert((rule, revenue, rate) -> {
          ExchangeRates rates = ExchangeRates.empty().with(revenue.getCurrencyUnit(), CurrencyUnit.USD, rate);
          DuesSchedule schedule = scheduleOf(rule);
          assertThat(schedule.quote(MEMBER, revenue, rates).amount())
              .isEqualTo(schedule.quote(MEMBER, rates.convert(revenue, CurrencyUnit.USD)).amount());
        });
  }

  @Test
  void foundationsSurviveAJsonRoundTrip() {
    qt().withExamples(300).forAll(MembershipGenerators.foundations()).checkAssert(foundation -> {
      String json = StackholderJson.write(foundation);
      assertThat(StackholderJson.read(json, Foundation.class)).isEqualTo(foundation);
    });
  }

  @Test
  void ruleSetsSurviveAJsonRoundTrip() {
    qt().forAll(MembershipGenerators.foundations()).checkAssert(foundation -> {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        assertThat(StackholderJson.read(StackholderJson.write(ruleSet), RuleSet.class)).isEqualTo(ruleSet);
      }
    });
  }

  @Test
  void duesRulesSurviveAJsonRoundTripAsTheirBaseType() {
    Gen<DuesRule> rules = foreignCurrencies().flatMap(MembershipGenerators::duesRules);
    qt().forAll(rules).checkAssert(rule ->
        assertThat(StackholderJson.read(StackholderJson.write(rule), DuesRule.class)).isEqualTo(rule));
  }

  /**
   * A quote of a revenue takes a shorter path than a quote of a declaration (no declaration is made,
   * and a percentage of revenue is worked out straight from it); it must give the same quote: the
   * same fields, JSON and explanation, in the schedule's currency or converted, for a tier passed as
   * the rule set's own instance or as an equal copy.
   */
  @Test
  void aQuoteOfARevenueIsTheQuoteOfItsDeclaration() {
    qt().forAll(duesRules(CurrencyUnit.USD), foreignCurrencies(), rates(), amounts(CurrencyUnit.USD, 10_000_000_000L))
        .checkAssert((rule, currency, rate, usd) -> {
          DuesSchedule schedule = scheduleOf(rule);
          ExchangeRates rates = ExchangeRates.empty().with(currency, CurrencyUnit.USD, rate);
          Money foreign = Money.of(currency, usd.getAmount().setScale(Math.max(0, currency.getDecimalPlaces()),
              java.math.RoundingMode.DOWN));
          for (Money revenue : new Money[] {usd, foreign}) {
            for (Tier tier : new Tier[] {MEMBER, Tier.of(MEMBER.id(), MEMBER.name())}) {
              Money money = revenue;
              Tier quoted = tier;
              // A rule that needs another figure (employees) fails the same way on both paths.
              assertThat(outcome(() -> schedule.quote(quoted, money, rates)))
                  .isEqualTo(outcome(() -> schedule.quote(quoted, Declaration.ofRevenue(money), rates)));
            }
          }
        });
  }

  /** A quote as its JSON and explanation, or the failure's class and message. */
  private static String outcome(java.util.function.Supplier<DuesQuote> quote) {
    try {
      DuesQuote q = quote.get();
      return StackholderJson.write(q) + "\n" + q.explanation() + "\n" + q.hashCode();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static DuesSchedule scheduleOf(DuesRule rule) {
    return RuleSet.builder()
        .id("generated")
        .name("Generated rules")
        .effectiveFrom(LocalDate.of(2012, 8, 28))
        .currency(CurrencyUnit.USD)
        .addTiers(TierRule.builder().tier(MEMBER).dues(rule).build())
        .build();
  }
}
