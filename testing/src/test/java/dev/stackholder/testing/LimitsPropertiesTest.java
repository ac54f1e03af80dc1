package dev.stackholder.testing;

import static dev.stackholder.testing.CoreGenerators.organizations;
import static dev.stackholder.testing.CoreGenerators.sources;
import static dev.stackholder.testing.MembershipGenerators.ruleSets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.FlatDues;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.TierRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 26 point 1, as laws over the published generators: a value built at a limit is written and
 * read back equal; a value built beyond a limit is refused when built, with an {@link
 * InvalidDataException}; and whatever the library computes from values at the limits (a quote of
 * the largest revenue) is either refused when computed or read back equal, never written and then
 * unreadable.
 */
class LimitsPropertiesTest {
  private static final String LONGEST = "x".repeat(Limits.MAX_STRING_LENGTH);
  private static final List<LocalDate> EDGE_DATES =
      List.of(LocalDate.of(Limits.MIN_YEAR, 1, 1), LocalDate.of(Limits.MAX_YEAR, 12, 31));
  private static final List<LocalDate> BEYOND_DATES =
      List.of(
          LocalDate.of(0, 1, 1),
          LocalDate.of(Limits.MIN_YEAR - 1, 12, 31),
          LocalDate.of(Limits.MAX_YEAR + 1, 1, 1),
          LocalDate.of(99_999, 6, 1));
  private static final Gen<LocalDate> EDGES = arbitrary().pick(EDGE_DATES);
  private static final Gen<LocalDate> BEYOND = arbitrary().pick(BEYOND_DATES);

  /**
   * The largest amount within the limits in a currency: 18 nines, and the minor digits as nines.
   */
  private static Money largest(org.joda.money.CurrencyUnit currency) {
    int scale = Math.max(0, currency.getDecimalPlaces());
    return Money.of(
        currency,
        new BigDecimal(
            "9".repeat(Limits.MAX_INTEGER_DIGITS) + (scale > 0 ? "." + "9".repeat(scale) : "")));
  }

  @Test
  void sourcesAndOrganizationsAtTheLimitsReadBackEqual() {
    qt().withExamples(40)
        .forAll(sources(), organizations(), EDGES)
        .checkAssert(
            (source, organization, date) -> {
              Source atLimit =
                  Source.builder().from(source).note(LONGEST).quote(LONGEST).date(date).build();
              assertThat(StackholderJson.read(StackholderJson.write(atLimit), Source.class))
                  .isEqualTo(atLimit);
              Organization named = Organization.builder().from(organization).name(LONGEST).build();
              assertThat(StackholderJson.read(StackholderJson.write(named), Organization.class))
                  .isEqualTo(named);
            });
  }

  @Test
  void sourcesBeyondTheLimitsAreRefusedWhenBuilt() {
    qt().forAll(sources(), BEYOND, integers().between(1, 1000))
        .checkAssert(
            (source, date, extra) -> {
              assertThatThrownBy(() -> Source.builder().from(source).date(date).build())
                  .isExactlyInstanceOf(InvalidDataException.class);
              assertThatThrownBy(
                      () -> Source.builder().from(source).note(LONGEST + "y".repeat(extra)).build())
                  .isExactlyInstanceOf(InvalidDataException.class);
            });
  }

  @Test
  void ruleSetsWithFlatDuesAtTheLargestAmountReadBackEqualAndBeyondAreRefused() {
    qt().withExamples(200)
        .forAll(ruleSets())
        .checkAssert(
            ruleSet -> {
              TierRule first = ruleSet.tiers().get(0);
              Money largest = largest(ruleSet.currency());
              RuleSet atLimit =
                  RuleSet.builder()
                      .from(ruleSet)
                      .tiers(
                          List.of(
                              TierRule.builder().from(first).dues(FlatDues.of(largest)).build()))
                      .prerequisite(java.util.Optional.empty())
                      .build();
              assertThat(StackholderJson.read(StackholderJson.write(atLimit), RuleSet.class))
                  .isEqualTo(atLimit);
              assertThatThrownBy(() -> FlatDues.of(largest.plus(BigDecimal.ONE)))
                  .isExactlyInstanceOf(InvalidDataException.class);
            });
  }

  /**
   * What a type writes it reads back: every tier of any generated rule set quoted for the largest
   * revenue its currency admits either is refused when quoted (a term total or converted revenue
   * beyond the limits) or reads back as an equal quote.
   */
  @Test
  void aQuoteAtTheLargestRevenueIsRefusedWhenMadeOrReadsBackEqual() {
    qt().withExamples(200)
        .forAll(ruleSets())
        .checkAssert(
            ruleSet -> {
              Declaration declaration =
                  Declaration.builder()
                      .annualRevenue(largest(ruleSet.currency()))
                      .employees(Integer.MAX_VALUE)
                      .build();
              for (TierRule rule : ruleSet.tiers()) {
                DuesQuote quote;
                try {
                  quote =
                      ruleSet.quote(
                          rule.tier(), declaration, dev.stackholder.core.ExchangeRates.empty());
                } catch (InvalidDataException
                    | dev.stackholder.core.MissingDeclarationException refused) {
                  continue; // refused when made: allowed
                }
                assertThat(StackholderJson.read(StackholderJson.write(quote), DuesQuote.class))
                    .isEqualTo(quote);
              }
            });
  }
}
