package dev.stackholder.membership;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import org.joda.money.Money;

/**
 * Answers "what does a member of this tier owe for a year?" under one set of rules. A {@link
 * RuleSet} is a schedule; {@link OpenStackFoundation#duesSchedule()} is the 2012 one.
 *
 * <pre>{@code
 * DuesQuote quote = OpenStackFoundation.duesSchedule()
 *     .quote(OpenStackFoundation.GOLD, Money.parse("USD 35000000000"));
 * quote.amount();       // USD 200000.00
 * quote.explanation();  // "Gold: 0.025% of USD 35,000,000,000.00 = ..., above the maximum: USD 200,000.00 ..."
 * }</pre>
 *
 * <p>Quoting is pure. Errors: a negative revenue, or a tier the schedule does not know, is an
 * {@link InvalidDataException}; a revenue in another currency than the schedule's with no rate for
 * it is a {@link MissingExchangeRateException}; a figure the tier's dues need and the declaration
 * lacks (revenue, employees) is a {@link MissingDeclarationException} naming it.
 *
 * <p>Implementations are immutable and thread-safe, as {@link RuleSet} is.
 */
public interface DuesSchedule {
  /**
   * {@return one year's dues for a member of {@code tier} with this annual revenue}
   *
   * @param annualRevenue in the schedule's currency (else {@link MissingExchangeRateException})
   * @param tier the member's tier; one the schedule's rule set has
   */
  default DuesQuote quote(Tier tier, Money annualRevenue) {
    return quote(tier, annualRevenue, ExchangeRates.empty());
  }

  /**
   * {@return one year's dues, converting a revenue in another currency first with the given rates
   * (rounded half up to the schedule currency's minor unit); the explanation names the rate used}
   *
   * @param tier the member's tier; one the schedule's rule set has
   * @param annualRevenue the member's annual revenue, in any currency
   * @param rates rates from the revenue's currency to the schedule's, when they differ
   */
  default DuesQuote quote(Tier tier, Money annualRevenue, ExchangeRates rates) {
    return quote(tier, Declaration.ofRevenue(annualRevenue), rates);
  }

  /**
   * {@return one year's dues for what a member declared (revenue, employees, or both), converting a
   * revenue in another currency first when the tier's rule needs the revenue}
   *
   * @param tier the member's tier; one the schedule's rule set has
   * @param declaration what the member declared: revenue (any currency), employees, kind, each
   *     optional
   * @param rates rates from the revenue's currency to the schedule's, when they differ and the rule
   *     needs the revenue
   */
  DuesQuote quote(Tier tier, Declaration declaration, ExchangeRates rates);
}
