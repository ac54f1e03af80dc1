package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.compare.FeeComparison;
import dev.stackholder.membership.roster.Observation;
import dev.stackholder.membership.roster.Roster;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * API hygiene of membership: no public method accepts null, value types are equal by value, the
 * public JSON types of the newer model (observations, prerequisites, by-kind dues) round-trip
 * through JSON for 10,000 generated values each, and 8 threads sharing the built-in roster, the fee
 * comparison and the quotes get exactly what one thread gets.
 */
class ApiHygieneTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final ExchangeRates RATES =
      ExchangeRates.of(
          List.of(ExchangeRate.parse("EUR/USD=1.08"), ExchangeRate.parse("USD/EUR=0.93")));
  private static final Source SOURCE =
      Source.builder().document("https://example.org/a").title("A").build();
  private static final Organization ORG = Organization.of("acme", "Acme");
  private static final Declaration DECLARATION =
      Declaration.builder()
          .annualRevenue(Money.parse("USD 5000000000"))
          .employees(20000)
          .kind(OrganizationKind.COMMERCIAL)
          .build();

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, DAY)
        .setDefault(Year.class, Year.of(2026))
        .setDefault(String.class, "openstack")
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .setDefault(Money.class, Money.parse("USD 1000"))
        .setDefault(ExchangeRates.class, RATES)
        .setDefault(Organization.class, ORG)
        .setDefault(Source.class, SOURCE)
        .setDefault(Tier.class, OpenStackFoundation.GOLD)
        .setDefault(Foundation.class, OpenStackFoundation.foundation())
        .setDefault(Declaration.class, DECLARATION)
        .setDefault(DuesRule.class, FlatDues.of(Money.parse("USD 1000")))
        .setDefault(OrganizationKind.class, OrganizationKind.COMMERCIAL);
  }

  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Observation.class,
            Prerequisite.class,
            ByKindDues.class,
            KindPrice.class,
            FeeComparison.class,
            Foundations.class,
            OpenStackFoundation.class,
            Roster.class,
            Declaration.class,
            FlatDues.class,
            Tier.class,
            OrganizationKind.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(OpenStackFoundation.roster());
    tester.testAllPublicInstanceMethods(OpenStackFoundation.evidence().get(0));
    tester.testAllPublicInstanceMethods(
        FeeComparison.of(DECLARATION, DAY, CurrencyUnit.EUR, RATES));
    tester.testAllPublicInstanceMethods(Prerequisite.of("linux-foundation", "silver"));
    for (Foundation foundation : Foundations.builtIn()) {
      tester.testAllPublicInstanceMethods(foundation);
    }
  }

  @Test
  void valueTypesAreEqualByValue() {
    Observation observation = OpenStackFoundation.evidence().get(0);
    KindPrice commercial =
        KindPrice.of(Set.of(OrganizationKind.COMMERCIAL), FlatDues.of(Money.parse("USD 1000")));
    KindPrice academic =
        KindPrice.of(Set.of(OrganizationKind.ACADEMIC), FlatDues.of(Money.parse("USD 500")));
    new EqualsTester()
        .addEqualityGroup(observation, Observation.builder().from(observation).build())
        .addEqualityGroup(
            Observation.builder().from(observation).date(observation.date().minusDays(1)).build())
        .addEqualityGroup(
            Prerequisite.of("linux-foundation", "silver"),
            Prerequisite.of("linux-foundation", "silver"))
        .addEqualityGroup(Prerequisite.of("linux-foundation", "gold"))
        .addEqualityGroup(
            commercial,
            KindPrice.of(
                Set.of(OrganizationKind.COMMERCIAL), FlatDues.of(Money.parse("USD 1000.00"))))
        .addEqualityGroup(academic)
        .addEqualityGroup(
            ByKindDues.of(List.of(commercial, academic)),
            ByKindDues.of(List.of(commercial, academic)))
        .addEqualityGroup(ByKindDues.of(List.of(commercial)))
        .addEqualityGroup(DECLARATION, Declaration.builder().from(DECLARATION).build())
        .addEqualityGroup(Declaration.ofEmployees(3))
        .testEquals();
    for (Foundation foundation : Foundations.builtIn()) {
      new EqualsTester()
          .addEqualityGroup(
              foundation, StackholderJson.read(StackholderJson.write(foundation), Foundation.class))
          .testEquals();
    }
  }

  // ---- round trips ------------------------------------------------------------------------------

  private static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(9999, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private static Gen<LocalDate> dates() {
    return integers().between(0, DAYS).map(day -> FIRST.plusDays(day));
  }

  // Names a round trip must survive: scripts, accents, emoji, quotes and back-slashes (JSON
  // escapes).
  private static final List<String> WORDS =
      List.of(
          "腾讯",
          "新浪",
          "Société Générale",
          "Ünïcödé",
          "Деловые",
          "عربي",
          "🙂 emoji",
          "\"quoted\" \\ back");

  private static Gen<String> texts() {
    return arbitrary()
        .pick(WORDS)
        .zip(strings().basicLatinAlphabet().ofLengthBetween(0, 12), (word, tail) -> word + tail);
  }

  private static Gen<Source> sources() {
    return in -> {
      Source.Builder source =
          Source.builder()
              .document("https://example.org/" + integers().between(0, 9999).generate(in))
              .title(texts().generate(in));
      if (booleans().all().generate(in)) {
        source.date(dates().generate(in));
      }
      texts().toOptionals(50).generate(in).ifPresent(source::note);
      return source.build();
    };
  }

  /** Flat USD dues up to a million dollars. */
  private static Gen<FlatDues> flatDues() {
    return longs()
        .between(0, 100_000_000L)
        .map(cents -> FlatDues.of(Money.ofMinor(CurrencyUnit.USD, cents)));
  }

  private static Gen<Observation> observations() {
    return in -> {
      Observation.Builder observation =
          Observation.builder()
              .organization(
                  Organization.of(
                      "org-" + integers().between(0, 999).generate(in), texts().generate(in)))
              .tier(Tier.of("tier-" + integers().between(0, 9).generate(in), texts().generate(in)))
              .kind(arbitrary().enumValues(Observation.Kind.class).generate(in))
              .scope(arbitrary().enumValues(Observation.Scope.class).generate(in))
              .precision(arbitrary().enumValues(Observation.Precision.class).generate(in))
              .date(dates().generate(in))
              .source(sources().generate(in));
      texts().toOptionals(50).generate(in).ifPresent(observation::note);
      return observation.build();
    };
  }

  private static Gen<Prerequisite> prerequisites() {
    return in -> {
      Prerequisite.Builder prerequisite =
          Prerequisite.builder()
              .foundation("foundation-" + integers().between(0, 99).generate(in))
              .tier("tier-" + integers().between(0, 9).generate(in));
      for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
        prerequisite.addAppliesTo("tier-" + integers().between(0, 9).generate(in));
      }
      for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
        prerequisite.addSources(sources().generate(in));
      }
      texts().toOptionals(50).generate(in).ifPresent(prerequisite::note);
      return prerequisite.build();
    };
  }

  /** By-kind dues over disjoint kind sets, each priced by a generated rule (scale kept). */
  private static Gen<ByKindDues> byKindDues() {
    return in -> {
      List<OrganizationKind> kinds = new ArrayList<>(List.of(OrganizationKind.values()));
      java.util.Collections.shuffle(kinds, new java.util.Random(integers().all().generate(in)));
      List<KindPrice> prices = new ArrayList<>();
      int groups = integers().between(1, Math.min(3, kinds.size())).generate(in);
      for (int g = 0; g < groups; g++) {
        prices.add(KindPrice.of(Set.of(kinds.get(g)), flatDues().generate(in)));
      }
      return ByKindDues.of(prices);
    };
  }

  private static <T> void roundTrips(Gen<T> values, Class<? super T> type) {
    qt().withExamples(10_000)
        .forAll(values)
        .checkAssert(
            value -> {
              String json = StackholderJson.write(value);
              Object read = StackholderJson.read(json, type);
              assertThat(read).isEqualTo(value);
              assertThat(StackholderJson.write(read)).isEqualTo(json);
            });
  }

  @Test
  void observationsRoundTrip() {
    roundTrips(observations(), Observation.class);
  }

  @Test
  void prerequisitesRoundTrip() {
    roundTrips(prerequisites(), Prerequisite.class);
  }

  @Test
  void byKindDuesRoundTripWithTheirScale() {
    qt().withExamples(10_000)
        .forAll(byKindDues())
        .checkAssert(
            dues -> {
              String json = StackholderJson.write(dues);
              DuesRule read = StackholderJson.read(json, DuesRule.class);
              assertThat(read).isEqualTo(dues);
              assertThat(StackholderJson.write(read)).isEqualTo(json);
              FlatDues first = (FlatDues) ((ByKindDues) read).prices().get(0).dues();
              assertThat(first.amount().getAmount().scale())
                  .isEqualTo(((FlatDues) dues.prices().get(0).dues()).amount().getAmount().scale());
            });
  }

  // ---- concurrency ------------------------------------------------------------------------------

  private static List<String> work(int seed) {
    List<String> results = new ArrayList<>();
    Roster roster = OpenStackFoundation.roster();
    for (int i = 0; i < 200; i++) {
      LocalDate day = LocalDate.of(2012, 7, 1).plusDays((seed * 37L + i * 53L) % 5000);
      results.add(roster.answerOn(day).toString());
      Declaration declaration =
          Declaration.builder()
              .annualRevenue(Money.of(CurrencyUnit.USD, BigDecimal.valueOf(1_000_000L * (i + 1))))
              .employees(10 * i + 1)
              .kind(OrganizationKind.values()[i % OrganizationKind.values().length])
              .build();
      if (i % 20 == 0) {
        results.add(
            FeeComparison.of(declaration, day.plusYears(10), CurrencyUnit.EUR, RATES)
                .rows()
                .toString());
      }
      results.add(
          OpenStackFoundation.foundation()
              .findRuleSetOn(day)
              .map(
                  rules ->
                      rules.tiers().stream()
                          .map(
                              rule -> {
                                try {
                                  return rules.quote(rule.tier(), declaration, RATES).toString();
                                } catch (RuntimeException e) {
                                  return e.getClass().getSimpleName() + ": " + e.getMessage();
                                }
                              })
                          .toList()
                          .toString())
              .orElse("none"));
    }
    return results;
  }

  @Test
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    List<List<String>> alone = new ArrayList<>();
    for (int seed = 0; seed < 8; seed++) {
      alone.add(work(seed));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int seed = 0; seed < 8; seed++) {
        int s = seed;
        futures.add(pool.submit(() -> work(s)));
      }
      for (int seed = 0; seed < 8; seed++) {
        assertThat(futures.get(seed).get()).isEqualTo(alone.get(seed));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ImmutableList.copyOf(alone.get(0))).hasSize(410);
  }
}
