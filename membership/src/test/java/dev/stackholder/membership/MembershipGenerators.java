package dev.stackholder.membership;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for membership types. Each builds its value from the generators it draws
 * on, so QuickTheories can shrink a failing example to a small one.
 */
final class MembershipGenerators {
  /** Currencies with 2, 0 and 3 minor digits, for revenues and rule sets. */
  static final List<CurrencyUnit> FOREIGN_CURRENCIES = List.of(CurrencyUnit.of("CNY"), CurrencyUnit.JPY,
      CurrencyUnit.EUR, CurrencyUnit.of("KWD"), CurrencyUnit.GBP);
  private static final List<String> UNICODE_WORDS = List.of("腾讯", "新浪", "Société Générale", "Ünïcödé",
      "Деловые", "عربي", "🙂 emoji", "\"quoted\" \\ back");
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private MembershipGenerators() {}

  /** Revenue in cents from zero to about USD 10^13. */
  static Gen<Money> usdRevenues() {
    return longs().between(0, 1_000_000_000_000_000L).map(cents -> Money.ofMinor(CurrencyUnit.USD, cents));
  }

  /** An amount of this currency from zero to {@code maxMajor} major units. */
  static Gen<Money> amounts(CurrencyUnit currency, long maxMajor) {
    long maxMinor = maxMajor * BigDecimal.TEN.pow(Math.max(0, currency.getDecimalPlaces())).longValueExact();
    return longs().between(0, maxMinor).map(minor -> Money.ofMinor(currency, minor));
  }

  /** One of {@link #FOREIGN_CURRENCIES}. */
  static Gen<CurrencyUnit> foreignCurrencies() {
    return arbitrary().pick(FOREIGN_CURRENCIES);
  }

  /** A positive exchange rate with 0 to 6 decimals, from 0.000001 to 1,000. */
  static Gen<BigDecimal> rates() {
    return decimals(1, 1_000, 6);
  }

  /** A percentage from 0 to 100 with 0 to 4 decimals, e.g. 0.025. */
  static Gen<BigDecimal> percents() {
    return decimals(0, 100, 4);
  }

  /** From {@code least} units of the last decimal to {@code most}, with 0 to {@code maxScale} decimals. */
  private static Gen<BigDecimal> decimals(long least, long most, int maxScale) {
    return in -> {
      int scale = integers().between(0, maxScale).generate(in);
      long unscaled = longs().between(least, most * BigDecimal.TEN.pow(scale).longValueExact()).generate(in);
      return BigDecimal.valueOf(unscaled, scale);
    };
  }

  /** Percent-of-revenue rules in {@code currency} with an optional minimum and maximum, min <= max. */
  static Gen<PercentOfRevenueDues> percentOfRevenueDues(CurrencyUnit currency) {
    return in -> {
      Money a = amounts(currency, 1_000_000).generate(in);
      Money b = amounts(currency, 1_000_000).generate(in);
      PercentOfRevenueDues.Builder rule = PercentOfRevenueDues.builder()
          .percent(percents().generate(in));
      if (booleans().all().generate(in)) {
        rule.minimum(a.isLessThan(b) ? a : b);
      }
      if (booleans().all().generate(in)) {
        rule.maximum(a.isLessThan(b) ? b : a);
      }
      return rule.build();
    };
  }

  /** Flat dues in {@code currency}. */
  static Gen<FlatDues> flatDues(CurrencyUnit currency) {
    return amounts(currency, 1_000_000).map(FlatDues::of);
  }

  /** Banded dues in {@code currency}, by revenue or employees, with 1 to 5 increasing bands. */
  static Gen<BandedDues> bandedDues(CurrencyUnit currency) {
    return in -> {
      DuesBasis basis = arbitrary().enumValues(DuesBasis.class).generate(in);
      int count = integers().between(1, 5).generate(in);
      BandedDues.Builder rule = BandedDues.builder().basis(basis);
      BigDecimal atLeast = BigDecimal.ZERO;
      for (int i = 0; i < count; i++) {
        DuesBand.Builder band = DuesBand.builder()
            .atLeast(atLeast)
            .amount(amounts(currency, 500_000).generate(in));
        labels().generate(in).ifPresent(band::label);
        rule.addBands(band.build());
        long step = longs().between(1, 1_000_000_000L).generate(in);
        atLeast = atLeast.add(basis == DuesBasis.EMPLOYEES
            ? BigDecimal.valueOf(step)
            : BigDecimal.valueOf(step, integers().between(0, 2).generate(in)));
      }
      return rule.build();
    };
  }

  /** Any of the four dues variants, in {@code currency}. */
  static Gen<DuesRule> duesRules(CurrencyUnit currency) {
    return in -> {
      switch (integers().between(0, 3).generate(in)) {
        case 0:
          return flatDues(currency).generate(in);
        case 1:
          return percentOfRevenueDues(currency).generate(in);
        case 2:
          return FreeDues.of();
        default:
          return bandedDues(currency).generate(in);
      }
    };
  }

  /** Text with unicode in it, never blank. */
  static Gen<String> texts() {
    return arbitrary().pick(UNICODE_WORDS).zip(strings().basicLatinAlphabet().ofLengthBetween(0, 12),
        (word, tail) -> word + tail);
  }

  private static Gen<Optional<String>> labels() {
    return texts().toOptionals(50);
  }

  /** Sources with unicode titles and optional dates, quotes and notes. */
  static Gen<Source> sources() {
    return in -> {
      Source.Builder source = Source.builder()
          .document(booleans().all().generate(in) ? "000_6cb65ebcd6c07861.txt"
              : "https://example.org/" + integers().between(0, 9999).generate(in))
          .title(texts().generate(in));
      if (booleans().all().generate(in)) {
        source.date(EPOCH.plusDays(integers().between(0, 10_000).generate(in)));
      }
      texts().toOptionals(50).generate(in).ifPresent(source::quote);
      texts().toOptionals(50).generate(in).ifPresent(source::note);
      return source.build();
    };
  }

  private static Gen<List<Source>> sourceLists() {
    return in -> {
      List<Source> sources = new ArrayList<>();
      int count = integers().between(0, 2).generate(in);
      for (int i = 0; i < count; i++) {
        sources.add(sources().generate(in));
      }
      return sources;
    };
  }

  /** Tiers {@code tier-0} ... with unicode names. */
  static Gen<List<Tier>> tierLists() {
    return in -> {
      List<Tier> tiers = new ArrayList<>();
      int count = integers().between(1, 5).generate(in);
      for (int i = 0; i < count; i++) {
        tiers.add(Tier.of("tier-" + i, texts().generate(in)));
      }
      return tiers;
    };
  }

  /** The rules of one tier, every optional part drawn at random. */
  static Gen<TierRule> tierRules(Tier tier, CurrencyUnit currency) {
    return in -> {
      TierRule.Builder rule = TierRule.builder()
          .tier(tier)
          .dues(duesRules(currency).generate(in))
          .unverified(booleans().all().generate(in))
          .addAllSources(sourceLists().generate(in));
      if (booleans().all().generate(in)) {
        rule.memberLimit(MemberLimit.of(integers().between(1, 100).generate(in), sources().generate(in)));
      }
      if (booleans().all().generate(in)) {
        rule.commitmentYears(integers().between(1, 5).generate(in));
      }
      BoardSeats board = arbitrary().enumValues(BoardSeats.class).generate(in);
      rule.board(board);
      if (board == BoardSeats.FIXED) {
        rule.electedDirectors(integers().between(0, 10).generate(in));
      }
      texts().toOptionals(70).generate(in).ifPresent(rule::note);
      return rule.build();
    };
  }

  /** A rule set over some of {@code tiers}, in force from {@code from}, optionally until a later date. */
  static Gen<RuleSet> ruleSets(String id, List<Tier> tiers, LocalDate from, Optional<LocalDate> until) {
    return in -> {
      CurrencyUnit currency = arbitrary().pick(List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY,
          CurrencyUnit.of("KWD"), CurrencyUnit.of("CNY"))).generate(in);
      RuleSet.Builder ruleSet = RuleSet.builder()
          .id(id)
          .name(texts().generate(in))
          .effectiveFrom(from)
          .effectiveUntil(until)
          .currency(currency)
          .rounding(arbitrary().pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN,
              RoundingMode.UP, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_DOWN)).generate(in))
          .proration(arbitrary().enumValues(Proration.class).generate(in))
          .addAllSources(sourceLists().generate(in));
      for (Tier tier : tiers) {
        if (booleans().all().generate(in)) {
          ruleSet.addTiers(tierRules(tier, currency).generate(in));
        }
      }
      if (booleans().all().generate(in)) {
        ruleSet.affiliationLimit(AffiliationLimit.of(integers().between(1, 5).generate(in), sources().generate(in)));
      }
      texts().toOptionals(50).generate(in).ifPresent(ruleSet::note);
      return ruleSet.build();
    };
  }

  /**
   * Foundations with 1 to 5 tiers and 1 to 4 rule sets in force one after the other (with gaps or
   * not); the last is open-ended or not.
   */
  static Gen<Foundation> foundations() {
    return in -> {
      List<Tier> tiers = tierLists().generate(in);
      Foundation.Builder foundation = Foundation.builder()
          .id("foundation-" + integers().between(0, 99).generate(in))
          .name(texts().generate(in))
          .addAllTiers(tiers)
          .addAllSources(sourceLists().generate(in));
      int count = integers().between(1, 4).generate(in);
      LocalDate from = EPOCH.plusDays(integers().between(0, 5_000).generate(in));
      for (int i = 0; i < count; i++) {
        LocalDate until = from.plusDays(integers().between(1, 3_000).generate(in));
        boolean last = i == count - 1;
        Optional<LocalDate> end = last && booleans().all().generate(in) ? Optional.empty() : Optional.of(until);
        foundation.addRuleSets(ruleSets("rules-" + i, tiers, from, end).generate(in));
        from = until.plusDays(integers().between(0, 30).generate(in));
      }
      texts().toOptionals(50).generate(in).ifPresent(foundation::note);
      return foundation.build();
    };
  }

  /** Rates from each of {@link #FOREIGN_CURRENCIES} to USD. */
  static Gen<ExchangeRates> ratesToUsd() {
    return in -> {
      ExchangeRates rates = ExchangeRates.empty();
      for (CurrencyUnit currency : FOREIGN_CURRENCIES) {
        rates = rates.with(currency, CurrencyUnit.USD, rates().generate(in));
      }
      return rates;
    };
  }
}
