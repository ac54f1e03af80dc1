package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The built-in fee schedules of other foundations: band edges, prerequisites, evidence age, the
 * model's additions.
 */
class FeeSchedulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** Every built-in (rule set, tier rule) pair. */
  private static List<Object[]> allTierRules() {
    List<Object[]> all = new ArrayList<>();
    for (Foundation foundation : Foundations.builtIn()) {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        for (TierRule rule : ruleSet.tiers()) {
          all.add(new Object[] {ruleSet, rule});
        }
      }
    }
    return all;
  }

  /**
   * The banded rules a tier's dues contain, with the kind that reaches each (empty for any kind).
   */
  private static void checkBandEdges(
      RuleSet ruleSet, Tier tier, DuesRule dues, OrganizationKind kind) {
    if (dues instanceof ByKindDues) {
      for (KindPrice price : ((ByKindDues) dues).prices()) {
        checkBandEdges(ruleSet, tier, price.dues(), price.kinds().iterator().next());
      }
      return;
    }
    if (!(dues instanceof BandedDues)) {
      return;
    }
    BandedDues banded = (BandedDues) dues;
    BigDecimal step =
        banded.basis() == DuesBasis.REVENUE
            ? BigDecimal.ONE.movePointLeft(ruleSet.currency().getDecimalPlaces())
            : BigDecimal.ONE;
    for (int i = 1; i < banded.bands().size(); i++) {
      BigDecimal first = banded.bands().get(i).atLeast();
      assertThat(quote(ruleSet, tier, banded.basis(), first.subtract(step), kind).amount())
          .as("%s %s: the last amount of band %d", ruleSet.id(), tier.id(), i - 1)
          .isEqualTo(banded.bands().get(i - 1).amount());
      assertThat(quote(ruleSet, tier, banded.basis(), first, kind).amount())
          .as("%s %s: the first amount of band %d", ruleSet.id(), tier.id(), i)
          .isEqualTo(banded.bands().get(i).amount());
    }
  }

  private static DuesQuote quote(
      RuleSet ruleSet, Tier tier, DuesBasis basis, BigDecimal value, OrganizationKind kind) {
    Declaration.Builder declaration = Declaration.builder();
    if (kind != null) {
      declaration.kind(kind);
    }
    if (basis == DuesBasis.REVENUE) {
      declaration.annualRevenue(Money.of(ruleSet.currency(), value));
    } else {
      declaration.employees(value.intValueExact());
    }
    return ruleSet.quote(tier, declaration.build(), ExchangeRates.empty());
  }

  @Test
  void everyBandedScheduleChargesTheLowerBandUpToItsLastAmountAndTheNextFromItsFirst() {
    int banded = 0;
    for (Object[] pair : allTierRules()) {
      RuleSet ruleSet = (RuleSet) pair[0];
      TierRule rule = (TierRule) pair[1];
      checkBandEdges(ruleSet, rule.tier(), rule.dues(), null);
      banded += rule.dues() instanceof BandedDues ? 1 : 0;
    }
    assertThat(banded).as("banded tiers among the built-in schedules").isGreaterThanOrEqualTo(3);
  }

  @Test
  void linuxFoundationSilverEdgesAsTheTableWritesThem() {
    RuleSet lf = Foundations.getFoundation("linux-foundation").getRuleSet("linux-foundation-2014");
    Tier silver = Foundations.getFoundation("linux-foundation").getTier("silver");
    assertThat(lf.quote(silver, Declaration.ofEmployees(4999), ExchangeRates.empty()).amount())
        .isEqualTo(Money.parse("USD 15000.00"));
    assertThat(lf.quote(silver, Declaration.ofEmployees(5000), ExchangeRates.empty()).amount())
        .isEqualTo(Money.parse("USD 20000.00"));
  }

  @Test
  void atLeastTenFoundationsBesidesOpenStackEachWithSourcesAndALastConfirmedDate() {
    List<Foundation> others = new ArrayList<>(Foundations.builtIn());
    others.removeIf(foundation -> foundation.id().equals("openstack"));
    assertThat(others).hasSizeGreaterThanOrEqualTo(10);
    for (Foundation foundation : others) {
      assertThat(foundation.sources()).as(foundation.id()).isNotEmpty();
      assertThat(foundation.note()).as(foundation.id()).isPresent();
      for (RuleSet ruleSet : foundation.ruleSets()) {
        assertThat(ruleSet.lastConfirmed()).as(ruleSet.id()).isPresent();
        assertThat(ruleSet.sources()).as(ruleSet.id()).isNotEmpty();
        ruleSet
            .tiers()
            .forEach(
                rule ->
                    assertThat(rule.sources())
                        .as(ruleSet.id() + " " + rule.tier().id())
                        .isNotEmpty());
      }
    }
    assertThat(others)
        .filteredOn(
            f -> f.ruleSets().stream().anyMatch(r -> r.program() == ProgramKind.SPONSORSHIP))
        .extracting(Foundation::id)
        .contains("apache", "python");
  }

  @Test
  void everyPrerequisiteNamesABuiltInFoundationAndTier() {
    int prerequisites = 0;
    for (Foundation foundation : Foundations.builtIn()) {
      for (RuleSet ruleSet : foundation.ruleSets()) {
        if (ruleSet.prerequisite().isPresent()) {
          Prerequisite prerequisite = ruleSet.prerequisite().get();
          Foundation required = Foundations.getFoundation(prerequisite.foundation());
          assertThat(required.findTier(prerequisite.tier())).as(ruleSet.id()).isPresent();
          assertThat(prerequisite.sources()).as(ruleSet.id()).isNotEmpty();
          prerequisites++;
        }
      }
    }
    assertThat(prerequisites).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aQuoteItemisesTheRequiredLinuxFoundationMembership() {
    Foundation hyperledger = Foundations.getFoundation("hyperledger");
    Declaration declared =
        Declaration.builder().employees(20000).kind(OrganizationKind.COMMERCIAL).build();
    DuesQuote quote =
        hyperledger
            .duesScheduleOn(TODAY)
            .quote(hyperledger.getTier("premier"), declared, ExchangeRates.empty());
    assertThat(quote.prerequisites()).hasSize(1);
    PrerequisiteFee fee = quote.prerequisites().get(0);
    DuesQuote silver =
        Foundations.getFoundation("linux-foundation")
            .getRuleSet("linux-foundation-2014")
            .quote(
                Foundations.getFoundation("linux-foundation").getTier("silver"),
                declared,
                ExchangeRates.empty());
    assertThat(fee.quote().get().amount()).isEqualTo(silver.amount());
    assertThat(quote.total()).isEqualTo(quote.amount().plus(silver.amount()));
    assertThat(quote.explanation())
        .contains(
            "requires The Linux Foundation membership, quoted at silver: Silver: 20,000 employees")
        .contains("; in all " + dev.stackholder.core.MoneyText.format(quote.total()) + " a year");
  }

  @Test
  void aPrerequisiteForSomeTiersIsNotItemisedForOthers() {
    Foundation hyperledger = Foundations.getFoundation("hyperledger");
    DuesQuote associate =
        hyperledger
            .duesScheduleOn(TODAY)
            .quote(
                hyperledger.getTier("associate"),
                Declaration.ofEmployees(20000),
                ExchangeRates.empty());
    assertThat(associate.prerequisites()).isEmpty();
    assertThat(associate.total()).isEqualTo(associate.amount());
    assertThatThrownBy(
            () ->
                Prerequisite.builder()
                    .foundation("linux-foundation")
                    .tier("silver")
                    .addAppliesTo("Premier")
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("'Premier'");
  }

  @Test
  void aRequiredMembershipThatNeedsAnUndeclaredFigureIsListedNotPriced() {
    Foundation hyperledger = Foundations.getFoundation("hyperledger");
    DuesQuote quote =
        hyperledger
            .duesScheduleOn(TODAY)
            .quote(hyperledger.getTier("premier"), Money.parse("USD 5000000000"));
    assertThat(quote.prerequisites().get(0).unpriced()).contains("needs employees");
    assertThat(quote.total()).isEqualTo(quote.amount());
    assertThat(quote.explanation())
        .contains("not quoted, needs employees")
        .doesNotContain("in all");
  }

  @Test
  void aDatedQuoteOnOldEvidenceAnswersAndSaysHowOld() {
    Foundation lf = Foundations.getFoundation("linux-foundation");
    DuesQuote silver =
        lf.duesScheduleOn(TODAY)
            .quote(lf.getTier("silver"), Declaration.ofEmployees(50), ExchangeRates.empty());
    assertThat(silver.evidenceIsOld()).isTrue();
    assertThat(silver.explanation())
        .endsWith(
            "; fees last confirmed by a source on 2014-01-28, 12 years and 9 months before 2026-11-25");
    DuesQuote platinum =
        lf.duesScheduleOn(LocalDate.of(2024, 6, 1))
            .quote(lf.getTier("platinum"), Money.parse("USD 1"));
    assertThat(platinum.lastConfirmed()).contains(LocalDate.of(2024, 2, 13));
    assertThat(platinum.evidenceIsOld()).isFalse();
    assertThat(platinum.explanation()).doesNotContain("last confirmed");
  }

  @Test
  void aTierTheRuleSetInForceLacksNamesTheRuleSetsThatHaveIt() {
    Tier old = Tier.of("old", "Old");
    Tier kept = Tier.of("kept", "Kept");
    Foundation example =
        Foundation.builder()
            .id("example")
            .name("Example")
            .addTiers(old, kept)
            .addRuleSets(
                RuleSet.builder()
                    .id("rules-2012")
                    .name("2012")
                    .effectiveFrom(LocalDate.of(2012, 1, 1))
                    .effectiveUntil(LocalDate.of(2020, 1, 1))
                    .currency(org.joda.money.CurrencyUnit.USD)
                    .addTiers(TierRule.of(old, FreeDues.of()), TierRule.of(kept, FreeDues.of()))
                    .build())
            .addRuleSets(
                RuleSet.builder()
                    .id("rules-2020")
                    .name("2020")
                    .effectiveFrom(LocalDate.of(2020, 1, 1))
                    .currency(org.joda.money.CurrencyUnit.USD)
                    .addTiers(TierRule.of(kept, FreeDues.of()))
                    .build())
            .build();
    assertThat(example.ruleSetsWithTier(old)).extracting(RuleSet::id).containsExactly("rules-2012");
    assertThatThrownBy(
            () -> example.duesScheduleOn(LocalDate.of(2021, 1, 1)).quote(old, Money.parse("USD 0")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Tier 'old' is not in rule set 'rules-2020', in force on 2021-01-01; the rule sets that have it:"
                + " rules-2012 (2012-01-01 to 2019-12-31)");
  }

  @Test
  void aQuoteCarriesItsFiguresAndReadsBackEqualWithTheSameExplanation() {
    Foundation cncf = Foundations.getFoundation("cncf");
    DuesQuote platinum =
        cncf.duesScheduleOn(TODAY).quote(cncf.getTier("platinum"), Money.parse("USD 1"));
    assertThat(platinum.termYears()).isEqualTo(3);
    assertThat(platinum.termTotal()).isEqualTo(platinum.amount().multipliedBy(3));
    assertThat(platinum.explanation()).contains("with a 3-year commitment");
    DuesQuote gold =
        OpenStackFoundation.duesSchedule()
            .quote(
                OpenStackFoundation.GOLD,
                Money.parse("EUR 1000000000"),
                ExchangeRates.empty()
                    .with(
                        org.joda.money.CurrencyUnit.EUR,
                        org.joda.money.CurrencyUnit.USD,
                        new BigDecimal("1.08")));
    assertThat(gold.declaredRevenue()).contains(Money.parse("EUR 1000000000"));
    assertThat(gold.convertedRevenue()).contains(Money.parse("USD 1080000000.00"));
    assertThat(gold.percent()).contains(new BigDecimal("0.025"));
    assertThat(gold.bound()).contains(DuesBound.MAXIMUM);
    for (DuesQuote quote : List.of(platinum, gold)) {
      String json = StackholderJson.write(quote);
      assertThat(json)
          .contains("\"explanation\"")
          .contains("\"ruleSetId\"")
          .contains("\"termTotal\"");
      DuesQuote back = StackholderJson.read(json, DuesQuote.class);
      assertThat(back).isEqualTo(quote);
      assertThat(back.explanation()).isEqualTo(quote.explanation());
    }
  }

  @Test
  void aTierPricedByKindNeedsTheKindAndIsNotOfferedToOthers() {
    Foundation cncf = Foundations.getFoundation("cncf");
    DuesSchedule schedule = cncf.duesScheduleOn(TODAY);
    Tier academic = cncf.getTier("academic");
    assertThat(
            schedule
                .quote(
                    academic,
                    Declaration.builder().kind(OrganizationKind.ACADEMIC).build(),
                    ExchangeRates.empty())
                .amount())
        .isEqualTo(Money.parse("USD 1000.00"));
    assertThatThrownBy(
            () -> schedule.quote(academic, Declaration.ofEmployees(10), ExchangeRates.empty()))
        .isInstanceOfSatisfying(
            dev.stackholder.core.MissingDeclarationException.class,
            e -> assertThat(e.figure()).isEqualTo("kind"));
    assertThatThrownBy(
            () ->
                schedule.quote(
                    academic,
                    Declaration.builder().kind(OrganizationKind.COMMERCIAL).build(),
                    ExchangeRates.empty()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("not offered to a commercial organization");
  }

  @Test
  void costNeverDecreasesAsRevenueOrEmployeesGrowWithinATier() {
    List<Object[]> pairs = allTierRules();
    qt().forAll(
            integers().between(0, pairs.size() - 1),
            longs()
                .between(0, 2_000_000_000_000L)
                .zip(longs().between(0, 2_000_000_000_000L), (a, b) -> new long[] {a, b}),
            integers()
                .between(0, 1_000_000)
                .zip(integers().between(0, 1_000_000), (a, b) -> new int[] {a, b}),
            integers().between(0, OrganizationKind.values().length - 1))
        .checkAssert(
            (index, revenues, employees, kindIndex) -> {
              long revenueA = revenues[0];
              long revenueB = revenues[1];
              int employeesA = employees[0];
              int employeesB = employees[1];
              RuleSet ruleSet = (RuleSet) pairs.get(index)[0];
              TierRule rule = (TierRule) pairs.get(index)[1];
              OrganizationKind kind = OrganizationKind.values()[kindIndex];
              if (rule.dues() instanceof ByKindDues
                  && ((ByKindDues) rule.dues()).findRule(kind).isEmpty()) {
                return;
              }
              long lowRevenue = Math.min(revenueA, revenueB);
              long highRevenue = Math.max(revenueA, revenueB);
              int lowEmployees = Math.min(employeesA, employeesB);
              int highEmployees = Math.max(employeesA, employeesB);
              Money small = cost(ruleSet, rule, lowRevenue, lowEmployees, kind);
              assertThat(cost(ruleSet, rule, highRevenue, lowEmployees, kind).isLessThan(small))
                  .isFalse();
              assertThat(cost(ruleSet, rule, lowRevenue, highEmployees, kind).isLessThan(small))
                  .isFalse();
            });
  }

  private static Money cost(
      RuleSet ruleSet, TierRule rule, long revenue, int employees, OrganizationKind kind) {
    Declaration declaration =
        Declaration.builder()
            .annualRevenue(Money.of(ruleSet.currency(), revenue))
            .employees(employees)
            .kind(kind)
            .build();
    return ruleSet.quote(rule.tier(), declaration, ExchangeRates.empty()).amount();
  }
}
