package dev.stackholder.examples;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.OpenStackFoundation;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What does a Gold member pay? Dues of a Tencent-sized member under the 2012 bylaws, from a revenue
 * in renminbi converted with a rate you give. The code between the markers is the README's, word
 * for word; {@code ExamplesTest} checks that and that it prints what the README says.
 */
public final class GoldDues {
  private GoldDues() {}

  /** Prints the quote's amount, the bound that decided it and its explanation. */
  public static void main(String[] args) {
    // README:start
    ExchangeRates rates =
        ExchangeRates.empty()
            .with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.1481"));
    DuesQuote quote =
        OpenStackFoundation.duesSchedule()
            .quote(OpenStackFoundation.GOLD, Money.parse("CNY 237760000000"), rates);
    System.out.println(quote.amount());
    System.out.println(quote.bound());
    System.out.println(quote.explanation());
    // README:end
  }
}
