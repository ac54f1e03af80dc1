package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandedDuesTest {
  private static final Tier SILVER = Tier.of("silver", "Silver");
  private static final Tier SOLUTIONS = Tier.of("solutions", "Solutions");
  private static final BandedDues BY_REVENUE =
      BandedDues.builder()
          .basis(DuesBasis.REVENUE)
          .addBands(DuesBand.of(BigDecimal.ZERO, Money.parse("USD 5000.00")))
          .addBands(DuesBand.of(new BigDecimal("1000000"), Money.parse("USD 10000.00")))
          .addBands(DuesBand.of(new BigDecimal("10000000"), Money.parse("USD 20000.00")))
          .build();
  private static final BandedDues BY_EMPLOYEES =
      BandedDues.builder()
          .basis(DuesBasis.EMPLOYEES)
          .addBands(
              DuesBand.builder()
                  .atLeast(BigDecimal.ZERO)
                  .amount(Money.parse("USD 5000.00"))
                  .label("under 100 employees")
                  .build())
          .addBands(DuesBand.of(new BigDecimal("100"), Money.parse("USD 10000.00")))
          .addBands(DuesBand.of(new BigDecimal("500"), Money.parse("USD 20000.00")))
          .build();
  private static final RuleSet RULES =
      RuleSet.builder()
          .id("test")
          .name("Test rules")
          .effectiveFrom(LocalDate.of(2020, 1, 1))
          .currency(CurrencyUnit.USD)
          .addTiers(TierRule.builder().tier(SILVER).dues(BY_EMPLOYEES).build())
          .addTiers(TierRule.builder().tier(SOLUTIONS).dues(BY_REVENUE).build())
          .build();

  @ParameterizedTest(name = "revenue {0} -> {1}")
  @CsvSource({
    "0.00,         5000.00",
    "999999.99,    5000.00",
    "1000000.00,   10000.00",
    "9999999.99,   10000.00",
    "10000000.00,  20000.00",
    "99000000000,  20000.00",
  })
  void revenueBandEdgesAreInclusiveBelow(String revenue, String dues) {
    assertThat(RULES.quote(SOLUTIONS, Money.of(CurrencyUnit.USD, new BigDecimal(revenue))).amount())
        .isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal(dues)));
  }

  @ParameterizedTest(name = "{0} employees -> {1}")
  @CsvSource({
    "0,    5000.00",
    "99,   5000.00",
    "100,  10000.00",
    "499,  10000.00",
    "500,  20000.00",
    "250000, 20000.00",
  })
  void employeeBandEdgesAreInclusiveBelow(int employees, String dues) {
    assertThat(
            RULES.quote(SILVER, Declaration.ofEmployees(employees), ExchangeRates.empty()).amount())
        .isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal(dues)));
  }

  @Test
  void explainsTheBandAndItsLabel() {
    assertThat(
            RULES.quote(SILVER, Declaration.ofEmployees(42), ExchangeRates.empty()).explanation())
        .isEqualTo(
            "Silver: 42 employees falls in the band from 0 to under 100 (under 100 employees):"
                + " USD 5,000.00 (Test rules)");
    assertThat(
            RULES.quote(SILVER, Declaration.ofEmployees(1500), ExchangeRates.empty()).explanation())
        .isEqualTo(
            "Silver: 1,500 employees falls in the band of 500 and over: USD 20,000.00 (Test rules)");
    assertThat(RULES.quote(SOLUTIONS, Money.parse("USD 1000000")).explanation())
        .isEqualTo(
            "Solutions: annual revenue USD 1,000,000.00 falls in the band from USD 1,000,000.00"
                + " to under USD 10,000,000.00: USD 10,000.00 (Test rules)");
  }

  @Test
  void describesItself() {
    assertThat(BY_EMPLOYEES.describe())
        .isEqualTo(
            "by employees: 0 and over USD 5,000.00;"
                + " 100 and over USD 10,000.00; 500 and over USD 20,000.00");
  }

  @Test
  void revenueBandsConvertAForeignRevenueFirst() {
    ExchangeRates rates =
        ExchangeRates.empty().with(CurrencyUnit.EUR, CurrencyUnit.USD, new BigDecimal("1.1"));
    // EUR 909,091.00 * 1.1 = USD 1,000,000.10: the second band
    DuesQuote quote = RULES.quote(SOLUTIONS, Money.parse("EUR 909091.00"), rates);
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 10000.00"));
    assertThat(quote.exchangeRate()).isEqualTo(rates.findRate(CurrencyUnit.EUR, CurrencyUnit.USD));
  }

  @Test
  void employeeBandsNeedNoRateForAForeignRevenue() {
    Declaration both =
        Declaration.builder().annualRevenue(Money.parse("EUR 1000")).employees(150).build();
    DuesQuote quote = RULES.quote(SILVER, both, ExchangeRates.empty());
    assertThat(quote.amount()).isEqualTo(Money.parse("USD 10000.00"));
    assertThat(quote.exchangeRate()).isEmpty();
  }

  @Test
  void revenueBandsNeedTheRevenue() {
    assertThatThrownBy(
            () -> RULES.quote(SOLUTIONS, Declaration.ofEmployees(10), ExchangeRates.empty()))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("Solutions dues are banded by annual revenue: declare the revenue")
        .extracting(e -> ((MissingDeclarationException) e).figure())
        .isEqualTo("annualRevenue");
  }

  @Test
  void employeeBandsNeedTheEmployees() {
    assertThatThrownBy(() -> RULES.quote(SILVER, Money.parse("USD 1000000")))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("Silver dues are banded by employees: declare the number of employees")
        .extracting(e -> ((MissingDeclarationException) e).figure())
        .isEqualTo("employees");
  }

  @Test
  void negativeEmployeesAreInvalid() {
    assertThatThrownBy(() -> Declaration.ofEmployees(-1))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Employees -1 is negative, expected zero or more");
  }

  @Test
  void noBandsIsInvalid() {
    assertThatThrownBy(() -> BandedDues.builder().basis(DuesBasis.REVENUE).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Banded dues have no bands");
  }

  @Test
  void theFirstBandMustStartAtZero() {
    assertThatThrownBy(
            () ->
                BandedDues.builder()
                    .basis(DuesBasis.REVENUE)
                    .addBands(DuesBand.of(new BigDecimal("5"), Money.parse("USD 1.00")))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("The first dues band starts at 5, expected 0");
  }

  @Test
  void bandsMustIncrease() {
    assertThatThrownBy(
            () ->
                BandedDues.builder()
                    .basis(DuesBasis.EMPLOYEES)
                    .addBands(DuesBand.of(BigDecimal.ZERO, Money.parse("USD 1.00")))
                    .addBands(DuesBand.of(BigDecimal.TEN, Money.parse("USD 2.00")))
                    .addBands(DuesBand.of(new BigDecimal("10.0"), Money.parse("USD 3.00")))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues band 2 starts at 10.0, expected above the previous band's 10");
  }

  @Test
  void employeeBoundsAreWholeNumbers() {
    assertThatThrownBy(
            () ->
                BandedDues.builder()
                    .basis(DuesBasis.EMPLOYEES)
                    .addBands(DuesBand.of(BigDecimal.ZERO, Money.parse("USD 1.00")))
                    .addBands(DuesBand.of(new BigDecimal("10.5"), Money.parse("USD 2.00")))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Employee band lower bound 10.5 is not a whole number");
  }

  @Test
  void negativeBandsAreInvalid() {
    assertThatThrownBy(() -> DuesBand.of(new BigDecimal("-1"), Money.parse("USD 1.00")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues band lower bound -1 is negative, expected zero or more");
    assertThatThrownBy(() -> DuesBand.of(BigDecimal.ZERO, Money.parse("USD -1.00")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Dues band amount USD -1.00 is negative, expected zero or more");
  }

  @Test
  void jsonNamesTheTypeAndRoundTrips() {
    String json = StackholderJson.write(BY_EMPLOYEES);
    assertThat(json)
        .startsWith("{\"type\":\"banded\",\"basis\":\"employees\",\"bands\":[{\"atLeast\":0,");
    assertThat(StackholderJson.read(json, DuesRule.class)).isEqualTo(BY_EMPLOYEES);
    assertThat(StackholderJson.read(StackholderJson.write(BY_REVENUE), DuesRule.class))
        .isEqualTo(BY_REVENUE);
  }

  @Test
  void jsonWithBandsOutOfOrderNamesThePath() {
    String json =
        "{\"type\":\"banded\",\"basis\":\"revenue\",\"bands\":["
            + "{\"atLeast\":0,\"amount\":{\"amount\":\"1.00\",\"currency\":\"USD\"}},"
            + "{\"atLeast\":-5,\"amount\":{\"amount\":\"2.00\",\"currency\":\"USD\"}}]}";
    assertThatThrownBy(() -> StackholderJson.read(json, DuesRule.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$.bands[1]: Dues band lower bound -5 is negative, expected zero or more");
  }

  @Test
  void jsonWithAnUnknownBasisIsRejected() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"type\":\"banded\",\"basis\":\"headcount\",\"bands\":[]}", DuesRule.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.basis: ")
        .hasMessageContaining("headcount");
  }
}
