package dev.stackholder.membership;

import static dev.stackholder.membership.OpenStackFoundation.GOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.board.BoardYear;
import dev.stackholder.membership.compare.FeeComparison;
import dev.stackholder.membership.income.IncomeReport;
import dev.stackholder.membership.roster.Observation;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterAnswer;
import dev.stackholder.testsupport.JsonEdits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 1: every value type of membership checks its invariants however it is built
 * (builder, {@code of}, JSON), and computed results read from JSON are checked as strictly as
 * inputs. Each case here was built or read without complaint before.
 */
class BuiltWithinLimitsTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final Source SOURCE = Source.of("000_6cb65ebcd6c07861.txt", "Seed");
  private static final LocalDate DAY = LocalDate.of(2017, 11, 6);

  @Test
  void flatDuesOf10To18IsRefusedWhenBuilt() {
    assertThatThrownBy(() -> FlatDues.of(Money.of(CurrencyUnit.USD, new BigDecimal("1E18"))))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Flat dues amount USD 1000000000000000000.00 is beyond");
  }

  @Test
  void aDeclaredRevenueOf10To30IsRefusedWhenBuilt() {
    assertThatThrownBy(
            () -> Declaration.ofRevenue(Money.of(CurrencyUnit.USD, new BigDecimal("1E30"))))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Annual revenue USD");
    // So a comparison or an income report with such a revenue cannot be asked for at all.
  }

  @Test
  void aGoldQuoteWhoseConvertedRevenueIsBeyondTheLimitsIsRefusedWhenQuoted() {
    ExchangeRates rates = ExchangeRates.empty().with(CNY, CurrencyUnit.USD, new BigDecimal("1E8"));
    Money revenue = Money.of(CNY, new BigDecimal("999999999999999999"));
    assertThatThrownBy(() -> OpenStackFoundation.duesSchedule().quote(GOLD, revenue, rates))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("converted revenue");
  }

  @Test
  void aGoldQuoteAtTheLargestRevenueIsWrittenAndReadBackEqual() {
    DuesQuote quote =
        OpenStackFoundation.duesSchedule()
            .quote(GOLD, Money.of(CurrencyUnit.USD, new BigDecimal("999999999999999999.99")));
    assertThat(StackholderJson.read(StackholderJson.write(quote), DuesQuote.class))
        .isEqualTo(quote);
  }

  @Test
  void aStatedChargeForYearZeroAndTwoChargesForOneMemberAndYearAreRefused() {
    assertThatThrownBy(() -> charge(Year.of(0)))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("has year 0, expected 1000 to 9999");
    StatedCharge one = charge(Year.of(2017));
    Foundation foundation = OpenStackFoundation.foundation();
    assertThatThrownBy(
            () -> Foundation.builder().from(foundation).addStatedCharges(one, one).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("states two charges for 'acme' in 2017");
  }

  @Test
  void aRuleSetWithABlankNameIsRefused() {
    RuleSet ruleSet = OpenStackFoundation.foundation().ruleSets().get(0);
    assertThatThrownBy(() -> RuleSet.builder().from(ruleSet).name("  ").build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Rule set '" + ruleSet.id() + "' has a blank name");
  }

  @Test
  void boardYearZeroAndNegativeSeatsAreRefused() {
    assertThatThrownBy(() -> BoardYear.builder().year(0).basis(BoardYear.Basis.NOT_FOUND).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Board year has year 0, expected 1000 to 9999");
    assertThatThrownBy(
            () -> BoardYear.builder().year(2017).basis(BoardYear.Basis.STATED).platinum(-1).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Board year 2017: platinum seats -1 is outside 0 to");
  }

  @Test
  void evidenceInATierTheFoundationNeverHadIsRefused() {
    Observation diamond =
        Observation.listed(
            Organization.of("acme", "Acme"),
            Tier.of("diamond", "Diamond"),
            DAY,
            Observation.Scope.SINGLE,
            SOURCE);
    assertThatThrownBy(
            () -> Roster.fromEvidence(OpenStackFoundation.foundation(), List.of(diamond)))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("is in tier 'diamond', which is not one of openstack's tiers");
  }

  @Test
  void anIncomeReportForYear999999999IsInvalidDataNotADateTimeException() {
    assertThatThrownBy(
            () ->
                IncomeReport.forYear(
                    OpenStackFoundation.roster(),
                    Year.of(999_999_999),
                    Map.of(),
                    ExchangeRates.empty()))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("has year 999999999, expected 1000 to 9999");
  }

  @Test
  void computedResultsReadFromJsonAreCheckedAsStrictlyAsInputs() {
    Roster roster = OpenStackFoundation.roster();
    IncomeReport income =
        IncomeReport.forYearDeclared(roster, Year.of(2017), Map.of(), ExchangeRates.empty());
    String incomeJson = StackholderJson.write(income);
    assertThat(StackholderJson.read(incomeJson, IncomeReport.class)).isEqualTo(income);
    refused(
        JsonEdits.set(incomeJson, "/total/amount", TextNode.valueOf("-1.00")),
        IncomeReport.class,
        "negative");

    BoardComposition board = roster.boardOn(DAY);
    String boardJson = StackholderJson.write(board);
    refused(
        JsonEdits.set(boardJson, "/directorsByClass", JsonEdits.tree("{\"gold\": -3}")),
        BoardComposition.class,
        "is outside 0 to");
    refused(
        JsonEdits.set(boardJson, "/ruleSetId", TextNode.valueOf(" ")),
        BoardComposition.class,
        "not a lower-case slug");

    RosterAnswer answer = roster.answerOn(DAY);
    String answerJson = StackholderJson.write(answer);
    assertThat(StackholderJson.read(answerJson, RosterAnswer.class)).isEqualTo(answer);
    refused(
        JsonEdits.set(answerJson, "/date", TextNode.valueOf("0999-01-01")),
        RosterAnswer.class,
        "0999");

    BoardYear year = OpenStackFoundation.boardYears().get(0);
    refused(
        JsonEdits.set(StackholderJson.write(year), "/year", IntNode.valueOf(0)),
        BoardYear.class,
        "year 0");

    FeeComparison comparison =
        FeeComparison.of(
            Declaration.ofRevenue(Money.parse("USD 400000000")),
            DAY,
            CurrencyUnit.USD,
            ExchangeRates.empty());
    String comparisonJson = StackholderJson.write(comparison);
    assertThat(StackholderJson.read(comparisonJson, FeeComparison.class)).isEqualTo(comparison);
    int priced = pricedRow(comparison);
    refused(
        JsonEdits.set(
            comparisonJson, "/rows/" + priced + "/annual/amount", TextNode.valueOf("-5.00")),
        FeeComparison.class,
        "negative");
    refused(
        JsonEdits.remove(comparisonJson, "/rows/" + priced + "/quote"),
        FeeComparison.class,
        "priced without a quote");
  }

  private static int pricedRow(FeeComparison comparison) {
    for (int i = 0; i < comparison.rows().size(); i++) {
      if (comparison.rows().get(i).annual().isPresent()) {
        return i;
      }
    }
    throw new AssertionError("no priced row in " + comparison.rows());
  }

  private static void refused(String json, Class<?> type, String expected) {
    assertThatThrownBy(() -> StackholderJson.read(json, type))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining(expected);
  }

  private static StatedCharge charge(Year year) {
    return StatedCharge.builder()
        .organizationId("acme")
        .year(year)
        .amount(Money.parse("USD 1000.00"))
        .source(SOURCE)
        .build();
  }
}
