package dev.stackholder.membership.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.ByKindDues;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.Foundations;
import dev.stackholder.membership.OrganizationKind;
import dev.stackholder.membership.ProgramKind;
import dev.stackholder.membership.TierRule;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeeComparisonTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final ExchangeRates RATES =
      ExchangeRates.of(
          List.of(ExchangeRate.parse("EUR/USD=1.08"), ExchangeRate.parse("USD/EUR=0.93")));

  static Stream<Arguments> organizations() {
    return Stream.of(
        Arguments.of(
            Declaration.builder()
                .annualRevenue(Money.parse("USD 5000000000"))
                .employees(20000)
                .kind(OrganizationKind.COMMERCIAL)
                .build(),
            CurrencyUnit.USD),
        Arguments.of(
            Declaration.builder().employees(3000).kind(OrganizationKind.ACADEMIC).build(),
            CurrencyUnit.EUR),
        Arguments.of(
            Declaration.builder()
                .annualRevenue(Money.parse("EUR 2000000"))
                .employees(40)
                .kind(OrganizationKind.NON_PROFIT)
                .build(),
            CurrencyUnit.EUR));
  }

  @ParameterizedTest
  @MethodSource("organizations")
  void everyTierOfEveryFoundationInForceIsARowPricedOnlyWhereNothingIsGuessed(
      Declaration us, CurrencyUnit currency) {
    FeeComparison comparison = FeeComparison.of(us, TODAY, currency, RATES);
    long tiersInForce =
        Foundations.builtIn().stream()
            .map(f -> f.findRuleSetOn(TODAY))
            .filter(java.util.Optional::isPresent)
            .mapToLong(r -> r.get().tiers().size())
            .sum();
    assertThat(comparison.rows()).hasSize((int) tiersInForce);
    assertThat(comparison.byFoundation().keySet().size() + comparison.notInForce().size())
        .isEqualTo(Foundations.builtIn().size());
    assertThat(comparison.byFoundation().keySet()).hasSizeGreaterThanOrEqualTo(11);
    for (FeeComparisonRow row : comparison.rows()) {
      TierRule rule =
          Foundations.getFoundation(row.foundationId())
              .getRuleSet(row.ruleSetId())
              .getRules(row.tier());
      assertThat(row.sources()).as(row.tier().id()).isNotEmpty();
      switch (row.status()) {
        case PRICED:
          assertThat(rule.dues().missingFigure(us)).isEmpty();
          assertThat(row.annual()).contains(row.quote().get().total());
          assertThat(row.termTotal()).contains(row.annual().get().multipliedBy(row.termYears()));
          if (row.annual().get().getCurrencyUnit().equals(currency)) {
            assertThat(row.annualInOrganizationCurrency()).isEqualTo(row.annual());
          } else {
            assertThat(row.annualInOrganizationCurrency())
                .contains(RATES.convert(row.annual().get(), currency));
          }
          break;
        case NEEDS_DECLARATION:
          assertThat(row.needs()).isEqualTo(rule.dues().missingFigure(us));
          assertThat(row.annual()).isEmpty();
          assertThat(row.quote()).isEmpty();
          break;
        case NOT_OFFERED:
          assertThat(rule.dues()).isInstanceOf(ByKindDues.class);
          assertThat(((ByKindDues) rule.dues()).findRule(us.kind().get())).isEmpty();
          break;
        default:
          assertThat(row.reason()).isPresent();
      }
      assertThat(row.oldEvidence())
          .isEqualTo(row.lastConfirmed().map(d -> !TODAY.isBefore(d.plusYears(1))).orElse(false));
    }
    assertThat(StackholderJson.read(StackholderJson.write(comparison), FeeComparison.class))
        .isEqualTo(comparison);
  }

  @Test
  void itListsNeedsEmployeesRatherThanAPrice() {
    Declaration revenueOnly =
        Declaration.builder()
            .annualRevenue(Money.parse("USD 5000000000"))
            .kind(OrganizationKind.COMMERCIAL)
            .build();
    FeeComparisonRow silver =
        FeeComparison.of(revenueOnly, TODAY, CurrencyUnit.USD, RATES)
            .byFoundation()
            .get("linux-foundation")
            .stream()
            .filter(row -> row.tier().id().equals("silver"))
            .findFirst()
            .get();
    assertThat(silver.status()).isEqualTo(FeeStatus.NEEDS_DECLARATION);
    assertThat(silver.needs()).contains("employees");
    assertThat(silver.reason()).contains("needs employees");
    assertThat(silver.oldEvidence()).isTrue();
  }

  @Test
  void sortedByCostPutsTheCheapestPricedRowsFirstAndTheUnpricedLast() {
    Declaration us =
        Declaration.builder().employees(20000).kind(OrganizationKind.COMMERCIAL).build();
    List<FeeComparisonRow> sorted =
        FeeComparison.of(us, TODAY, CurrencyUnit.USD, RATES).sortedByCost();
    for (int i = 1; i < sorted.size(); i++) {
      FeeComparisonRow before = sorted.get(i - 1);
      FeeComparisonRow after = sorted.get(i);
      if (after.annualInOrganizationCurrency().isPresent()) {
        assertThat(before.annualInOrganizationCurrency()).isPresent();
        assertThat(
                before
                    .annualInOrganizationCurrency()
                    .get()
                    .isGreaterThan(after.annualInOrganizationCurrency().get()))
            .isFalse();
      }
      if (before.status() != FeeStatus.PRICED) {
        assertThat(after.status()).isNotEqualTo(FeeStatus.PRICED);
      }
    }
  }

  @Test
  void aTermTotalIncludesTheRequiredMembershipsAndIsNeverBelowTheAnnualCost() {
    Declaration us =
        Declaration.builder()
            .annualRevenue(Money.parse("USD 5000000000"))
            .employees(20000)
            .kind(OrganizationKind.COMMERCIAL)
            .build();
    FeeComparison comparison = FeeComparison.of(us, TODAY, CurrencyUnit.USD, RATES);
    // OpenInfra Platinum since 2025-06-03 requires Linux Foundation membership: USD 350,000 plus
    // its fee.
    FeeComparisonRow platinum =
        comparison.byFoundation().get("openstack").stream()
            .filter(row -> row.tier().id().equals("platinum"))
            .findFirst()
            .orElseThrow();
    assertThat(platinum.requires()).isNotEmpty();
    assertThat(platinum.annual().orElseThrow().isGreaterThan(Money.parse("USD 350000"))).isTrue();
    assertThat(platinum.termTotal()).isEqualTo(platinum.annual());
    for (FeeComparisonRow row : comparison.rows()) {
      if (row.annual().isPresent()) {
        assertThat(row.termTotal().orElseThrow().isLessThan(row.annual().get()))
            .as(row.toString())
            .isFalse();
        assertThat(row.termTotal().orElseThrow())
            .isEqualTo(row.annual().get().multipliedBy(row.termYears()));
      }
    }
  }

  @Test
  void sponsorshipsAreFlaggedAndATermIsTotalled() {
    Declaration us =
        Declaration.builder().employees(20000).kind(OrganizationKind.COMMERCIAL).build();
    FeeComparison comparison = FeeComparison.of(us, TODAY, CurrencyUnit.USD, RATES);
    assertThat(comparison.byFoundation().get("apache"))
        .allMatch(row -> row.program() == ProgramKind.SPONSORSHIP);
    FeeComparisonRow cncf = comparison.byFoundation().get("cncf").get(0);
    assertThat(cncf.termYears()).isEqualTo(3);
    assertThat(cncf.termTotal()).contains(cncf.quote().get().amount().multipliedBy(3));
    assertThat(comparison.groupedBy(FeeComparisonRow::program).keySet())
        .containsExactlyInAnyOrder(ProgramKind.MEMBERSHIP, ProgramKind.SPONSORSHIP);
  }
}
