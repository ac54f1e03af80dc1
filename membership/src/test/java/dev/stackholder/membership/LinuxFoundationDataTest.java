package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.membership.board.BoardSeats;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Linux Foundation's corporate fees as published in 2014 (Silver by employees), built in purely
 * as JSON ({@code foundations/linux-foundation.json}), quoted at the published band edges.
 */
class LinuxFoundationDataTest {
  private static final Foundation LINUX_FOUNDATION = Foundations.getFoundation("linux-foundation");
  private static final DuesSchedule FEES_2014 =
      LINUX_FOUNDATION.duesScheduleOn(LocalDate.of(2014, 6, 1));
  private static final Tier PLATINUM = LINUX_FOUNDATION.getTier("platinum");
  private static final Tier GOLD = LINUX_FOUNDATION.getTier("gold");
  private static final Tier SILVER = LINUX_FOUNDATION.getTier("silver");

  @ParameterizedTest(name = "{0} employees: Silver USD {1}")
  @CsvSource({
    "0,       5000.00",
    "99,      5000.00",
    "100,     10000.00",
    "499,     10000.00",
    "500,     15000.00",
    "4999,    15000.00",
    "5000,    20000.00",
    "250000,  20000.00",
  })
  void silverByEmployees(int employees, String dues) {
    DuesQuote quote =
        FEES_2014.quote(SILVER, Declaration.ofEmployees(employees), ExchangeRates.empty());
    assertThat(quote.amount()).isEqualTo(Money.parse("USD " + dues));
  }

  @Test
  void silverExplanationNamesTheBandAndSaysTheFigureIsUnverified() {
    DuesQuote quote = FEES_2014.quote(SILVER, Declaration.ofEmployees(500), ExchangeRates.empty());
    assertThat(quote.explanation())
        .isEqualTo(
            "Silver: 500 employees falls in the band from 500 to under 5,000"
                + " (500-4,999 employees): USD 15,000.00; figure unverified: bands from one secondary source (a 2014 gist);"
                + " a 2016 page confirms only the USD 5,000-20,000 range (Linux Foundation corporate membership fees,"
                + " as published in 2014)");
  }

  @Test
  void platinumAndGoldAreFlat() {
    Declaration any = Declaration.ofEmployees(120_000);
    assertThat(FEES_2014.quote(PLATINUM, any, ExchangeRates.empty()).amount())
        .isEqualTo(Money.parse("USD 500000.00"));
    assertThat(FEES_2014.quote(GOLD, any, ExchangeRates.empty()).amount())
        .isEqualTo(Money.parse("USD 100000.00"));
    assertThat(FEES_2014.quote(PLATINUM, Money.parse("USD 0.00")).explanation())
        .isEqualTo(
            "Platinum: flat annual"
                + " dues of USD 500,000.00 (Linux Foundation corporate membership fees, as published in 2014)");
  }

  @Test
  void silverNeedsTheNumberOfEmployees() {
    assertThatThrownBy(() -> FEES_2014.quote(SILVER, Money.parse("USD 1000000.00")))
        .isExactlyInstanceOf(MissingDeclarationException.class)
        .hasMessage("Silver dues are banded by employees: declare the number of employees")
        .extracting(e -> ((MissingDeclarationException) e).figure())
        .isEqualTo("employees");
  }

  @Test
  void onlySilverIsUnverifiedPlatinumAppointsAndGoldAndSilverElectFixedSeats() {
    RuleSet ruleSet = LINUX_FOUNDATION.getRuleSet("linux-foundation-2014");
    assertThat(ruleSet.getRules(SILVER).unverified()).isTrue();
    assertThat(ruleSet.getRules(GOLD).unverified()).isFalse();
    assertThat(ruleSet.getRules(PLATINUM).unverified()).isFalse();
    assertThat(ruleSet.getRules(PLATINUM).board()).isEqualTo(BoardSeats.ONE_PER_MEMBER);
    assertThat(ruleSet.getRules(GOLD).board()).isEqualTo(BoardSeats.FIXED);
    assertThat(ruleSet.getRules(GOLD).electedDirectors()).contains(3);
    assertThat(ruleSet.getRules(SILVER).electedDirectors()).contains(1);
  }
}
