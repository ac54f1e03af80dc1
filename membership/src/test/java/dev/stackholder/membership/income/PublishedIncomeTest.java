package dev.stackholder.membership.income;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.roster.Roster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The filed income figures beside the computed ranges, and each day charged under its own rules.
 */
class PublishedIncomeTest {
  private static IncomeReport report(Year year) {
    return IncomeReport.forYearDeclared(
        OpenStackFoundation.roster(), year, Map.of(), ExchangeRates.empty());
  }

  @Test
  void theFiledFiguresAreSourcedAndOnePerYear() {
    assertThat(OpenStackFoundation.publishedIncome())
        .extracting(p -> p.year().getValue())
        .containsExactly(2013, 2014, 2015, 2016, 2018, 2019, 2020, 2021, 2022, 2023);
    assertThat(OpenStackFoundation.publishedIncome())
        .allSatisfy(
            p -> {
              assertThat(p.source().document()).contains("460618689");
              assertThat(p.amount().getCurrencyUnit().getCode()).isEqualTo("USD");
            });
  }

  /**
   * Per year, where the filed figure stands against the computed range. The years whose lower bound
   * is above the figure are pinned, so a change of roster or rules that moves them is seen.
   */
  @Test
  void eachFigureAgainstTheComputedRange() {
    for (PublishedIncome figure : OpenStackFoundation.publishedIncome()) {
      IncomeReport report = report(figure.year());
      String line = figure.compare(report);
      assertThat(line).startsWith(figure.year() + ": " + figure.line());
      boolean lowerAbove = report.total().isGreaterThan(figure.amount());
      if (figure.scope() == PublishedIncome.Scope.INCLUDES_DUES) {
        assertThat(lowerAbove).as("%s", line).isFalse();
        assertThat(line).contains("below this ceiling");
      } else if (figure.year().getValue() == 2021 || figure.year().getValue() == 2022) {
        assertThat(lowerAbove).as("%s", line).isTrue();
        assertThat(line).contains("below the computed range by");
      } else {
        assertThat(
                figure.amount().isLessThan(report.total())
                    || figure.amount().isGreaterThan(report.totalUpTo()))
            .as("%s", line)
            .isFalse();
        assertThat(line).contains("inside the computed range");
      }
      BigDecimal width =
          report
              .totalUpTo()
              .minus(report.total())
              .getAmount()
              .divide(figure.amount().getAmount(), 2, RoundingMode.HALF_UP);
      assertThat(line).endsWith("range width " + width.toPlainString() + "x of the figure");
    }
  }

  @Test
  void a2021PlatinumMemberPaysEachDayUnderTheRulesOfThatDay() {
    Source source = Source.of("test.txt", "Test");
    Roster roster =
        Roster.empty(OpenStackFoundation.foundation())
            .admit(
                Organization.of("example", "Example"),
                OpenStackFoundation.PLATINUM,
                LocalDate.of(2020, 6, 1),
                source);
    IncomeReport report =
        IncomeReport.forYearDeclared(roster, Year.of(2021), Map.of(), ExchangeRates.empty());
    // 1 to 14 January under the 2012 bylaws (in force until 2021-01-15): 14/365 of USD 500,000.
    Money bylaws = Money.parse("USD 500000").multipliedBy(14).dividedBy(365, RoundingMode.HALF_UP);
    assertThat(report.lines().get(0).charged()).isEqualTo(bylaws);
    assertThat(report.lines().get(0).explanation()).startsWith("14/365 days under ");
    assertThat(report.lines())
        .hasSizeGreaterThan(2)
        .allSatisfy(line -> assertThat(line.explanation()).contains("days under"));
    assertThat(
            report.lines().stream()
                .mapToLong(l -> java.time.temporal.ChronoUnit.DAYS.between(l.from(), l.until()))
                .sum())
        .isEqualTo(365);
    // The whole year at the 2012 fee would be USD 500,000; from 2021-08-14 OpenInfra's USD 350,000
    // applies.
    assertThat(report.total()).isLessThan(Money.parse("USD 500000"));
    assertThat(report.total()).isGreaterThan(Money.parse("USD 350000"));
  }
}
