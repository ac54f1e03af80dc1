package dev.stackholder.adoption;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Sector;
import dev.stackholder.core.Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the adoption types: random but valid values, with unicode text,
 * decimals of several scales, optional fields present or absent and lists of 0 to 3 elements.
 */
// Public for the community tests; Gen in its signatures is not exported by any module, which is
// fine for tests.
@SuppressWarnings("exports")
public final class AdoptionGenerators {
  private static final Gen<String> TEXT_TAIL =
      strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(0, 12);
  private static final Gen<Integer> SMALL = integers().between(0, 3);
  private static final List<String> COUNTRIES = List.of("CN", "JP", "US", "HK", "CH");
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(CurrencyUnit.of("CNY"), CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.EUR);

  private AdoptionGenerators() {}

  /**
   * Non-blank text: a letter and up to 12 characters from the first part of the multilingual plane.
   */
  public static Gen<String> text() {
    return TEXT_TAIL.map(tail -> "x" + tail);
  }

  /** Lower-case slugs such as {@code "a-12-b"}. */
  public static Gen<String> slugs() {
    return in -> {
      StringBuilder slug = new StringBuilder();
      int parts = integers().between(1, 3).generate(in);
      for (int i = 0; i < parts; i++) {
        slug.append(i == 0 ? "" : "-")
            .append(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 5).generate(in));
      }
      return slug.toString();
    };
  }

  /** Present about two times in three. */
  public static <T> Optional<T> maybe(Gen<T> gen, RandomnessSource in) {
    return integers().between(0, 2).generate(in) == 0
        ? Optional.empty()
        : Optional.of(gen.generate(in));
  }

  /** Between {@code min} and 3 elements. */
  public static <T> ImmutableList<T> listOf(Gen<T> gen, int min, RandomnessSource in) {
    int size = Math.max(min, SMALL.generate(in));
    ImmutableList.Builder<T> list = ImmutableList.builder();
    for (int i = 0; i < size; i++) {
      list.add(gen.generate(in));
    }
    return list.build();
  }

  /** Dates from 1970 to about 2052. */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 30_000).map(LocalDate::ofEpochDay);
  }

  /** Sources with every optional part sometimes present. */
  public static Gen<Source> sources() {
    return in ->
        Source.builder()
            .document(text().generate(in))
            .title(text().generate(in))
            .date(maybe(dates(), in))
            .quote(maybe(text(), in))
            .note(maybe(text(), in))
            .build();
  }

  /** Organizations with optional country, sector and aliases. */
  public static Gen<Organization> organizations() {
    return in ->
        Organization.builder()
            .id(slugs().generate(in))
            .name(text().generate(in))
            .addAllAliases(listOf(text(), 0, in))
            .country(maybe(Generate.pick(COUNTRIES), in))
            .sector(maybe(Generate.enumValues(Sector.class), in))
            .build();
  }

  /** Counts of 0 to a trillion with any qualifier. */
  public static Gen<Count> counts() {
    return longs()
        .between(0, 1_000_000_000_000L)
        .zip(Generate.enumValues(Approximation.class), Count::of);
  }

  /** Percentages above 0 and at most 100 with 0 to 3 decimals. */
  public static Gen<BigDecimal> percents() {
    return in -> {
      int scale = integers().between(0, 3).generate(in);
      long max = 100 * (long) Math.pow(10, scale);
      return BigDecimal.valueOf(longs().between(1, max).generate(in), scale);
    };
  }

  /** Positive durations up to about three years, with nanoseconds. */
  public static Gen<Duration> durations() {
    return longs()
        .between(0, 100_000_000L)
        .zip(
            integers().between(0, 999_999_999),
            (seconds, nanos) -> Duration.ofSeconds(seconds, nanos))
        .assuming(d -> !d.isZero());
  }

  /** Positive amounts of money in CNY, USD, JPY or EUR. */
  public static Gen<Money> money() {
    return Generate.pick(CURRENCIES).zip(longs().between(1, 1_000_000_000_000L), Money::ofMinor);
  }

  /** Availabilities. */
  public static Gen<Availability> availabilities() {
    return percents().zip(Generate.enumValues(Approximation.class), Availability::of);
  }

  /** Statements of size. */
  public static Gen<Scale> scales() {
    return in ->
        Scale.builder()
            .count(counts().generate(in))
            .unit(Generate.enumValues(ScaleUnit.class).generate(in))
            .source(sources().generate(in))
            .note(maybe(text(), in))
            .build();
  }

  /** Deployments with every optional figure sometimes present. */
  public static Gen<Deployment> deployments() {
    return in ->
        Deployment.builder()
            .name(text().generate(in))
            .description(maybe(text(), in))
            .addAllScale(listOf(scales(), 0, in))
            .clusters(maybe(counts(), in))
            .dataCenters(maybe(counts(), in))
            .regions(maybe(counts(), in))
            .location(maybe(text(), in))
            .inProductionSince(maybe(integers().between(1990, 2040).map(Year::of), in))
            .availability(maybe(availabilities(), in))
            .usersServed(maybe(counts(), in))
            .addAllSources(listOf(sources(), 1, in))
            .addAllNotes(listOf(text(), 0, in))
            .build();
  }

  /** Outcomes of every variant. */
  public static Gen<Outcome> outcomes() {
    Gen<Outcome> costs =
        in ->
            CostReduction.builder()
                .category(text().generate(in))
                .percent(percents().generate(in))
                .addAllSources(listOf(sources(), 1, in))
                .build();
    Gen<Outcome> savings =
        in ->
            AnnualSaving.builder()
                .amount(money().generate(in))
                .approximation(Generate.enumValues(Approximation.class).generate(in))
                .addAllSources(listOf(sources(), 1, in))
                .build();
    Gen<Outcome> leadTimes =
        in ->
            LeadTime.builder()
                .activity(text().generate(in))
                .before(durations().generate(in))
                .after(durations().generate(in))
                .addAllSources(listOf(sources(), 1, in))
                .build();
    Gen<Outcome> users =
        in ->
            UsersServed.builder()
                .users(counts().generate(in))
                .qualifier(maybe(text(), in))
                .addAllSources(listOf(sources(), 1, in))
                .build();
    Gen<Outcome> awards =
        in ->
            Award.builder()
                .name(text().generate(in))
                .event(maybe(text(), in))
                .year(maybe(integers().between(1990, 2040).map(Year::of), in))
                .addAllSources(listOf(sources(), 1, in))
                .build();
    return Generate.oneOf(costs, savings, leadTimes, users, awards);
  }

  /** Case studies with deployments, outcomes of every variant, sources and notes. */
  public static Gen<CaseStudy> caseStudies() {
    return in ->
        CaseStudy.builder()
            .id(slugs().generate(in))
            .organization(organizations().generate(in))
            .title(text().generate(in))
            .summary(text().generate(in))
            .publishedDate(maybe(dates(), in))
            .addAllDeployments(listOf(deployments(), 0, in))
            .addAllOutcomes(listOf(outcomes(), 0, in))
            .addAllSources(listOf(sources(), 1, in))
            .addAllNotes(listOf(text(), 0, in))
            .build();
  }
}
