package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MoneyText;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** One membership's part of the year before the once-a-year rule is applied. */
  private record Part(Membership membership, LocalDate from, LocalDate until, RuleSet ruleSet,
      Optional<DuesQuote> quote, Money least, Money most, String explanation) {}

  static IncomeReport compute(Roster roster, Year year, Map<String, Declaration> declarations,
      ExchangeRates rates, boolean skipUndeclared) {
    Foundation foundation = roster.foundation();
    LocalDate start = year.atDay(1);
    LocalDate end = year.plusYears(1).atDay(1);
    LocalDate rulesBegin = foundation.ruleSets().stream().map(RuleSet::effectiveFrom).min(Comparator.naturalOrder())
        .orElse(start);
    int daysInYear = year.length();
    List<Part> parts = new ArrayList<>();
    ImmutableList.Builder<String> undeclared = ImmutableList.builder();
    ImmutableList.Builder<String> uncertain = ImmutableList.builder();
    Set<String> charged = new HashSet<>();
    for (Membership membership : roster.memberships()) {
      LocalDate from = later(later(membership.from(), start), rulesBegin);
      LocalDate until = membership.until().map(u -> earlier(u, end)).orElse(end);
      if (!from.isBefore(until)) {
        continue;
      }
      String id = membership.organization().id();
      RuleSet ruleSet = foundation.ruleSetOn(from);
      Optional<TierRule> rule = ruleSet.findRules(membership.tier());
      if (rule.isEmpty()) {
        uncertain.add("'" + id + "' (" + membership.tier().name() + " from " + from + "): " + ruleSet.name()
            + " has no dues rule for " + membership.tier().name() + "; not charged");
        continue;
      }
      Declaration declaration = declarations.getOrDefault(id, NOTHING_DECLARED);
      Optional<String> missing = rule.get().dues().missingFigure(declaration);
      Optional<StatedCharge> stated = foundation.statedCharges().stream()
          .filter(c -> c.organizationId().equals(id) && c.year().equals(year)).findFirst();
      Money least;
      Money most;
      Optional<DuesQuote> quote = Optional.empty();
      String explanation;
      if (stated.isPresent()) {
        least = stated.get().amount();
        most = least;
        explanation = "as stated by " + stated.get().source().title() + ": " + MoneyText.format(least)
            + stated.get().note().map(n -> " (" + n + ")").orElse("");
      } else if (missing.isPresent()) {
        String reason = "'" + id + "' (" + membership.tier().name() + " from " + from + ") declared no "
            + (missing.get().equals(Declaration.EMPLOYEES) ? "number of employees" : "annual revenue")
            + ", which its dues need";
        if (!skipUndeclared) {
          throw new MissingDeclarationException(missing.get(), reason);
        }
        Optional<Money[]> range = range(rule.get());
        if (range.isEmpty()) {
          undeclared.add(reason + "; its rule has no maximum, so it is left out");
          continue;
        }
        least = range.get()[0];
        most = range.get()[1];
        explanation = "revenue not declared: " + rule.get().dues().describe() + " gives "
            + MoneyText.format(least) + " to " + MoneyText.format(most);
      } else {
        DuesQuote q = ruleSet.quote(membership.tier(), declaration, rates);
        quote = Optional.of(q);
        least = q.amount();
        most = least;
        explanation = q.explanation();
      }
      if (ruleSet.proration() == Proration.DAYS && stated.isEmpty()) {
        long days = ChronoUnit.DAYS.between(from, until);
        Money fullLeast = least;
        least = least.multipliedBy(days).dividedBy(daysInYear, ruleSet.rounding());
        most = most.multipliedBy(days).dividedBy(daysInYear, ruleSet.rounding());
        explanation = days == daysInYear ? "full year: " + MoneyText.format(least)
            : "prorated " + days + "/" + daysInYear + " days of " + MoneyText.format(fullLeast)
                + ", rounded " + Rounding.describe(ruleSet.rounding(), fullLeast.getCurrencyUnit()) + ": "
                + MoneyText.format(least) + (most.isEqual(least) ? "" : " to " + MoneyText.format(most));
      }
      parts.add(new Part(membership, from, until, ruleSet, quote, least, most, explanation));
      charged.add(id);
    }
    // Under FULL_YEAR a member pays once, at the highest of its tiers' dues: the line with the highest
    // most (then least) is charged; a declaration can only narrow that maximum, never lower it.
    // One pass per organization's figures, so that a year of n members costs O(n), not O(n^2).
    Map<String, Part> chargedPart = new HashMap<>();
    Map<String, Money> highestLeastOf = new HashMap<>();
    Map<String, Integer> partsOf = new HashMap<>();
    for (Part part : parts) {
      String id = part.membership().organization().id();
      partsOf.merge(id, 1, Integer::sum);
      if (part.ruleSet().proration() != Proration.FULL_YEAR) {
        continue;
      }
      highestLeastOf.merge(id, part.least(), (a, b) -> b.isGreaterThan(a) ? b : a);
      chargedPart.merge(id, part, (a, b) ->
          b.most().isGreaterThan(a.most()) || b.most().isEqual(a.most()) && b.least().isGreaterThan(a.least()) ? b : a);
    }
    ImmutableList.Builder<IncomeLine> lines = ImmutableList.builder();
    Map<String, Money> byTier = new LinkedHashMap<>();
    Money total = null;
    Money totalUpTo = null;
    for (Part part : parts) {
      String id = part.membership().organization().id();
      Money least = part.least();
      Money most = part.most();
      String explanation;
      if (part.ruleSet().proration() == Proration.DAYS) {
        explanation = part.explanation();
      } else if (chargedPart.get(id) == part) {
        least = highestLeastOf.getOrDefault(id, least);
        explanation = "full year (" + part.ruleSet().name() + " charges any part of a year in full"
            + (partsOf.get(id) > 1 ? ", once, at the highest of the member's tiers' dues" : "")
            + "): " + part.explanation();
      } else {
        least = Money.zero(least.getCurrencyUnit());
        most = least;
        explanation = "charged once for " + year + " at the highest of its tiers' dues ("
            + chargedPart.get(id).membership().tier().name() + ")";
      }
      lines.add(ImmutableIncomeLine.builder()
          .organization(part.membership().organization()).tier(part.membership().tier()).from(part.from())
          .until(part.until()).quote(part.quote()).charged(least).chargedUpTo(most).explanation(explanation).build());
      byTier.merge(part.membership().tier().id(), least, Money::plus);
      total = total == null ? least : total.plus(least);
      totalUpTo = totalUpTo == null ? most : totalUpTo.plus(most);
    }
    CurrencyUnit currency = total != null ? total.getCurrencyUnit() : currencyOn(roster, start);
    if (totalUpTo == null) {
      totalUpTo = Money.zero(currency);
    }
    // Members last seen before or during the year whose status is unknown: their dues count only in the most.
    Set<String> listedUncertain = new HashSet<>();
    for (LocalDate day : List.of(later(start, rulesBegin), end.minusDays(1))) {
      if (day.isBefore(start) || !day.isBefore(end)) {
        continue;
      }
      for (LastSeen seen : roster.answerOn(day).lastSeen()) {
        String id = seen.organization().id();
        if (charged.contains(id) || !listedUncertain.add(id)) {
          continue;
        }
        Optional<RuleSet> ruleSet = foundation.findRuleSetOn(day);
        Optional<TierRule> rule = ruleSet.flatMap(rs -> rs.findRules(seen.tier()));
        Optional<Money> upTo = rule.flatMap(r -> r.dues().missingFigure(declarations.getOrDefault(id, NOTHING_DECLARED))
            .isPresent() ? range(r).map(range -> range[1])
            : Optional.of(ruleSet.get().quote(seen.tier(), declarations.getOrDefault(id, NOTHING_DECLARED), rates).amount()));
        if (upTo.isPresent() && upTo.get().getCurrencyUnit().equals(totalUpTo.getCurrencyUnit())) {
          totalUpTo = totalUpTo.plus(upTo.get());
        }
        uncertain.add("'" + id + "': " + seen + "; status in " + year + " unknown"
            + upTo.map(m -> ", up to " + MoneyText.format(m) + " if still a member").orElse(", no dues figure"));
      }
    }
    return ImmutableIncomeReport.builder()
        .year(year)
        .lines(lines.build())
        .byTier(byTier)
        .total(total != null ? total : Money.zero(currency))
        .totalUpTo(totalUpTo)
        .undeclared(undeclared.build())
        .uncertain(uncertain.build())
        .build();
  }

  /** The least and most a rule can charge, if it has both (a Gold minimum and maximum). */
  private static Optional<Money[]> range(TierRule rule) {
    if (rule.dues() instanceof PercentOfRevenueDues percent) {
      if (percent.minimum().isPresent() && percent.maximum().isPresent()) {
        return Optional.of(new Money[] {percent.minimum().get(), percent.maximum().get()});
      }
      return Optional.empty();
    }
    List<Money> amounts = rule.dues().amounts().toList();
    if (amounts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Money[] {amounts.stream().min(Comparator.naturalOrder()).get(),
        amounts.stream().max(Comparator.naturalOrder()).get()});
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
