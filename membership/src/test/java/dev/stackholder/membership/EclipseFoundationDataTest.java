package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Eclipse Foundation's 2021 fee table (annual corporate revenue in euros), built in purely as
 * JSON ({@code foundations/eclipse.json}), quoted at its published band edges.
 */
class EclipseFoundationDataTest {
  private static final Foundation ECLIPSE = Foundations.getFoundation("eclipse");
  private static final DuesSchedule FEES_2021 = ECLIPSE.duesScheduleOn(LocalDate.of(2022, 1, 1));
  private static final Tier STRATEGIC = ECLIPSE.getTier("strategic");
  private static final Tier CONTRIBUTING = ECLIPSE.getTier("Contributing");
  private static final Tier ASSOCIATE = ECLIPSE.getTier("associate");
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;

  private static Money eur(String amount) {
    return Money.of(EUR, new BigDecimal(amount));
  }

  @ParameterizedTest(name = "revenue EUR {0}: Strategic {1}, Contributing {2}")
  @CsvSource({
    // "< €10 million": EUR 25,000 and 5,000
    "0.00,            25000.00,  5000.00",
    "9999999.99,      25000.00,  5000.00",
    // "€10 million - €50 million": the engine counts a lower bound in its band
    "10000000.00,     50000.00,  7500.00",
    "49999999.99,     50000.00,  7500.00",
    "50000000.00,     100000.00, 10000.00",
    "99999999.99,     100000.00, 10000.00",
    "100000000.00,    150000.00, 15000.00",
    // "> €250 million": exactly 250 million is still in the band below
    "250000000.00,    150000.00, 15000.00",
    "250000000.01,    250000.00, 20000.00",
    "90000000000.00,  250000.00, 20000.00",
  })
  void publishedFeesAtTheBandEdges(String revenue, String strategic, String contributing) {
    assertThat(FEES_2021.quote(STRATEGIC, eur(revenue)).amount()).isEqualTo(eur(strategic));
    assertThat(FEES_2021.quote(CONTRIBUTING, eur(revenue)).amount()).isEqualTo(eur(contributing));
    assertThat(FEES_2021.quote(ASSOCIATE, eur(revenue)).amount()).isEqualTo(eur("5000.00"));
  }

  @Test
  void explanationNamesTheBandAndTheSourcesLabel() {
    DuesQuote quote = FEES_2021.quote(STRATEGIC, eur("250000000.00"));
    assertThat(quote.ruleSetId()).isEqualTo("eclipse-2021");
    assertThat(quote.explanation())
        .isEqualTo(
            "Strategic: annual revenue EUR 250,000,000.00 falls in the band"
                + " from EUR 100,000,000.00 to EUR 250,000,000.00 (€100 million - €250 million): EUR 150,000.00"
                + " (Eclipse Foundation membership fees, 2021 table)");
  }

  @Test
  void topBandExplanation() {
    assertThat(FEES_2021.quote(CONTRIBUTING, eur("300000000.00")).explanation())
        .isEqualTo(
            "Contributing:"
                + " annual revenue EUR 300,000,000.00 falls in the band over EUR 250,000,000.00 (> €250 million):"
                + " EUR 20,000.00 (Eclipse Foundation membership fees, 2021 table)");
  }

  @Test
  void revenueInDollarsIsConvertedToEurosFirst() {
    ExchangeRates rates = ExchangeRates.empty().with(CurrencyUnit.USD, EUR, new BigDecimal("0.92"));
    // USD 12,000,000.00 at 0.92 is EUR 11,040,000.00: the EUR 10-50 million band
    DuesQuote quote = FEES_2021.quote(STRATEGIC, Money.parse("USD 12000000.00"), rates);
    assertThat(quote.amount()).isEqualTo(eur("50000.00"));
    assertThat(quote.exchangeRate()).isEqualTo(rates.findRate(CurrencyUnit.USD, EUR));
  }

  @Test
  void revenueInDollarsWithoutARateIsMissingExchangeRate() {
    assertThatThrownBy(() -> FEES_2021.quote(STRATEGIC, Money.parse("USD 12000000.00")))
        .isExactlyInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate from USD to EUR: give one, e.g. USD/EUR=<rate>");
  }

  @Test
  void bandedDuesNeedTheRevenue() {
    assertThatThrownBy(
            () -> FEES_2021.quote(STRATEGIC, Declaration.ofEmployees(50), ExchangeRates.empty()))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("Strategic dues are banded by annual revenue: declare the revenue")
        .extracting(e -> ((MissingDeclarationException) e).figure())
        .isEqualTo("annualRevenue");
  }

  @Test
  void associateIsAFlatFiveThousandEurosForCompanies() {
    assertThat(
            FEES_2021
                .quote(ASSOCIATE, Declaration.ofEmployees(3), ExchangeRates.empty())
                .explanation())
        .isEqualTo(
            "Associate: flat annual dues of EUR 5,000.00 (Eclipse Foundation membership fees, 2021 table)");
  }

  @Test
  void theTableIsInForceFromTheDateItWasPublishedInTheSource() {
    assertThat(ECLIPSE.ruleSetOn(LocalDate.of(2021, 6, 30)).id()).isEqualTo("eclipse-2021");
    assertThatThrownBy(() -> ECLIPSE.ruleSetOn(LocalDate.of(2021, 6, 29)))
        .isExactlyInstanceOf(NoRulesInForceException.class)
        .hasMessage(
            "No Eclipse Foundation rule set is in force on 2021-06-29; the rule sets cover"
                + " eclipse-2021 from 2021-06-30");
  }

  @Test
  void theNoteStatesTheBoundaryConventionAndTheRowsLeftOut() {
    String note = ECLIPSE.getRuleSet("eclipse-2021").note().orElseThrow();
    assertThat(note)
        .contains("lower bound is inclusive")
        .contains("< €1 million and < 10 employees")
        .contains("the rows by kind of organization");
  }
}
