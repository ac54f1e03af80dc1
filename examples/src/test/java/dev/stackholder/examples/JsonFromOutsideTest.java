package dev.stackholder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.roster.Roster;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * JSON round trips from a module downstream of the library modules: Surefire opens only the module
 * under test, so a package missing its {@code opens} to Jackson fails here and nowhere else.
 */
class JsonFromOutsideTest {
  @Test
  void foundationRoundTrips() {
    Foundation foundation = OpenStackFoundation.foundation();
    assertThat(StackholderJson.read(StackholderJson.write(foundation), Foundation.class))
        .isEqualTo(foundation);
  }

  @Test
  void rosterAndBoardRoundTrip() {
    Roster roster = OpenStackFoundation.roster();
    assertThat(StackholderJson.read(StackholderJson.write(roster), Roster.class)).isEqualTo(roster);
    BoardComposition board = roster.boardOn(LocalDate.of(2015, 1, 1));
    assertThat(StackholderJson.read(StackholderJson.write(board), BoardComposition.class))
        .isEqualTo(board);
  }

  @Test
  void quoteRoundTrips() {
    ExchangeRates rates =
        ExchangeRates.empty()
            .with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.1481"));
    DuesQuote quote =
        OpenStackFoundation.duesSchedule()
            .quote(OpenStackFoundation.GOLD, Money.parse("CNY 1000000000"), rates);
    assertThat(StackholderJson.read(StackholderJson.write(quote), DuesQuote.class))
        .isEqualTo(quote);
  }
}
