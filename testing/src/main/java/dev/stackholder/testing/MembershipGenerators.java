package dev.stackholder.testing;

import static dev.stackholder.testing.CoreGenerators.amounts;
import static dev.stackholder.testing.CoreGenerators.currencies;
import static dev.stackholder.testing.CoreGenerators.dates;
import static dev.stackholder.testing.CoreGenerators.percents;
import static dev.stackholder.testing.CoreGenerators.sources;
import static dev.stackholder.testing.CoreGenerators.texts;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.StackholderException;
import dev.stackholder.membership.AffiliationLimit;
import dev.stackholder.membership.BandedDues;
import dev.stackholder.membership.DuesBand;
import dev.stackholder.membership.DuesBasis;
import dev.stackholder.membership.DuesRule;
import dev.stackholder.membership.FlatDues;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.FreeDues;
import dev.stackholder.membership.MemberLimit;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.board.BoardSeats;
import dev.stackholder.membership.roster.Roster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of the membership types: {@link Tier}s, dues rules ({@link FlatDues}, {@link
 * PercentOfRevenueDues}, {@link FreeDues}, {@link BandedDues}), {@link RuleSet}s, {@link
 * Foundation}s and {@link Roster}s.
 *
 * <p>Two kinds of rule set: {@link #ruleSets(CurrencyUnit)} makes deliberately simple ones (the
 * library's defaults for rounding and proration, no member limits, board seats or affiliation
 * limits, dues that a revenue alone prices), so that a property about dues is not hidden behind
 * parts it does not depend on; {@link #foundations()} makes foundations whose rule sets draw every
 * optional part (rounding modes, proration, member and affiliation limits, board seats, banded
 * dues), for properties of the whole model such as a JSON round trip.
 *
 * <p>A utility class: its generators are immutable and thread-safe.
 */
public final class MembershipGenerators {
  /**
   * The largest flat amount and percent-of-revenue bound the dues generators make, in major units.
   */
  public static final long MAX_DUES = 1_000_000;

  // Every rounding mode a rule set may declare: UNNECESSARY would refuse most amounts.
  private static final List<RoundingMode> ROUNDINGS =
      List.of(
          RoundingMode.HALF_UP,
          RoundingMode.HALF_EVEN,
          RoundingMode.HALF_DOWN,
          RoundingMode.UP,
          RoundingMode.DOWN,
          RoundingMode.CEILING,
          RoundingMode.FLOOR);

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
   * From {@code least} to {@code most} tiers with distinct ids ({@code tier-0}, {@code tier-1},
   * ...) and names from {@link CoreGenerators#texts()}.
   *
   * @param least the fewest tiers
   * @param most the most tiers
   * @return a generator of tier lists (immutable)
   * @throws IllegalArgumentException unless {@code 0 <= least <= most}
   */
  public static Gen<List<Tier>> tierLists(int least, int most) {
    if (least < 0 || most < least) {
      throw new IllegalArgumentException(
          "tier counts " + least + ".." + most + ", expected 0 <= least <= most");
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
      PercentOfRevenueDues.Builder rule =
          PercentOfRevenueDues.builder().percent(percents().generate(in));
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
      RuleSet.Builder ruleSet =
          RuleSet.builder()
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
   * A rule set as {@link #ruleSets(CurrencyUnit)} makes, in one of {@link
   * CoreGenerators#CURRENCIES}.
   *
   * @return a generator of rule sets in several currencies
   */
  public static Gen<RuleSet> ruleSets() {
    return currencies().flatMap(MembershipGenerators::ruleSets);
  }

  /**
   * Banded dues in {@code currency}, by revenue or by employees, with 1 to 5 bands whose thresholds
   * rise from zero (revenue thresholds with 0 to 2 decimals) and whose amounts go up to 500,000
   * major units, each band labelled or not.
   *
   * @param currency the currency of the band amounts
   * @return a generator of banded dues
   */
  public static Gen<BandedDues> bandedDues(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return in -> {
      DuesBasis basis = arbitrary().enumValues(DuesBasis.class).generate(in);
      int count = integers().between(1, 5).generate(in);
      BandedDues.Builder rule = BandedDues.builder().basis(basis);
      BigDecimal atLeast = BigDecimal.ZERO;
      for (int i = 0; i < count; i++) {
        DuesBand.Builder band =
            DuesBand.builder().atLeast(atLeast).amount(amounts(currency, 500_000).generate(in));
        if (booleans().all().generate(in)) {
          band.label(texts().generate(in));
        }
        rule.addBands(band.build());
        long step = longs().between(1, 1_000_000_000L).generate(in);
        atLeast =
            atLeast.add(
                basis == DuesBasis.EMPLOYEES
                    ? BigDecimal.valueOf(step)
                    : BigDecimal.valueOf(step, integers().between(0, 2).generate(in)));
      }
      return rule.build();
    };
  }

  /**
   * The rules of one tier with every optional part drawn: dues of any of the four kinds in {@code
   * currency}, a member limit of 1 to 5 or none, a commitment of 1 to 5 years or none, any kind of
   * board seats (0 to 10 elected directors when fixed), unverified or not, 0 to 2 sources and a
   * note or none.
   *
   * @param tier the tier the rules are for
   * @param currency the currency of the dues
   * @return a generator of tier rules
   */
  public static Gen<TierRule> tierRules(Tier tier, CurrencyUnit currency) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(currency, "currency");
    Gen<DuesRule> dues =
        integers()
            .between(0, 3)
            .flatMap(
                kind ->
                    kind == 3
                        ? bandedDues(currency).map(DuesRule.class::cast)
                        : duesRules(currency));
    return in -> {
      TierRule.Builder rule =
          TierRule.builder()
              .tier(tier)
              .dues(dues.generate(in))
              .unverified(booleans().all().generate(in))
              .addAllSources(sourceLists().generate(in));
      if (booleans().all().generate(in)) {
        rule.memberLimit(
            MemberLimit.of(integers().between(1, 5).generate(in), sources().generate(in)));
      }
      if (booleans().all().generate(in)) {
        rule.commitmentYears(integers().between(1, 5).generate(in));
      }
      BoardSeats board = arbitrary().enumValues(BoardSeats.class).generate(in);
      rule.board(board);
      if (board == BoardSeats.FIXED) {
        rule.electedDirectors(integers().between(0, 10).generate(in));
      }
      if (booleans().all().generate(in)) {
        rule.note(texts().generate(in));
      }
      return rule.build();
    };
  }

  /**
   * A foundation of 1 to 5 tiers and 1 to 4 rule sets in force one after the other, with gaps of up
   * to 30 days between them or none, the last open-ended or not. Each rule set prices some of the
   * tiers with {@link #tierRules}, in one of {@link CoreGenerators#CURRENCIES}, with any rounding
   * mode but {@code UNNECESSARY}, either proration and an affiliation limit or none.
   *
   * @return a generator of foundations
   */
  public static Gen<Foundation> foundations() {
    return in -> {
      List<Tier> tiers = tierLists(1, 5).generate(in);
      Foundation.Builder foundation =
          Foundation.builder()
              .id(CoreGenerators.slugs().generate(in))
              .name(texts().generate(in))
              .addAllTiers(tiers)
              .addAllSources(sourceLists().generate(in));
      int count = integers().between(1, 4).generate(in);
      LocalDate from = dates(LocalDate.of(2000, 1, 1), LocalDate.of(2013, 12, 31)).generate(in);
      for (int i = 0; i < count; i++) {
        LocalDate until = from.plusDays(integers().between(1, 3_000).generate(in));
        RuleSet.Builder ruleSet = richRuleSet("rules-" + i, tiers, in).effectiveFrom(from);
        if (i < count - 1 || booleans().all().generate(in)) {
          ruleSet.effectiveUntil(until);
        }
        foundation.addRuleSets(ruleSet.build());
        from = until.plusDays(integers().between(0, 30).generate(in));
      }
      if (booleans().all().generate(in)) {
        foundation.note(texts().generate(in));
      }
      return foundation.build();
    };
  }

  /**
   * A roster of {@code foundation}: up to 40 events (admissions, tier changes and departures of
   * eight organizations {@code org-1} to {@code org-8}) at gaps of 0 to 200 days from {@code
   * first}, each cited to one generated source. An event the foundation's rules refuse (a full
   * tier, no rules in force, a change for an organization that is not a member) is skipped, as a
   * secretary would refuse it, so every generated roster is one the rules accept; rosters of a
   * foundation with small member limits reach them.
   *
   * @param foundation the foundation whose rules the events are applied under
   * @param first the day of the first event
   * @return a generator of rosters
   */
  public static Gen<Roster> rosters(Foundation foundation, LocalDate first) {
    Objects.requireNonNull(foundation, "foundation");
    Objects.requireNonNull(first, "first");
    List<Tier> tiers = foundation.tiers();
    return in -> {
      Source source = sources().generate(in);
      Roster roster = Roster.empty(foundation);
      LocalDate date = first;
      int events = integers().between(0, 40).generate(in);
      for (int i = 0; i < events; i++) {
        date = date.plusDays(integers().between(0, 200).generate(in));
        int organization = integers().between(1, 8).generate(in);
        Tier tier = tiers.get(integers().between(0, tiers.size() - 1).generate(in));
        try {
          switch (integers().between(0, 2).generate(in)) {
            case 0:
              roster =
                  roster.admit(
                      Organization.of("org-" + organization, "Org " + organization),
                      tier,
                      date,
                      source);
              break;
            case 1:
              roster = roster.changeTier("org-" + organization, tier, date, source);
              break;
            default:
              roster = roster.leave("org-" + organization, date, source);
          }
        } catch (StackholderException refused) {
          // A roster is immutable: the refused event left it as it was.
        }
      }
      return roster;
    };
  }

  /**
   * A roster as {@link #rosters(Foundation, LocalDate)} makes, starting on the day the foundation's
   * first rule set comes into force.
   *
   * @param foundation the foundation whose rules the events are applied under
   * @return a generator of rosters
   */
  public static Gen<Roster> rosters(Foundation foundation) {
    return rosters(foundation, foundation.ruleSets().get(0).effectiveFrom());
  }

  private static RuleSet.Builder richRuleSet(String id, List<Tier> tiers, RandomnessSource in) {
    CurrencyUnit currency = currencies().generate(in);
    RuleSet.Builder ruleSet =
        RuleSet.builder()
            .id(id)
            .name(texts().generate(in))
            .currency(currency)
            .rounding(arbitrary().pick(ROUNDINGS).generate(in))
            .proration(arbitrary().enumValues(Proration.class).generate(in))
            .addAllSources(sourceLists().generate(in));
    for (Tier tier : tiers) {
      if (booleans().all().generate(in)) {
        ruleSet.addTiers(tierRules(tier, currency).generate(in));
      }
    }
    if (booleans().all().generate(in)) {
      ruleSet.affiliationLimit(
          AffiliationLimit.of(integers().between(1, 5).generate(in), sources().generate(in)));
    }
    if (booleans().all().generate(in)) {
      ruleSet.note(texts().generate(in));
    }
    return ruleSet;
  }

  private static Gen<List<Source>> sourceLists() {
    return integers()
        .between(0, 2)
        .flatMap(
            count ->
                in -> {
                  List<Source> sources = new ArrayList<>(count);
                  for (int i = 0; i < count; i++) {
                    sources.add(sources().generate(in));
                  }
                  return List.copyOf(sources);
                });
  }
}
