package dev.stackholder.testing;

import static dev.stackholder.testing.CoreGenerators.amounts;
import static dev.stackholder.testing.CoreGenerators.currencies;
import static dev.stackholder.testing.CoreGenerators.exchangeRatesTo;
import static dev.stackholder.testing.CoreGenerators.rates;
import static dev.stackholder.testing.CoreGenerators.revenues;
import static dev.stackholder.testing.MembershipGenerators.bandedDues;
import static dev.stackholder.testing.MembershipGenerators.duesRules;
import static dev.stackholder.testing.MembershipGenerators.foundations;
import static dev.stackholder.testing.MembershipGenerators.percentOfRevenueDues;
import static dev.stackholder.testing.MembershipGenerators.ruleSets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.DuesRule;
import dev.stackholder.membership.DuesSchedule;
import dev.stackholder.membership.FlatDues;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.FreeDues;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The membership library's properties of dues quotes and of the JSON form of rules, over values
 * drawn from this module's published generators (the library's own property tests live here: a
 * library module's tests cannot depend on this module, which depends on it).
 *
 * <p>Each property says what it checks independently of the code under test: an oracle written here
 * another way (the bylaws' formula in plain {@code BigDecimal}, never through {@code
 * PercentOfRevenueDues}), or a law (a bound, monotonicity, a round trip). Two properties compare
 * two paths of the library with each other; they say so, and are consistency checks on top of the
 * oracles, not instead of them.
 */
class DuesPropertiesTest {
  private static final DuesSchedule BYLAWS_2012 = OpenStackFoundation.duesSchedule();
  private static final Tier GOLD = OpenStackFoundation.GOLD;
  private static final Tier MEMBER = Tier.of("member", "Member");
  private static final Money GOLD_MINIMUM = Money.parse("USD 50000.00");
  private static final Money GOLD_MAXIMUM = Money.parse("USD 200000.00");
  private static final Gen<CurrencyUnit> FOREIGN =
      currencies().assuming(c -> !c.equals(CurrencyUnit.USD));

  /**
   * Law: a bound. Gold's dues lie between the bylaws' minimum and maximum, whatever the revenue.
   */
  @Test
  void goldDuesStayWithinTheBounds() {
    qt().forAll(revenues(CurrencyUnit.USD))
        .checkAssert(
            revenue -> {
              Money dues = BYLAWS_2012.quote(GOLD, revenue).amount();
              assertThat(dues)
                  .isGreaterThanOrEqualTo(GOLD_MINIMUM)
                  .isLessThanOrEqualTo(GOLD_MAXIMUM);
            });
  }

  /** Law: monotonicity in revenue. */
  @Test
  void goldDuesNeverFallAsRevenueGrows() {
    qt().forAll(revenues(CurrencyUnit.USD), revenues(CurrencyUnit.USD))
        .checkAssert(
            (a, b) -> {
              Money lower = a.isLessThan(b) ? a : b;
              Money higher = a.isLessThan(b) ? b : a;
              assertThat(BYLAWS_2012.quote(GOLD, lower).amount())
                  .isLessThanOrEqualTo(BYLAWS_2012.quote(GOLD, higher).amount());
            });
  }

  /**
   * Oracle: the 2012 bylaws' Gold formula written here from the seed's words ("0.025% of annual
   * revenue", at least USD 50,000, at most USD 200,000), in plain {@code BigDecimal}: 0.00025 times
   * the revenue, the bound where it binds, else rounded half up to cents.
   */
  @Test
  void goldDuesAreTheBylawsFormula() {
    qt().forAll(revenues(CurrencyUnit.USD))
        .checkAssert(
            revenue ->
                assertThat(BYLAWS_2012.quote(GOLD, revenue).amount())
                    .isEqualTo(goldOracle(revenue.getAmount())));
  }

  /**
   * Oracle: a foreign revenue is converted at the rate, rounded half up to cents (as the quote's
   * explanation states), then charged by the bylaws' formula; both steps are written here, not
   * taken from the library.
   */
  @Test
  void goldDuesOfAForeignRevenueAreTheFormulaOfItsConvertedAmount() {
    Gen<Money> foreignRevenues =
        FOREIGN.flatMap(currency -> amounts(currency, CoreGenerators.MAX_REVENUE));
    qt().forAll(foreignRevenues, rates())
        .checkAssert(
            (revenue, rate) -> {
              ExchangeRates rates =
                  ExchangeRates.empty().with(revenue.getCurrencyUnit(), CurrencyUnit.USD, rate);
              BigDecimal usd = revenue.getAmount().multiply(rate).setScale(2, RoundingMode.HALF_UP);
              assertThat(BYLAWS_2012.quote(GOLD, revenue, rates).amount())
                  .isEqualTo(goldOracle(usd));
            });
  }

  /**
   * Oracle: any generated percent-of-revenue rule, worked out here as the exact product of the
   * revenue and the percent over 100, the minimum if it is below it, the maximum if above, else
   * rounded half up to the currency's minor unit (the rule set's stated rounding).
   */
  @Test
  void percentOfRevenueDuesAreTheirFormula() {
    qt().forAll(percentOfRevenueDues(CurrencyUnit.USD), revenues(CurrencyUnit.USD))
        .checkAssert(
            (rule, revenue) -> {
              BigDecimal exact =
                  revenue.getAmount().multiply(rule.percent()).divide(BigDecimal.valueOf(100));
              Money expected;
              if (rule.minimum().isPresent()
                  && exact.compareTo(rule.minimum().get().getAmount()) < 0) {
                expected = rule.minimum().get();
              } else if (rule.maximum().isPresent()
                  && exact.compareTo(rule.maximum().get().getAmount()) > 0) {
                expected = rule.maximum().get();
              } else {
                expected = Money.of(CurrencyUnit.USD, exact.setScale(2, RoundingMode.HALF_UP));
              }
              assertThat(scheduleOf(rule).quote(MEMBER, revenue).amount()).isEqualTo(expected);
            });
  }

  /** The bylaws' Gold dues of a revenue in US dollars, written from the seed's words. */
  private static Money goldOracle(BigDecimal usd) {
    BigDecimal exact = usd.multiply(new BigDecimal("0.00025"));
    if (exact.compareTo(GOLD_MINIMUM.getAmount()) < 0) {
      return GOLD_MINIMUM;
    }
    if (exact.compareTo(GOLD_MAXIMUM.getAmount()) > 0) {
      return GOLD_MAXIMUM;
    }
    return Money.of(CurrencyUnit.USD, exact.setScale(2, RoundingMode.HALF_UP));
  }

  /** Law: a bound, for any generated rule: never negative, within its own minimum and maximum. */
  @Test
  void percentOfRevenueDuesStayWithinTheirBounds() {
    qt().forAll(percentOfRevenueDues(CurrencyUnit.USD), revenues(CurrencyUnit.USD))
        .checkAssert(
            (rule, revenue) -> {
              DuesQuote quote = scheduleOf(rule).quote(MEMBER, revenue);
              assertThat(quote.amount().getCurrencyUnit()).isEqualTo(CurrencyUnit.USD);
              assertThat(quote.amount().isNegative()).isFalse();
              rule.minimum()
                  .ifPresent(min -> assertThat(quote.amount()).isGreaterThanOrEqualTo(min));
              rule.maximum().ifPresent(max -> assertThat(quote.amount()).isLessThanOrEqualTo(max));
            });
  }

  /**
   * Laws: the quote is in the rule set's currency, never negative, and within its rule: a flat
   * rule's amount exactly, zero for a free tier, the bounds of a percentage.
   */
  @Test
  void everyTiersQuoteIsInTheRuleSetsCurrencyAndWithinItsRule() {
    qt().forAll(
            ruleSets()
                .flatMap(
                    ruleSet ->
                        exchangeRatesTo(ruleSet.currency())
                            .map(rates -> new RulesAndRates(ruleSet, rates))),
            revenues())
        .checkAssert(
            (rulesAndRates, revenue) -> {
              RuleSet ruleSet = rulesAndRates.ruleSet();
              for (TierRule rule : ruleSet.tiers()) {
                DuesQuote quote = ruleSet.quote(rule.tier(), revenue, rulesAndRates.rates());
                Money amount = quote.amount();
                assertThat(amount.getCurrencyUnit()).isEqualTo(ruleSet.currency());
                assertThat(amount.isNegative()).isFalse();
                assertThat(quote.tier()).isEqualTo(rule.tier());
                assertThat(quote.ruleSetId()).isEqualTo(ruleSet.id());
                if (rule.dues() instanceof FlatDues flat) {
                  assertThat(amount).isEqualTo(flat.amount());
                } else if (rule.dues() instanceof FreeDues) {
                  assertThat(amount.isZero()).isTrue();
                } else if (rule.dues() instanceof PercentOfRevenueDues percent) {
                  percent
                      .minimum()
                      .ifPresent(min -> assertThat(amount).isGreaterThanOrEqualTo(min));
                  percent.maximum().ifPresent(max -> assertThat(amount).isLessThanOrEqualTo(max));
                }
              }
            });
  }

  /** Law: monotonicity in revenue, for every tier of any generated rule set. */
  @Test
  void duesNeverFallAsRevenueGrows() {
    qt().forAll(ruleSets(CurrencyUnit.EUR), revenues(CurrencyUnit.EUR), revenues(CurrencyUnit.EUR))
        .checkAssert(
            (ruleSet, a, b) -> {
              Money lower = a.isLessThan(b) ? a : b;
              Money higher = a.isLessThan(b) ? b : a;
              for (TierRule rule : ruleSet.tiers()) {
                assertThat(ruleSet.quote(rule.tier(), lower).amount())
                    .isLessThanOrEqualTo(ruleSet.quote(rule.tier(), higher).amount());
              }
            });
  }

  /**
   * Consistency of two library paths (a foreign revenue, and its conversion quoted directly): both
   * run through the same charge, so this is no oracle; {@link
   * #goldDuesOfAForeignRevenueAreTheFormulaOfItsConvertedAmount} is. It checks what only the
   * comparison can: the bound and the exchange rate the quote records.
   */
  @Test
  void quotingAForeignRevenueEqualsQuotingItsConvertedAmount() {
    Gen<Money> foreignRevenues =
        FOREIGN.flatMap(currency -> amounts(currency, CoreGenerators.MAX_REVENUE));
    qt().forAll(foreignRevenues, rates())
        .checkAssert(
            (revenue, rate) -> {
              ExchangeRates rates =
                  ExchangeRates.empty().with(revenue.getCurrencyUnit(), CurrencyUnit.USD, rate);
              Money converted = rates.convert(revenue, CurrencyUnit.USD);
              DuesQuote viaRate = BYLAWS_2012.quote(GOLD, revenue, rates);
              DuesQuote direct = BYLAWS_2012.quote(GOLD, converted);
              assertThat(viaRate.amount()).isEqualTo(direct.amount());
              assertThat(viaRate.bound()).isEqualTo(direct.bound());
              assertThat(viaRate.exchangeRate())
                  .isEqualTo(rates.findRate(revenue.getCurrencyUnit(), CurrencyUnit.USD));
              assertThat(direct.exchangeRate()).isEmpty();
            });
  }

  /** Consistency of two library paths, as the one above, for generated rules. */
  @Test
  void generatedRulesQuoteAForeignRevenueAsItsConvertedAmount() {
    Gen<Money> foreignRevenues = FOREIGN.flatMap(currency -> amounts(currency, 10_000_000_000L));
    qt().forAll(percentOfRevenueDues(CurrencyUnit.USD), foreignRevenues, rates())
        .checkAssert(
            (rule, revenue, rate) -> {
              ExchangeRates rates =
                  ExchangeRates.empty().with(revenue.getCurrencyUnit(), CurrencyUnit.USD, rate);
              DuesSchedule schedule = scheduleOf(rule);
              assertThat(schedule.quote(MEMBER, revenue, rates).amount())
                  .isEqualTo(
                      schedule.quote(MEMBER, rates.convert(revenue, CurrencyUnit.USD)).amount());
            });
  }

  /** Law: a JSON round trip returns an equal value. */
  @Test
  void foundationsSurviveAJsonRoundTrip() {
    qt().withExamples(300)
        .forAll(foundations())
        .checkAssert(
            foundation -> {
              String json = StackholderJson.write(foundation);
              assertThat(StackholderJson.read(json, Foundation.class)).isEqualTo(foundation);
            });
  }

  /** Law: a JSON round trip returns an equal value. */
  @Test
  void ruleSetsSurviveAJsonRoundTrip() {
    qt().forAll(foundations())
        .checkAssert(
            foundation -> {
              for (RuleSet ruleSet : foundation.ruleSets()) {
                assertThat(StackholderJson.read(StackholderJson.write(ruleSet), RuleSet.class))
                    .isEqualTo(ruleSet);
              }
            });
  }

  /** Law: a JSON round trip through the sealed base type returns an equal value of the subtype. */
  @Test
  void duesRulesSurviveAJsonRoundTripAsTheirBaseType() {
    Gen<DuesRule> rules =
        currencies()
            .flatMap(
                currency ->
                    duesRules(currency).mix(bandedDues(currency).map(DuesRule.class::cast)));
    qt().forAll(rules)
        .checkAssert(
            rule ->
                assertThat(StackholderJson.read(StackholderJson.write(rule), DuesRule.class))
                    .isEqualTo(rule));
  }

  /**
   * A quote of a revenue takes a shorter path than a quote of a declaration (no declaration is
   * made, and a percentage of revenue is worked out straight from it); it must give the same quote:
   * the same fields, JSON and explanation, in the schedule's currency or converted, for a tier
   * passed as the rule set's own instance or as an equal copy. A consistency check of two library
   * paths, not an oracle: {@link #percentOfRevenueDuesAreTheirFormula} is the oracle of the amount.
   */
  @Test
  void aQuoteOfARevenueIsTheQuoteOfItsDeclaration() {
    Gen<DuesRule> rules =
        duesRules(CurrencyUnit.USD).mix(bandedDues(CurrencyUnit.USD).map(DuesRule.class::cast));
    qt().forAll(rules, FOREIGN, rates(), amounts(CurrencyUnit.USD, 10_000_000_000L))
        .checkAssert(
            (rule, currency, rate, usd) -> {
              DuesSchedule schedule = scheduleOf(rule);
              ExchangeRates rates = ExchangeRates.empty().with(currency, CurrencyUnit.USD, rate);
              Money foreign =
                  Money.of(
                      currency,
                      usd.getAmount()
                          .setScale(Math.max(0, currency.getDecimalPlaces()), RoundingMode.DOWN));
              for (Money revenue : List.of(usd, foreign)) {
                for (Tier tier : List.of(MEMBER, Tier.of(MEMBER.id(), MEMBER.name()))) {
                  // A rule that needs another figure (employees) fails the same way on both paths.
                  assertThat(outcome(() -> schedule.quote(tier, revenue, rates)))
                      .isEqualTo(
                          outcome(
                              () -> schedule.quote(tier, Declaration.ofRevenue(revenue), rates)));
                }
              }
            });
  }

  /** A quote as its JSON, explanation and hash, or the failure's class and message. */
  private static String outcome(Supplier<DuesQuote> quote) {
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

  /** A rule set and rates from every other currency to its own. */
  private record RulesAndRates(RuleSet ruleSet, ExchangeRates rates) {}
}
