package dev.stackholder.examples;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import java.time.LocalDate;

/**
 * The dues engine is not OpenStack's alone: another built-in foundation's fee table, here the Linux
 * Foundation's Silver tier, banded by head count, under the rule set in force on a date.
 */
public final class OtherFoundationDues {
  private OtherFoundationDues() {}

  /** Prints what a 750-employee Silver member of the Linux Foundation paid in 2014, and why. */
  public static void main(String[] args) {
    // README:start
    Foundation lf = Foundations.getFoundation("linux-foundation");
    DuesQuote quote =
        lf.ruleSetOn(LocalDate.of(2014, 6, 1))
            .quote(lf.getTier("silver"), Declaration.ofEmployees(750), ExchangeRates.empty());
    System.out.println(quote.amount());
    System.out.println(quote.explanation());
    // README:end
  }
}
