package dev.stackholder.membership.income;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.core.MoneyText;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.StatedCharge;
import dev.stackholder.membership.roster.Roster;
import java.time.Year;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A foundation's expected dues income for a calendar year: each membership's line, the totals by
 * tier (keyed by tier id) and in all, and the members left out because they did not declare what
 * their dues need (only when asked to skip them, see {@link #forYearDeclared}).
 *
 * <p>Worked out from a roster and what its members declared (revenue in any currency, converted
 * with the given {@link ExchangeRates}).
 *
 * <p><b>Part years.</b> Each membership that overlaps the year is quoted under the rule set in
 * force on its first day in the year. What is charged depends on that rule set's {@link Proration}:
 *
 * <ul>
 *   <li>{@link Proration#FULL_YEAR}: a member pays one full year; joining on 1 December costs the
 *       whole year, and a member that changes tier pays the highest of its tiers' dues (see below);
 *   <li>{@link Proration#DAYS}: each membership pays the year's dues times its days in the year
 *       over the days of the year (365 or 366), rounded to the currency's minor unit with the rule
 *       set's rounding mode.
 * </ul>
 *
 * <p><b>Tier changes.</b> Under {@link Proration#FULL_YEAR} a member is charged once for the year,
 * at the highest of the annual dues of the tiers it held during the year (as ranges: the highest
 * least and the highest most); its other lines are listed and charged zero. So declaring a revenue
 * can only narrow a member's charge, never lower the year's total: a Gold member that moves to
 * Platinum pays the Platinum dues whether or not its revenue is declared.
 *
 * <p><b>Ranges.</b> {@link #forYearDeclared} charges a member that declared no revenue the range
 * its rule allows (Gold under the 2012 bylaws: USD 50,000 to 200,000); a rule with no maximum has
 * no range, and the member is listed in {@link #undeclared()} instead. A sourced {@link
 * StatedCharge} for the member and year replaces the rule's amount. Members whose status is unknown
 * (see {@link Roster#answerOn}) are listed in {@link #uncertain()}: their possible dues count only
 * in {@link #totalUpTo()}.
 *
 * <p>The report is pure arithmetic over the inputs; the total is exactly the sum of the lines. It
 * is computed, never built by hand. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeReport.class)
@JsonDeserialize(as = ImmutableIncomeReport.class)
public abstract class IncomeReport {
  IncomeReport() {}

  /** {@return the calendar year} */
  public abstract Year year();

  /**
   * {@return one line per membership that overlaps the year, in the order the memberships started}
   */
  public abstract ImmutableList<IncomeLine> lines();

  /** {@return the income per tier id, in the order tiers first appear in the lines} */
  public abstract ImmutableMap<String, Money> byTier();

  /**
   * {@return the income of the whole year: the sum of the lines (their least, where a line is a
   * range)}
   */
  public abstract Money total();

  /**
   * {@return the most the year's income may be: the sum of each line's {@link
   * IncomeLine#chargedUpTo()}, plus what the {@link #uncertain()} members would pay if they were
   * still members} Declaring a figure never lowers {@link #total()} nor raises this.
   */
  public abstract Money totalUpTo();

  /**
   * {@return members whose tier during the year is not known (last seen earlier, status unknown) or
   * whose tier has no dues rule that year, each with the reason} What they would pay is in {@link
   * #totalUpTo()} where the rules give it, never in {@link #total()}.
   */
  public abstract ImmutableList<String> uncertain();

  /**
   * {@return members whose dues need a figure they did not declare and whose rule gives no range
   * (no maximum), each with the reason; not in the totals} Always empty in a report made by {@link
   * #forYear}.
   */
  public abstract ImmutableList<String> undeclared();

  /**
   * {@return the year's income; every member must have declared what its tier's dues need (revenue
   * for a percent-of-revenue or revenue-banded tier, employees for an employee-banded one)}
   *
   * @param declarations what members declared, keyed by organization id
   * @param roster the members and their tiers over time
   * @param year the calendar year; each membership is charged for its part of it
   * @param rates rates from declared revenues' currencies to the rule set's, where they differ
   * @throws MissingDeclarationException naming the member and the figure it did not declare
   * @throws MissingExchangeRateException if a revenue must be converted and there is no rate
   * @throws NoRulesInForceException if no rule set covers a membership's first day in the year
   */
  public static IncomeReport forYear(
      Roster roster, Year year, Map<String, Declaration> declarations, ExchangeRates rates) {
    // Null-checked up front: a roster whose members need no conversion never touched the rates.
    java.util.Objects.requireNonNull(roster, "roster");
    java.util.Objects.requireNonNull(declarations, "declarations");
    java.util.Objects.requireNonNull(rates, "rates");
    checkYear(year);
    return IncomeCalculation.compute(roster, year, declarations, rates, false);
  }

  /**
   * {@return the year's income; a member that did not declare what its dues need is charged the
   * range its rule allows (or, with no maximum, listed in {@link #undeclared()} and left out)}
   *
   * @param declarations what members declared, keyed by organization id
   * @param roster the members and their tiers over time
   * @param year the calendar year; each membership is charged for its part of it
   * @param rates rates from declared revenues' currencies to the rule set's, where they differ
   * @throws MissingExchangeRateException if a revenue must be converted and there is no rate
   * @throws NoRulesInForceException if no rule set covers a membership's first day in the year
   */
  public static IncomeReport forYearDeclared(
      Roster roster, Year year, Map<String, Declaration> declarations, ExchangeRates rates) {
    // Null-checked up front: a roster whose members need no conversion never touched the rates.
    java.util.Objects.requireNonNull(roster, "roster");
    java.util.Objects.requireNonNull(declarations, "declarations");
    java.util.Objects.requireNonNull(rates, "rates");
    checkYear(year);
    return IncomeCalculation.compute(roster, year, declarations, rates, true);
  }

  @Value.Check
  void check() {
    // A report read from JSON is checked as strictly as one computed: no negative total, no most
    // below the least; sums beyond the limits are refused when computed, so every report reads
    // back.
    String what = "Income report for " + year();
    dev.stackholder.core.Limits.checkYear(year().getValue(), what);
    if (total().isNegative()) {
      throw new dev.stackholder.core.InvalidDataException(
          what + ": total " + MoneyText.format(total()) + " is negative");
    }
    dev.stackholder.core.Limits.checkMoney(total(), what + ": total");
    dev.stackholder.core.Limits.checkMoney(totalUpTo(), what + ": total up to");
    if (!total().getCurrencyUnit().equals(totalUpTo().getCurrencyUnit())
        || totalUpTo().isLessThan(total())) {
      throw new dev.stackholder.core.InvalidDataException(
          what
              + ": total up to "
              + MoneyText.format(totalUpTo())
              + " is below the total "
              + MoneyText.format(total()));
    }
    byTier()
        .forEach(
            (tier, amount) -> {
              if (amount.isNegative()) {
                throw new dev.stackholder.core.InvalidDataException(
                    what
                        + ": tier '"
                        + tier
                        + "' total "
                        + MoneyText.format(amount)
                        + " is negative");
              }
              dev.stackholder.core.Limits.checkMoney(amount, what + ": tier '" + tier + "' total");
            });
  }

  // Year 999,999,999 has no first day a LocalDate can hold: refused with the limit's message
  // instead of a DateTimeException from deep in the arithmetic.
  private static void checkYear(Year year) {
    java.util.Objects.requireNonNull(year, "year");
    dev.stackholder.core.Limits.checkYear(year.getValue(), "Income report year " + year);
  }
}
