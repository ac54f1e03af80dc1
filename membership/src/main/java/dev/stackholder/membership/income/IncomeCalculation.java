package dev.stackholder.membership.income;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.internal.Rounding;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.StatedCharge;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.roster.LastSeen;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.Roster;
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
 * Works out an {@link IncomeReport}: the arithmetic behind {@link IncomeReport#forYear} and {@link
 * IncomeReport#forYearDeclared}, whose documentation describes the rules.
 */
final class IncomeCalculation {
  private static final Declaration NOTHING_DECLARED = Declaration.builder().build();

  private IncomeCalculation() {}

  /** One membership's part of the year before the once-a-year rule is applied. */
  private record Part(
      Membership membership,
      LocalDate from,
      LocalDate until,
      RuleSet ruleSet,
      Optional<DuesQuote> quote,
      Money least,
      Money most,
      String explanation,
      boolean split) {
    Part(
        Membership membership,
        LocalDate from,
        LocalDate until,
        RuleSet ruleSet,
        Optional<DuesQuote> quote,
        Money least,
        Money most,
        String explanation) {
      this(membership, from, until, ruleSet, quote, least, most, explanation, false);
    }
  }

  static IncomeReport compute(
      Roster roster,
      Year year,
      Map<String, Declaration> declarations,
      ExchangeRates rates,
      boolean skipUndeclared) {
    Foundation foundation = roster.foundation();
    LocalDate start = year.atDay(1);
    LocalDate end = year.plusYears(1).atDay(1);
    LocalDate rulesBegin =
        foundation.ruleSets().stream()
            .map(RuleSet::effectiveFrom)
            .min(Comparator.naturalOrder())
            .orElse(start);
    int daysInYear = year.length();
    List<Part> parts = new ArrayList<>();
    ImmutableList.Builder<String> undeclared = ImmutableList.builder();
    ImmutableList.Builder<String> uncertain = ImmutableList.builder();
    // Looked up once, not per member: the charges stated for the year (the first per member, as a
    // scan of the foundation's list finds it) and the quotes already made. A quote depends only on
    // the
    // rule set, the tier and the declaration, and most members of a tier declare the same (often
    // nothing), so one quote and one explanation serve them all.
    Map<String, StatedCharge> statedFor = new HashMap<>();
    for (StatedCharge charge : foundation.statedCharges()) {
      if (charge.year().equals(year)) {
        statedFor.putIfAbsent(charge.organizationId(), charge);
      }
    }
    Map<QuoteKey, Optional<DuesQuote>> quotes = new HashMap<>();
    RuleSet lastRuleSet = null;
    for (Membership membership : roster.memberships()) {
      LocalDate from = later(later(membership.from(), start), rulesBegin);
      LocalDate until = membership.until().map(u -> earlier(u, end)).orElse(end);
      if (!from.isBefore(until)) {
        continue;
      }
      String id = membership.organization().id();
      // Each day is charged under the rule set in force that day: a membership whose part of the
      // year
      // spans a change of rules (OpenStack's 2021) is charged by days under each, below.
      Optional<RuleSet> lastDay = foundation.findRuleSetOn(until.minusDays(1));
      if (lastDay.isPresent() && !lastDay.get().covers(from)) {
        chargeByRuleSet(
            foundation,
            membership,
            from,
            until,
            daysInYear,
            declarations,
            rates,
            statedFor,
            parts,
            uncertain);
        continue;
      }
      // Rule sets do not overlap, so the one that covered the last member's day covers this day if
      // it covers it at all.
      RuleSet ruleSet =
          lastRuleSet != null && lastRuleSet.covers(from)
              ? lastRuleSet
              : foundation.ruleSetOn(from);
      lastRuleSet = ruleSet;
      Optional<TierRule> rule = ruleSet.findRules(membership.tier());
      if (rule.isEmpty()) {
        uncertain.add(
            "'"
                + id
                + "' ("
                + membership.tier().name()
                + " from "
                + from
                + "): "
                + ruleSet.name()
                + " has no dues rule for "
                + membership.tier().name()
                + "; not charged");
        continue;
      }
      Declaration declaration = declarations.getOrDefault(id, NOTHING_DECLARED);
      Optional<String> missing = rule.get().dues().missingFigure(declaration);
      Optional<StatedCharge> stated = Optional.ofNullable(statedFor.get(id));
      Money least;
      Money most;
      Optional<DuesQuote> quote = Optional.empty();
      String explanation;
      if (stated.isPresent()) {
        least = stated.get().amount();
        most = least;
        explanation =
            "as stated by "
                + stated.get().source().title()
                + ": "
                + MoneyText.format(least)
                + stated.get().note().map(n -> " (" + n + ")").orElse("");
      } else if (missing.isPresent()) {
        String reason =
            "'"
                + id
                + "' ("
                + membership.tier().name()
                + " from "
                + from
                + ") declared no "
                + (missing.get().equals(Declaration.EMPLOYEES)
                    ? "number of employees"
                    : "annual revenue")
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
        explanation =
            "revenue not declared: "
                + rule.get().dues().describe()
                + " gives "
                + MoneyText.format(least)
                + " to "
                + MoneyText.format(most);
      } else {
        // get, then put: a lambda capturing the member would be allocated for every member.
        QuoteKey key = new QuoteKey(ruleSet, rule.get(), declaration);
        quote = quotes.get(key);
        if (quote == null) {
          quote = Optional.of(ruleSet.quote(membership.tier(), declaration, rates));
          quotes.put(key, quote);
        }
        DuesQuote q = quote.get();
        least = q.amount();
        most = least;
        explanation = q.explanation();
      }
      if (ruleSet.proration() == Proration.DAYS && stated.isEmpty()) {
        long days = ChronoUnit.DAYS.between(from, until);
        Money fullLeast = least;
        least = least.multipliedBy(days).dividedBy(daysInYear, ruleSet.rounding());
        most = most.multipliedBy(days).dividedBy(daysInYear, ruleSet.rounding());
        explanation =
            days == daysInYear
                ? "full year: " + MoneyText.format(least)
                : "prorated "
                    + days
                    + "/"
                    + daysInYear
                    + " days of "
                    + MoneyText.format(fullLeast)
                    + ", rounded "
                    + Rounding.describe(ruleSet.rounding(), fullLeast.getCurrencyUnit())
                    + ": "
                    + MoneyText.format(least)
                    + (most.isEqual(least) ? "" : " to " + MoneyText.format(most));
      }
      parts.add(new Part(membership, from, until, ruleSet, quote, least, most, explanation));
    }
    // Under FULL_YEAR a member pays once, at the highest of its tiers' dues: the line with the
    // highest
    // most (then least) is charged; a declaration can only narrow that maximum, never lower it.
    // One pass per organization's figures, so that a year of n members costs O(n), not O(n^2).
    Map<String, OrganizationLines> organizations = new HashMap<>();
    for (Part part : parts) {
      OrganizationLines org =
          organizations.computeIfAbsent(
              part.membership().organization().id(), k -> new OrganizationLines());
      org.parts++;
      if (part.ruleSet().proration() != Proration.FULL_YEAR || part.split()) {
        continue;
      }
      org.highestLeast =
          org.highestLeast == null || part.least().isGreaterThan(org.highestLeast)
              ? part.least()
              : org.highestLeast;
      Part a = org.charged;
      org.charged =
          a == null
                  || part.most().isGreaterThan(a.most())
                  || part.most().isEqual(a.most()) && part.least().isGreaterThan(a.least())
              ? part
              : a;
    }
    ImmutableList.Builder<IncomeLine> lines = ImmutableList.builderWithExpectedSize(parts.size());
    Map<String, Sum> byTierSums = new LinkedHashMap<>();
    Sum totalSum = new Sum();
    Sum totalUpToSum = new Sum();
    // Members charged by the same quote get the same sentence: made once, not once per member.
    Map<LineKey, String> fullYearText = new HashMap<>();
    for (Part part : parts) {
      OrganizationLines org = organizations.get(part.membership().organization().id());
      Money least = part.least();
      Money most = part.most();
      String explanation;
      if (part.ruleSet().proration() == Proration.DAYS || part.split()) {
        explanation = part.explanation();
      } else if (org.charged == part) {
        least = org.highestLeast;
        LineKey key = new LineKey(part.ruleSet(), part.explanation(), org.parts > 1);
        explanation = fullYearText.get(key);
        if (explanation == null) {
          explanation =
              "full year ("
                  + part.ruleSet().name()
                  + " charges any part of a year in full"
                  + (key.several ? ", once, at the highest of the member's tiers' dues" : "")
                  + "): "
                  + part.explanation();
          fullYearText.put(key, explanation);
        }
      } else {
        least = Money.zero(least.getCurrencyUnit());
        most = least;
        explanation =
            "charged once for "
                + year
                + " at the highest of its tiers' dues ("
                + org.charged.membership().tier().name()
                + ")";
      }
      lines.add(
          ImmutableIncomeLine.builder()
              .organization(part.membership().organization())
              .tier(part.membership().tier())
              .from(part.from())
              .until(part.until())
              .quote(part.quote())
              .charged(least)
              .chargedUpTo(most)
              .explanation(explanation)
              .build());
      byTierSums.computeIfAbsent(part.membership().tier().id(), k -> new Sum()).add(least);
      totalSum.add(least);
      totalUpToSum.add(most);
    }
    Map<String, Money> byTier = new LinkedHashMap<>();
    byTierSums.forEach((tier, sum) -> byTier.put(tier, sum.money()));
    Money total = totalSum.money();
    Money totalUpTo = totalUpToSum.money();
    CurrencyUnit currency = total != null ? total.getCurrencyUnit() : currencyOn(roster, start);
    if (totalUpTo == null) {
      totalUpTo = Money.zero(currency);
    }
    // Members last seen before or during the year whose status is unknown: their dues count only in
    // the most.
    Set<String> listedUncertain = new HashSet<>();
    for (LocalDate day : List.of(later(start, rulesBegin), end.minusDays(1))) {
      if (day.isBefore(start) || !day.isBefore(end)) {
        continue;
      }
      List<LastSeen> lastSeen = roster.answerOn(day).lastSeen();
      for (LastSeen seen : lastSeen) {
        String id = seen.organization().id();
        // Charged: it has a line, so an entry among the organizations.
        if (organizations.containsKey(id) || !listedUncertain.add(id)) {
          continue;
        }
        Optional<RuleSet> ruleSet = foundation.findRuleSetOn(day);
        Optional<TierRule> rule = ruleSet.flatMap(rs -> rs.findRules(seen.tier()));
        Optional<Money> upTo =
            rule.flatMap(
                r ->
                    r.dues()
                            .missingFigure(declarations.getOrDefault(id, NOTHING_DECLARED))
                            .isPresent()
                        ? range(r).map(range -> range[1])
                        : Optional.of(
                            ruleSet
                                .get()
                                .quote(
                                    seen.tier(),
                                    declarations.getOrDefault(id, NOTHING_DECLARED),
                                    rates)
                                .amount()));
        if (upTo.isPresent() && upTo.get().getCurrencyUnit().equals(totalUpTo.getCurrencyUnit())) {
          totalUpTo = totalUpTo.plus(upTo.get());
        }
        uncertain.add(
            "'"
                + id
                + "': "
                + seen
                + "; status in "
                + year
                + " unknown"
                + upTo.map(m -> ", up to " + MoneyText.format(m) + " if still a member")
                    .orElse(", no dues figure"));
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

  /**
   * A membership whose part of the year spans rule sets: each rule set charges the days it was in
   * force, as that share of its annual dues (days / days in the year, rounded as the rule set
   * rounds), whatever its own proration, since no rule set charges a year it was not in force for.
   * A rule set with no dues for the tier (OpenInfra's of January to August 2021 confirm no Platinum
   * or Gold fee) charges between the fees in force before and after it, as a range, and says so. A
   * charge the foundation states for the year replaces all of it.
   */
  private static void chargeByRuleSet(
      Foundation foundation,
      Membership membership,
      LocalDate from,
      LocalDate until,
      int daysInYear,
      Map<String, Declaration> declarations,
      ExchangeRates rates,
      Map<String, StatedCharge> statedFor,
      List<Part> parts,
      ImmutableList.Builder<String> uncertain) {
    String id = membership.organization().id();
    Tier tier = membership.tier();
    StatedCharge stated = statedFor.get(id);
    if (stated != null) {
      parts.add(
          new Part(
              membership,
              from,
              until,
              foundation.ruleSetOn(from),
              Optional.empty(),
              stated.amount(),
              stated.amount(),
              "as stated by "
                  + stated.source().title()
                  + ": "
                  + MoneyText.format(stated.amount())
                  + stated.note().map(n -> " (" + n + ")").orElse("")));
      return;
    }
    Declaration declaration = declarations.getOrDefault(id, NOTHING_DECLARED);
    List<RuleSet> sets =
        foundation.ruleSets().stream()
            .filter(
                rs ->
                    rs.effectiveFrom().isBefore(until)
                        && rs.effectiveUntil().map(u -> u.isAfter(from)).orElse(true))
            .sorted(Comparator.comparing(RuleSet::effectiveFrom))
            .toList();
    for (int i = 0; i < sets.size(); i++) {
      RuleSet rs = sets.get(i);
      LocalDate pieceFrom = later(from, rs.effectiveFrom());
      LocalDate pieceUntil = rs.effectiveUntil().map(u -> earlier(u, until)).orElse(until);
      long days = ChronoUnit.DAYS.between(pieceFrom, pieceUntil);
      if (days <= 0) {
        continue;
      }
      Optional<Money[]> annual = annualRange(rs, tier, declaration, rates);
      String basis = rs.name();
      if (annual.isEmpty()) {
        Optional<Money[]> before =
            com.google.common.collect.Lists.reverse(sets.subList(0, i)).stream()
                .map(other -> annualRange(other, tier, declaration, rates))
                .flatMap(Optional::stream)
                .findFirst();
        Optional<Money[]> after =
            sets.subList(i + 1, sets.size()).stream()
                .map(other -> annualRange(other, tier, declaration, rates))
                .flatMap(Optional::stream)
                .findFirst();
        if (before.isEmpty() && after.isEmpty()) {
          uncertain.add(
              "'"
                  + id
                  + "' ("
                  + tier.name()
                  + " "
                  + pieceFrom
                  + " to "
                  + pieceUntil
                  + "): "
                  + rs.name()
                  + " has no dues rule for "
                  + tier.name()
                  + "; not charged");
          continue;
        }
        Money least = before.map(b -> b[0]).orElse(after.map(a -> a[0]).orElse(null));
        Money most = least;
        for (Optional<Money[]> side : List.of(before, after)) {
          if (side.isPresent()) {
            least = side.get()[0].isLessThan(least) ? side.get()[0] : least;
            most = side.get()[1].isGreaterThan(most) ? side.get()[1] : most;
          }
        }
        annual = Optional.of(new Money[] {least, most});
        basis =
            rs.name()
                + ", which confirms no "
                + tier.name()
                + " fee: between the fees before and after it";
        uncertain.add(
            "'"
                + id
                + "' ("
                + tier.name()
                + " "
                + pieceFrom
                + " to "
                + pieceUntil
                + "): "
                + rs.name()
                + " confirms no "
                + tier.name()
                + " fee; charged between the fees in force before and after it, "
                + MoneyText.format(least)
                + " to "
                + MoneyText.format(most)
                + " a year");
      }
      Money least = annual.get()[0].multipliedBy(days).dividedBy(daysInYear, rs.rounding());
      Money most = annual.get()[1].multipliedBy(days).dividedBy(daysInYear, rs.rounding());
      parts.add(
          new Part(
              membership,
              pieceFrom,
              pieceUntil,
              rs,
              Optional.empty(),
              least,
              most,
              days
                  + "/"
                  + daysInYear
                  + " days under "
                  + basis
                  + " (each day under the rule set in force that day), "
                  + "rounded "
                  + Rounding.describe(rs.rounding(), least.getCurrencyUnit())
                  + ": "
                  + MoneyText.format(least)
                  + (most.isEqual(least) ? "" : " to " + MoneyText.format(most)),
              true));
    }
  }

  /**
   * A tier's annual dues under a rule set: the quote, or the rule's range when a figure is
   * undeclared.
   */
  private static Optional<Money[]> annualRange(
      RuleSet ruleSet, Tier tier, Declaration declaration, ExchangeRates rates) {
    Optional<TierRule> rule = ruleSet.findRules(tier);
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    if (rule.get().dues().missingFigure(declaration).isPresent()) {
      return range(rule.get());
    }
    Money amount = ruleSet.quote(tier, declaration, rates).amount();
    return Optional.of(new Money[] {amount, amount});
  }

  /** One organization's lines in the year: how many, the one charged and the highest least. */
  private static final class OrganizationLines {
    private int parts;
    private Part charged;
    private Money highestLeast;
  }

  /**
   * A running sum of amounts in one currency, as adding the Money values would give (a different
   * currency fails the same way), without a new Money per line.
   */
  private static final class Sum {
    private Money first;
    private java.math.BigDecimal amount;

    void add(Money money) {
      if (first == null) {
        first = money;
        amount = money.getAmount();
      } else if (!money.getCurrencyUnit().equals(first.getCurrencyUnit())) {
        first.plus(money); // throws the currency mismatch adding them would
      } else {
        amount = amount.add(money.getAmount());
      }
    }

    /** {@return the sum, or null when nothing was added} */
    Money money() {
      return first == null ? null : Money.of(first.getCurrencyUnit(), amount);
    }
  }

  /**
   * The charged line's sentence depends on the rule set, the part's own sentence and whether there
   * are several.
   */
  private record LineKey(RuleSet ruleSet, String explanation, boolean several) {
    @Override
    public boolean equals(Object other) {
      return other instanceof LineKey key
          && key.ruleSet == ruleSet
          && key.explanation == explanation
          && key.several == several;
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(ruleSet) * 31 + System.identityHashCode(explanation)) * 2
          + (several ? 1 : 0);
    }
  }

  /**
   * What a quote depends on: the rule set and tier rule by identity (comparing them by value would
   * hash every rule they hold), the declaration by value.
   */
  private static final class QuoteKey {
    private final RuleSet ruleSet;
    private final TierRule rule;
    private final Declaration declaration;
    private final int hash;

    QuoteKey(RuleSet ruleSet, TierRule rule, Declaration declaration) {
      this.ruleSet = ruleSet;
      this.rule = rule;
      this.declaration = declaration;
      this.hash =
          (System.identityHashCode(ruleSet) * 31 + System.identityHashCode(rule)) * 31
              + declaration.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof QuoteKey key
          && key.ruleSet == ruleSet
          && key.rule == rule
          && key.declaration.equals(declaration);
    }

    @Override
    public int hashCode() {
      return hash;
    }
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
    return Optional.of(
        new Money[] {
          amounts.stream().min(Comparator.naturalOrder()).get(),
          amounts.stream().max(Comparator.naturalOrder()).get()
        });
  }

  private static CurrencyUnit currencyOn(Roster roster, LocalDate date) {
    return roster
        .foundation()
        .findRuleSetOn(date)
        .or(() -> roster.foundation().ruleSets().stream().findFirst())
        .map(RuleSet::currency)
        .orElse(CurrencyUnit.USD);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
