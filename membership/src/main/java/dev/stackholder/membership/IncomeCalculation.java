package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MoneyText;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Works out an {@link IncomeReport}: the arithmetic behind {@link IncomeReport#forYear} and
 * {@link IncomeReport#forYearDeclared}, whose documentation describes the rules.
 */
final class IncomeCalculation {
  private static final Declaration NOTHING_DECLARED = Declaration.builder().build();

  private IncomeCalculation() {}

  static IncomeReport compute(Roster roster, Year year, Map<String, Declaration> declarations,
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
      Declaration declaration = declarations.getOrDefault(id, NOTHING_DECLARED);
      TierRule rule = ruleSet.rulesOrInvalid(membership.tier());
      Optional<String> missing = rule.dues().missingFigure(declaration);
      if (missing.isPresent()) {
        String reason = "'" + id + "' (" + membership.tier().name() + " from " + from + ") declared no "
            + (missing.get().equals(Declaration.EMPLOYEES) ? "number of employees" : "annual revenue")
            + ", which its dues need";
        if (!skipUndeclared) {
          throw new MissingDeclarationException(missing.get(), reason);
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
    return roster.foundation().findRuleSetOn(date)
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
