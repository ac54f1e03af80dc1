package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MoneyText;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A foundation's expected dues income for a calendar year, from a roster and what its members
 * declared (revenue in any currency, converted with the given {@link ExchangeRates}).
 *
 * <p><b>Part years.</b> Each membership that overlaps the year is quoted under the rule set in force
 * on its first day in the year. What is charged depends on that rule set's {@link Proration}:
 * <ul>
 *   <li>{@link Proration#FULL_YEAR} (the OpenStack rule sets: no public proration rule was found):
 *       a member pays one full year, for the tier it held on its first day of membership in the
 *       year; joining on 1 December costs the whole year, and a tier change during the year takes
 *       effect in the next year's dues (the later part of the year is listed, charged zero);
 *   <li>{@link Proration#DAYS}: each membership pays the year's dues times its days in the year over
 *       the days of the year (365 or 366), rounded to the currency's minor unit with the rule set's
 *       rounding mode.
 * </ul>
 *
 * <p>The income is pure arithmetic over the inputs; the total is exactly the sum of the lines.
 */
public final class DuesIncome {
  private DuesIncome() {}

  /**
   * The year's income; every member whose tier's dues depend on revenue must have declared it.
   *
   * @param declarations what members declared, keyed by organization id
   * @throws InvalidDataException naming the member whose revenue is missing
   */
  public static IncomeReport of(Roster roster, Year year, Map<String, Declaration> declarations, ExchangeRates rates) {
    return compute(roster, year, declarations, rates, false);
  }

  /**
   * The year's income over the members who declared what their dues need; the others are listed in
   * {@link IncomeReport#undeclared()} and left out of the totals.
   */
  public static IncomeReport ofDeclared(Roster roster, Year year, Map<String, Declaration> declarations,
      ExchangeRates rates) {
    return compute(roster, year, declarations, rates, true);
  }

  private static IncomeReport compute(Roster roster, Year year, Map<String, Declaration> declarations,
      ExchangeRates rates, boolean skipUndeclared) {
    LocalDate start = year.atDay(1);
    LocalDate end = year.plusYears(1).atDay(1);
    int daysInYear = year.length();
    ImmutableList.Builder<IncomeLine> lines = ImmutableList.builder();
    ImmutableList.Builder<String> undeclared = ImmutableList.builder();
    Map<String, Money> byTier = new LinkedHashMap<>();
    Set<String> chargedForYear = new HashSet<>();
    Money total = null;
    for (Membership membership : roster.memberships()) {
      LocalDate from = later(membership.from(), start);
      LocalDate until = membership.until().map(u -> earlier(u, end)).orElse(end);
      if (!from.isBefore(until)) {
        continue;
      }
      RuleSet ruleSet = roster.foundation().ruleSetOn(from);
      String id = membership.organization().id();
      Declaration declaration = declarations.getOrDefault(id, ImmutableDeclaration.builder().build());
      TierRule rule = ruleSet.requireRulesFor(membership.tier());
      if (rule.dues().needsRevenue() && declaration.annualRevenue().isEmpty()) {
        String reason = "'" + id + "' (" + membership.tier().name() + " from " + from
            + ") declared no annual revenue, which its dues need";
        if (!skipUndeclared) {
          throw new InvalidDataException(reason);
        }
        undeclared.add(reason);
        continue;
      }
      DuesQuote quote = ruleSet.quote(membership.tier(), declaration, rates);
      Money charged;
      String explanation;
      if (ruleSet.proration() == Proration.DAYS) {
        long days = ChronoUnit.DAYS.between(from, until);
        charged = quote.amount().multipliedBy(days).dividedBy(daysInYear, ruleSet.rounding());
        explanation = days == daysInYear
            ? "full year: " + MoneyText.format(charged)
            : "prorated " + days + "/" + daysInYear + " days of " + MoneyText.format(quote.amount())
                + ", rounded " + Rounding.describe(ruleSet.rounding(), quote.amount().getCurrencyUnit())
                + ": " + MoneyText.format(charged);
      } else if (chargedForYear.add(id)) {
        charged = quote.amount();
        explanation = "full year (" + ruleSet.name() + " charges any part of a year in full): "
            + MoneyText.format(charged);
      } else {
        charged = Money.zero(quote.amount().getCurrencyUnit());
        explanation = "already charged for " + year + " under its earlier tier; "
            + membership.tier().name() + " dues apply from the next year";
      }
      lines.add(ImmutableIncomeLine.builder()
          .organization(membership.organization()).tier(membership.tier()).from(from).until(until)
          .quote(quote).charged(charged).explanation(explanation).build());
      byTier.merge(membership.tier().id(), charged, Money::plus);
      total = total == null ? charged : total.plus(charged);
    }
    return ImmutableIncomeReport.builder()
        .year(year)
        .lines(lines.build())
        .byTier(byTier)
        .total(total != null ? total : Money.zero(currencyOn(roster, start)))
        .undeclared(undeclared.build())
        .build();
  }

  private static CurrencyUnit currencyOn(Roster roster, LocalDate date) {
    return roster.foundation().ruleSets().stream().filter(r -> r.covers(date)).findFirst()
        .or(() -> roster.foundation().ruleSets().stream().findFirst())
        .map(RuleSet::currency).orElse(CurrencyUnit.USD);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

}
