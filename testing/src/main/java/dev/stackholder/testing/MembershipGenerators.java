package dev.stackholder.testing;

import static dev.stackholder.testing.CoreGenerators.amounts;
import static dev.stackholder.testing.CoreGenerators.currencies;
import static dev.stackholder.testing.CoreGenerators.dates;
import static dev.stackholder.testing.CoreGenerators.percents;
import static dev.stackholder.testing.CoreGenerators.sources;
import static dev.stackholder.testing.CoreGenerators.texts;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.stackholder.membership.DuesRule;
import dev.stackholder.membership.FlatDues;
import dev.stackholder.membership.FreeDues;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;

/**
 * Generators of the membership types: {@link Tier}s, dues rules ({@link FlatDues}, {@link
 * PercentOfRevenueDues}, {@link FreeDues}) and simple {@link RuleSet}s built from them.
 *
 * <p>The rule sets are deliberately simple: the library's defaults for rounding and proration, no
 * member limits, board seats or affiliation limits, so that a property about dues is not hidden
 * behind parts it does not depend on. Build richer ones with {@link RuleSet#builder()} and these
 * generators' parts.
 *
 * <p>A utility class: its generators are immutable and thread-safe.
 */
public final class MembershipGenerators {
  /** The largest flat amount and percent-of-revenue bound the dues generators make, in major units. */
  public static final long MAX_DUES = 1_000_000;

  private MembershipGenerators() {}

  /**
   * A tier with a slug id and a name from {@link CoreGenerators#texts()}.
   *
   * @return a generator of tiers
   */
  public static Gen<Tier> tiers() {
    return CoreGenerators.slugs().zip(texts(), Tier::of);
  }

  /**
   * From {@code least} to {@code most} tiers with distinct ids ({@code tier-0}, {@code tier-1}, ...)
   * and names from {@link CoreGenerators#texts()}.
   *
   * @param least the fewest tiers
   * @param most the most tiers
   * @return a generator of tier lists (immutable)
   * @throws IllegalArgumentException unless {@code 0 <= least <= most}
   */
  public static Gen<List<Tier>> tierLists(int least, int most) {
    if (least < 0 || most < least) {
      throw new IllegalArgumentException("tier counts " + least + ".." + most
          + ", expected 0 <= least <= most");
    }
    return in -> {
      int count = integers().between(least, most).generate(in);
      List<Tier> tiers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        tiers.add(Tier.of("tier-" + i, texts().generate(in)));
      }
      return List.copyOf(tiers);
    };
  }

  /**
   * Flat dues in {@code currency}, from zero to {@link #MAX_DUES} major units.
   *
   * @param currency the currency of the amount
   * @return a generator of flat dues
   */
  public static Gen<FlatDues> flatDues(CurrencyUnit currency) {
    return amounts(currency, MAX_DUES).map(FlatDues::of);
  }

  /**
   * Dues of a percentage (0 to 100, up to 4 decimals) of the declared revenue, with a minimum and a
   * maximum in {@code currency} each present or not, the minimum never above the maximum.
   *
   * @param currency the currency of the minimum and the maximum
   * @return a generator of percent-of-revenue dues
   */
  public static Gen<PercentOfRevenueDues> percentOfRevenueDues(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return in -> {
      Money a = amounts(currency, MAX_DUES).generate(in);
      Money b = amounts(currency, MAX_DUES).generate(in);
      PercentOfRevenueDues.Builder rule = PercentOfRevenueDues.builder().percent(percents().generate(in));
      if (booleans().all().generate(in)) {
        rule.minimum(a.isLessThan(b) ? a : b);
      }
      if (booleans().all().generate(in)) {
        rule.maximum(a.isLessThan(b) ? b : a);
      }
      return rule.build();
    };
  }

  /**
   * Flat, percent-of-revenue or free dues in {@code currency}, about a third of each.
   *
   * @param currency the currency of every amount in the rule
   * @return a generator of dues rules
   */
  public static Gen<DuesRule> duesRules(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return in -> {
      switch (integers().between(0, 2).generate(in)) {
        case 0:
          return flatDues(currency).generate(in);
        case 1:
          return percentOfRevenueDues(currency).generate(in);
        default:
          return FreeDues.of();
      }
    };
  }

  /**
   * A rule set in {@code currency} over 1 to 5 tiers ({@link #tierLists}), each with dues from
   * {@link #duesRules}; in force from a day of 2000 to 2040, open-ended or until a later day; with
   * 0 to 2 sources.
   *
   * @param currency the rule set's currency
   * @return a generator of rule sets
   */
  public static Gen<RuleSet> ruleSets(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return in -> {
      RuleSet.Builder ruleSet = RuleSet.builder()
          .id(CoreGenerators.slugs().generate(in))
          .name(texts().generate(in))
          .currency(currency);
      var from = dates().generate(in);
      ruleSet.effectiveFrom(from);
      if (booleans().all().generate(in)) {
        ruleSet.effectiveUntil(from.plusDays(integers().between(1, 3_650).generate(in)));
      }
      for (Tier tier : tierLists(1, 5).generate(in)) {
        ruleSet.addTiers(TierRule.of(tier, duesRules(currency).generate(in)));
      }
      int sources = integers().between(0, 2).generate(in);
      for (int i = 0; i < sources; i++) {
        ruleSet.addSources(sources().generate(in));
      }
      return ruleSet.build();
    };
  }

  /**
   * A rule set as {@link #ruleSets(CurrencyUnit)} makes, in one of {@link CoreGenerators#CURRENCIES}.
   *
   * @return a generator of rule sets in several currencies
   */
  public static Gen<RuleSet> ruleSets() {
    return currencies().flatMap(MembershipGenerators::ruleSets);
  }
}
