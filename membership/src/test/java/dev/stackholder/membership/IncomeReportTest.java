package dev.stackholder.membership;

import static dev.stackholder.membership.RosterFixtures.GOLD;
import static dev.stackholder.membership.RosterFixtures.INDIVIDUAL;
import static dev.stackholder.membership.RosterFixtures.PLATINUM;
import static dev.stackholder.membership.RosterFixtures.SOURCE;
import static dev.stackholder.membership.RosterFixtures.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class IncomeReportTest {
  private static final Year YEAR = Year.of(2021);
  private static final Money PLATINUM_DUES = Money.parse("USD 36500.00");
  private static final ExchangeRates RATES =
      ExchangeRates.empty().with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.15"));
  private static final Map<String, Declaration> DECLARED = Map.of(
      "org-2", Declaration.ofRevenue(Money.parse("USD 400000000.00")),
      "org-3", Declaration.ofRevenue(Money.parse("CNY 2000000000.00")));

  /** org-1 Platinum all year; org-2 Gold from 1 March; org-3 Gold then Platinum from 1 July; org-4 individual. */
  private static Roster roster(Proration proration) {
    return Roster.empty(RosterFixtures.smallFoundation(proration))
        .admit(org(1), PLATINUM, LocalDate.of(2020, 6, 1), SOURCE)
        .admit(org(3), GOLD, LocalDate.of(2020, 6, 1), SOURCE)
        .admit(org(4), INDIVIDUAL, LocalDate.of(2020, 6, 1), SOURCE)
        .admit(org(2), GOLD, LocalDate.of(2021, 3, 1), SOURCE)
        .changeTier("org-3", PLATINUM, LocalDate.of(2021, 7, 1), SOURCE);
  }

  @Test
  void fullYearChargesTheTierHeldOnTheFirstDayOnce() {
    IncomeReport report = IncomeReport.forYear(roster(Proration.FULL_YEAR), YEAR, DECLARED, RATES);
    // org-3: CNY 2,000,000,000 at 0.15 = USD 300,000,000.00 -> 0.025% = USD 75,000.00 as Gold
    assertThat(report.byTier()).containsEntry("platinum", PLATINUM_DUES)
        .containsEntry("gold", Money.parse("USD 175000.00"))
        .containsEntry("individual", Money.parse("USD 0.00"));
    assertThat(report.total()).isEqualTo(Money.parse("USD 211500.00"));
    assertThat(report.lines()).hasSize(5);
    IncomeLine upgraded = report.lines().stream()
        .filter(line -> line.organization().id().equals("org-3") && line.tier().equals(PLATINUM)).findFirst().get();
    assertThat(upgraded.charged()).isEqualTo(Money.parse("USD 0.00"));
    assertThat(upgraded.explanation()).isEqualTo("already charged for 2021 under its earlier tier; Platinum dues apply from the next year");
  }

  @Test
  void daysProrationChargesEachPartOfTheYear() {
    IncomeReport report = IncomeReport.forYear(roster(Proration.DAYS), YEAR, DECLARED, RATES);
    // org-2 Gold 2021-03-01..2022-01-01: 306 days of USD 100,000.00 = 83,835.616... -> 83,835.62
    // org-3 Gold 181 days of 75,000.00 = 37,191.78; Platinum 184 days of 36,500.00 = 18,400.00
    assertThat(report.byTier()).containsEntry("gold", Money.parse("USD 121027.40"))
        .containsEntry("platinum", Money.parse("USD 54900.00"));
    assertThat(report.total()).isEqualTo(Money.parse("USD 175927.40"));
    IncomeLine gold = report.lines().stream().filter(line -> line.organization().id().equals("org-2")).findFirst().get();
    assertThat(gold.explanation()).isEqualTo("prorated 306/365 days of USD 100,000.00, rounded half up to 0.01 USD: USD 83,835.62");
  }

  @Test
  void totalIsTheSumOfTheLines() {
    for (Proration proration : Proration.values()) {
      IncomeReport report = IncomeReport.forYear(roster(proration), YEAR, DECLARED, RATES);
      Money sum = report.lines().stream().map(IncomeLine::charged).reduce(Money.zero(CurrencyUnit.USD), Money::plus);
      assertThat(report.total()).isEqualTo(sum);
    }
  }

  @Test
  void missingRevenueIsInvalidUnlessSkipped() {
    Map<String, Declaration> partial = Map.of("org-3", DECLARED.get("org-3"));
    assertThatThrownBy(() -> IncomeReport.forYear(roster(Proration.FULL_YEAR), YEAR, partial, RATES))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("'org-2' (Gold from 2021-03-01) declared no annual revenue, which its dues need")
        .extracting(e -> ((MissingDeclarationException) e).figure()).isEqualTo("annualRevenue");
    IncomeReport report = IncomeReport.forYearDeclared(roster(Proration.FULL_YEAR), YEAR, partial, RATES);
    assertThat(report.undeclared()).containsExactly("'org-2' (Gold from 2021-03-01) declared no annual revenue, which its dues need");
    assertThat(report.total()).isEqualTo(Money.parse("USD 111500.00"));
  }

  @Test
  void reportRoundTripsThroughJson() {
    IncomeReport report = IncomeReport.forYear(roster(Proration.DAYS), YEAR, DECLARED, RATES);
    assertThat(StackholderJson.read(StackholderJson.write(report), IncomeReport.class)).isEqualTo(report);
  }

  /** Revenues that keep most Gold dues between the bounds, so the figures exercise the percentage. */
  private static Map<String, Declaration> builtInDeclarations() {
    String[] ids = {"att", "canonical", "china-telecom", "cisco", "clearpath", "cloudscaling", "dell", "dreamhost",
        "fujitsu", "hp", "ibm", "inspur", "intel", "itri", "mirantis", "morphlabs", "nebula", "nec", "netapp",
        "piston", "rackspace", "red-hat", "suse", "tencent", "vmware", "yahoo", "zte"};
    Map<String, Declaration> declarations = new java.util.TreeMap<>();
    for (int i = 0; i < ids.length; i++) {
      Money revenue = ids[i].equals("tencent") ? Money.parse("CNY 237760000000")
          : Money.of(CurrencyUnit.USD, new BigDecimal("200000000")
              .add(new BigDecimal("23456789.37").multiply(BigDecimal.valueOf(i))));
      declarations.put(ids[i], Declaration.ofRevenue(revenue));
    }
    return declarations;
  }

  private static final ExchangeRates CNY_RATE =
      ExchangeRates.empty().with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.1481"));

  /**
   * The figures the earlier {@code DuesIncome.of} and {@code DuesIncome.ofDeclared} gave for the built-in
   * roster (run on the code before the rename): the rename changed names, not results.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "2012, USD 5767283.91, USD 1767283.91, USD 5699691.32, 1",
      "2015, USD 5364197.49, USD 1864197.49, USD 5296604.90, 1",
      "2016, USD 5740432.05, USD 2240432.05, USD 5672839.46, 1",
      "2017, USD 5940432.05, USD 2440432.05, USD 5672839.46, 2",
      "2018, USD 5940432.05, USD 2440432.05, USD 6172839.46, 2",
      "2021, USD 6240432.05, USD 2240432.05, USD 6172839.46, 1",
      "2022, USD 5500000.00, USD 2700000.00, USD 5500000.00, 0",
      "2026, USD 5500000.00, USD 2700000.00, USD 5500000.00, 0",
  })
  void forYearGivesTheFiguresTheEarlierDuesIncomeGave(int year, String total, String gold, String declaredTotal,
      int undeclared) {
    Map<String, Declaration> all = builtInDeclarations();
    IncomeReport report = IncomeReport.forYear(RosterFixtures.scriptedOpenStack(), Year.of(year), all, CNY_RATE);
    assertThat(report.total()).isEqualTo(Money.parse(total));
    assertThat(report.byTier()).containsEntry("gold", Money.parse(gold));
    assertThat(report.undeclared()).isEmpty();

    Map<String, Declaration> some = new java.util.TreeMap<>(all);
    some.remove("cisco");
    some.remove("tencent");
    IncomeReport declared = IncomeReport.forYearDeclared(RosterFixtures.scriptedOpenStack(), Year.of(year), some, CNY_RATE);
    assertThat(declared.total()).isEqualTo(Money.parse(declaredTotal));
    assertThat(declared.undeclared()).hasSize(undeclared);
  }

  @Test
  void forYearNamesTheFirstUndeclaredMemberAndForYearDeclaredListsEach() {
    Map<String, Declaration> some = new java.util.TreeMap<>(builtInDeclarations());
    some.remove("cisco");
    some.remove("tencent");
    assertThatThrownBy(() -> IncomeReport.forYear(RosterFixtures.scriptedOpenStack(), Year.of(2017), some, CNY_RATE))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("'cisco' (Gold from 2017-01-01) declared no annual revenue, which its dues need");
    assertThat(IncomeReport.forYearDeclared(RosterFixtures.scriptedOpenStack(), Year.of(2017), some, CNY_RATE).undeclared())
        .containsExactly("'cisco' (Gold from 2017-01-01) declared no annual revenue, which its dues need",
            "'tencent' (Gold from 2017-11-06) declared no annual revenue, which its dues need");
  }

  @Test
  void anUndeclaredHeadCountIsMissingAsEmployees() {
    Tier silver = Tier.of("silver", "Silver");
    RuleSet rules = RuleSet.builder().id("by-size").name("By size").effectiveFrom(RosterFixtures.START)
        .currency(CurrencyUnit.USD)
        .addTiers(TierRule.of(silver, BandedDues.of(DuesBasis.EMPLOYEES, java.util.List.of(
            DuesBand.of(BigDecimal.ZERO, Money.parse("USD 5000")),
            DuesBand.of(new BigDecimal("100"), Money.parse("USD 20000"))))))
        .build();
    Foundation foundation = Foundation.builder().id("sized").name("Sized").addTiers(silver).addRuleSets(rules).build();
    Roster roster = Roster.empty(foundation).admit(org(1), silver, LocalDate.of(2020, 6, 1), SOURCE);

    assertThatThrownBy(() -> IncomeReport.forYear(roster, YEAR, Map.of(), ExchangeRates.empty()))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("'org-1' (Silver from 2021-01-01) declared no number of employees, which its dues need")
        .extracting(e -> ((MissingDeclarationException) e).figure()).isEqualTo("employees");
    IncomeReport skipped = IncomeReport.forYearDeclared(roster, YEAR, Map.of(), ExchangeRates.empty());
    assertThat(skipped.undeclared())
        .containsExactly("'org-1' (Silver from 2021-01-01) declared no number of employees, which its dues need");
    assertThat(skipped.total()).isEqualTo(Money.parse("USD 0.00"));
    assertThat(IncomeReport.forYear(roster, YEAR, Map.of("org-1", Declaration.ofEmployees(150)), ExchangeRates.empty())
        .total()).isEqualTo(Money.parse("USD 20000.00"));
  }
}
