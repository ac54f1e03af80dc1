package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import java.time.Year;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A foundation's expected dues income for a calendar year: each membership's line, the totals by
 * tier (keyed by tier id) and in all, and the members left out because they did not declare what
 * their dues need (only when asked to skip them, see {@link #forYearDeclared}).
 *
 * <p>Worked out from a roster and what its members declared (revenue in any currency, converted with
 * the given {@link ExchangeRates}).
 *
 * <p><b>Part years.</b> Each membership that overlaps the year is quoted under the rule set in force
 * on its first day in the year. What is charged depends on that rule set's {@link Proration}:
 * <ul>
 *   <li>{@link Proration#FULL_YEAR}: a member pays one full year, for the tier it held on its first
 *       day of membership in the year; joining on 1 December costs the whole year, and a tier change
 *       during the year takes effect in the next year's dues (the later part of the year is listed,
 *       charged zero);
 *   <li>{@link Proration#DAYS}: each membership pays the year's dues times its days in the year over
 *       the days of the year (365 or 366), rounded to the currency's minor unit with the rule set's
 *       rounding mode.
 * </ul>
 *
 * <p>The report is pure arithmetic over the inputs; the total is exactly the sum of the lines. It is
 * computed, never built by hand. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeReport.class)
@JsonDeserialize(as = ImmutableIncomeReport.class)
public abstract class IncomeReport {
  IncomeReport() {}

  /** The calendar year. */
  public abstract Year year();

  /** One line per membership that overlaps the year, in the order the memberships started. */
  public abstract ImmutableList<IncomeLine> lines();

  /** The income per tier id, in the order tiers first appear in the lines. */
  public abstract ImmutableMap<String, Money> byTier();

  /** The income of the whole year: the sum of the lines. */
  public abstract Money total();

  /**
   * Members whose dues need a figure they did not declare, each with the reason; not in the totals.
   * Always empty in a report made by {@link #forYear}.
   */
  public abstract ImmutableList<String> undeclared();

  /**
   * The year's income; every member must have declared what its tier's dues need (revenue for a
   * percent-of-revenue or revenue-banded tier, employees for an employee-banded one).
   *
   * @param declarations what members declared, keyed by organization id
   * @throws MissingDeclarationException naming the member and the figure it did not declare
   * @throws MissingExchangeRateException if a revenue must be converted and there is no rate
   * @throws NoRulesInForceException if no rule set covers a membership's first day in the year
   */
  public static IncomeReport forYear(Roster roster, Year year, Map<String, Declaration> declarations,
      ExchangeRates rates) {
    return IncomeCalculation.compute(roster, year, declarations, rates, false);
  }

  /**
   * The year's income over the members who declared what their dues need; the others are listed in
   * {@link #undeclared()} and left out of the lines and totals.
   *
   * @param declarations what members declared, keyed by organization id
   * @throws MissingExchangeRateException if a revenue must be converted and there is no rate
   * @throws NoRulesInForceException if no rule set covers a membership's first day in the year
   */
  public static IncomeReport forYearDeclared(Roster roster, Year year, Map<String, Declaration> declarations,
      ExchangeRates rates) {
    return IncomeCalculation.compute(roster, year, declarations, rates, true);
  }
}
