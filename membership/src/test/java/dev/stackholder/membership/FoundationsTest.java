package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The built-in foundations: how they are found, and what every one of them must satisfy. */
class FoundationsTest {
  /**
   * Revenues up to 10,000 billion in whole cents, across every band edge of the built-in tables.
   */
  private static final Gen<Long> CENTS = longs().between(0L, 1_000_000_000_000_000L);

  private static final Gen<Integer> EMPLOYEES = integers().between(0, 3_000_000);

  @Test
  void builtInFoundationsAreOpenStackThenTheIndexedOnes() {
    assertThat(Foundations.builtIn())
        .extracting(Foundation::id)
        .containsExactly(
            "openstack",
            "eclipse",
            "linux-foundation",
            "cncf",
            "openssf",
            "lf-ai-data",
            "finos",
            "hyperledger",
            "apache",
            "python",
            "rust-foundation");
    assertThat(Foundations.builtIn().get(0)).isSameAs(OpenStackFoundation.foundation());
  }

  @Test
  void getFoundationFindsAFoundationIgnoringCaseAndBlanks() {
    assertThat(Foundations.getFoundation("eclipse").name()).isEqualTo("Eclipse Foundation");
    assertThat(Foundations.getFoundation(" Linux-Foundation ").name())
        .isEqualTo("The Linux Foundation");
    assertThat(Foundations.getFoundation("openstack")).isSameAs(OpenStackFoundation.foundation());
  }

  @Test
  void getFoundationNamesTheUnknownIdAndTheKnownOnes() {
    assertThatThrownBy(() -> Foundations.getFoundation("openjs"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage(
            "Unknown foundation 'openjs', expected one of openstack, eclipse, linux-foundation, cncf, openssf,"
                + " lf-ai-data, finos, hyperledger, apache, python, rust-foundation")
        .satisfies(
            e -> {
              NotFoundException notFound = (NotFoundException) e;
              assertThat(notFound.kind()).isEqualTo("foundation");
              assertThat(notFound.id()).isEqualTo("openjs");
              assertThat(notFound.knownIds())
                  .containsExactly(
                      "openstack",
                      "eclipse",
                      "linux-foundation",
                      "cncf",
                      "openssf",
                      "lf-ai-data",
                      "finos",
                      "hyperledger",
                      "apache",
                      "python",
                      "rust-foundation");
            });
  }

  @Test
  void findFoundationIsEmptyForAnUnknownIdAndIgnoresCaseAndBlanks() {
    assertThat(Foundations.findFoundation("openjs")).isEmpty();
    assertThat(Foundations.findFoundation(" OpenStack "))
        .containsSame(OpenStackFoundation.foundation());
    assertThat(Foundations.findFoundation("eclipse"))
        .contains(Foundations.getFoundation("eclipse"));
  }

  @Test
  void everyBuiltInRuleSetAndTierRuleHasASource() {
    for (Foundation foundation : Foundations.builtIn()) {
      assertThat(foundation.sources()).as(foundation.id()).isNotEmpty();
      for (RuleSet ruleSet : foundation.ruleSets()) {
        assertThat(ruleSet.sources()).as(ruleSet.id()).isNotEmpty();
        for (TierRule rule : ruleSet.tiers()) {
          assertThat(rule.sources()).as(ruleSet.id() + " " + rule.tier().id()).isNotEmpty();
        }
      }
    }
  }

  @Test
  void everyUnverifiedFigureSaysWhyInItsNote() {
    for (Foundation foundation : Foundations.builtIn()) {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        for (TierRule rule : ruleSet.tiers()) {
          if (rule.unverified()) {
            assertThat(rule.note()).as(ruleSet.id() + " " + rule.tier().id()).isPresent();
          }
        }
      }
    }
  }

  @Test
  void everyRuleSetIdIsUniqueAcrossFoundations() {
    List<String> ids =
        Foundations.builtIn().stream()
            .flatMap(f -> f.ruleSets().stream())
            .map(RuleSet::id)
            .collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyBuiltInFoundationSurvivesAJsonRoundTrip() {
    for (Foundation foundation : Foundations.builtIn()) {
      String json = StackholderJson.write(foundation);
      assertThat(StackholderJson.read(json, Foundation.class))
          .as(foundation.id())
          .isEqualTo(foundation);
    }
  }

  @Test
  void duesNeverFallAsRevenueGrowsUnderAnyBuiltInRule() {
    for (Foundation foundation : Foundations.builtIn()) {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        for (TierRule rule : ruleSet.tiers()) {
          qt().forAll(CENTS, CENTS)
              .checkAssert(
                  (a, b) -> {
                    Money lower = revenue(ruleSet, Math.min(a, b));
                    Money higher = revenue(ruleSet, Math.max(a, b));
                    assertThat(quote(ruleSet, rule, Declaration.ofRevenue(lower)).amount())
                        .as("%s %s at %s and %s", ruleSet.id(), rule.tier().id(), lower, higher)
                        .isLessThanOrEqualTo(
                            quote(ruleSet, rule, Declaration.ofRevenue(higher)).amount());
                  });
        }
      }
    }
  }

  @Test
  void duesNeverFallAsEmployeesGrowUnderAnyBuiltInEmployeeBands() {
    int tables = 0;
    for (Foundation foundation : Foundations.builtIn()) {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        for (TierRule rule : ruleSet.tiers()) {
          if (rule.dues() instanceof BandedDues
              && ((BandedDues) rule.dues()).basis() == DuesBasis.EMPLOYEES) {
            tables++;
            qt().forAll(EMPLOYEES, EMPLOYEES)
                .checkAssert(
                    (a, b) ->
                        assertThat(
                                quote(ruleSet, rule, Declaration.ofEmployees(Math.min(a, b)))
                                    .amount())
                            .as(
                                "%s %s at %d and %d employees",
                                ruleSet.id(), rule.tier().id(), a, b)
                            .isLessThanOrEqualTo(
                                quote(ruleSet, rule, Declaration.ofEmployees(Math.max(a, b)))
                                    .amount()));
          }
        }
      }
    }
    assertThat(tables).as("built-in employee band tables").isPositive();
  }

  @Test
  void bandedDuesQuoteOneOfTheirBandsAmounts() {
    for (Foundation foundation : Foundations.builtIn()) {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        for (TierRule rule : ruleSet.tiers()) {
          if (rule.dues() instanceof BandedDues
              && ((BandedDues) rule.dues()).basis() == DuesBasis.REVENUE) {
            List<Money> amounts =
                ((BandedDues) rule.dues())
                    .bands().stream().map(DuesBand::amount).collect(Collectors.toList());
            qt().forAll(CENTS)
                .checkAssert(
                    cents ->
                        assertThat(
                                quote(ruleSet, rule, Declaration.ofRevenue(revenue(ruleSet, cents)))
                                    .amount())
                            .isIn(amounts));
          }
        }
      }
    }
  }

  private static Money revenue(RuleSet ruleSet, long cents) {
    return Money.of(ruleSet.currency(), BigDecimal.valueOf(cents, 2));
  }

  private static DuesQuote quote(RuleSet ruleSet, TierRule rule, Declaration declaration) {
    // a rule that does not need the figure ignores it; add the others so every rule can quote
    Declaration.Builder both =
        Declaration.builder()
            .from(declaration)
            .annualRevenue(declaration.annualRevenue().orElse(Money.zero(ruleSet.currency())))
            .employees(declaration.employees().orElse(0));
    if (rule.dues() instanceof ByKindDues) {
      both.kind(((ByKindDues) rule.dues()).prices().get(0).kinds().iterator().next());
    }
    return ruleSet.quote(rule.tier(), both.build(), ExchangeRates.empty());
  }
}
