package dev.stackholder.examples;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.OpenStackFoundation;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The README's Java example, kept word for word between the markers; {@code ReadmeExampleTest}
 * checks that the README shows exactly this code and that it prints what the README says.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /** Quotes Tencent-sized Gold dues from a revenue in renminbi. */
  public static void main(String[] args) {
    // README:start
    ExchangeRates rates = ExchangeRates.empty()
        .with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.1481"));
    DuesQuote quote = OpenStackFoundation.duesSchedule()
        .quote(OpenStackFoundation.GOLD, Money.parse("CNY 237760000000"), rates);
    System.out.println(quote.amount());
    System.out.println(quote.bound());
    System.out.println(quote.explanation());
    // README:end
  }
}
