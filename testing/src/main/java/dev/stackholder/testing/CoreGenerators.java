package dev.stackholder.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Sector;
import dev.stackholder.core.Source;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;

/**
 * Generators of the core types: currencies, amounts and revenues as Joda-Money {@link Money},
 * exchange rates, dates, slugs, texts, {@link Organization}s and {@link Source}s.
 *
 * <p>A utility class: its generators are immutable and thread-safe.
 */
public final class CoreGenerators {
  /**
   * The currencies {@link #currencies()} draws from: with 2 (USD, EUR, GBP, CNY, CHF), 0 (JPY) and
   * 3 (KWD) minor digits, so that code which assumes cents meets the others.
   */
  public static final List<CurrencyUnit> CURRENCIES =
      List.of(
          CurrencyUnit.USD,
          CurrencyUnit.EUR,
          CurrencyUnit.GBP,
          CurrencyUnit.of("CNY"),
          CurrencyUnit.CHF,
          CurrencyUnit.JPY,
          CurrencyUnit.of("KWD"));

  /**
   * The largest revenue {@link #revenues(CurrencyUnit)} makes, in major units: 10^13, some ten
   * times the largest company revenue on record, and still exact in a {@code long} of minor units
   * for a currency with three minor digits.
   */
  public static final long MAX_REVENUE = 10_000_000_000_000L;

  // Names a test should survive: scripts, accents, emoji, quotes and back-slashes (JSON escapes).
  private static final List<String> WORDS =
      List.of(
          "Tencent",
          "腾讯",
          "新浪",
          "Société Générale",
          "Ünïcödé",
          "Деловые",
          "عربي",
          "🙂 emoji",
          "\"quoted\" \\ back",
          "Red Hat");
  private static final List<String> COUNTRIES =
      List.of("CN", "US", "DE", "FR", "JP", "GB", "IN", "BR");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2040, 12, 31);

  private CoreGenerators() {}

  /**
   * One of {@link #CURRENCIES}.
   *
   * @return a generator of currencies
   */
  public static Gen<CurrencyUnit> currencies() {
    return arbitrary().pick(CURRENCIES);
  }

  /**
   * An amount of {@code currency} from zero to {@code maxMajor} major units, in whole minor units
   * (cents for USD, yen for JPY).
   *
   * @param currency the currency of every amount
   * @param maxMajor the largest amount, in major units (dollars, yen)
   * @return a generator of amounts
   * @throws IllegalArgumentException if {@code maxMajor} is negative or too large for a {@code
   *     long} of minor units
   */
  public static Gen<Money> amounts(CurrencyUnit currency, long maxMajor) {
    Objects.requireNonNull(currency, "currency");
    if (maxMajor < 0) {
      throw new IllegalArgumentException("maxMajor is " + maxMajor + ", expected zero or more");
    }
    long maxMinor;
    try {
      maxMinor =
          BigDecimal.valueOf(maxMajor)
              .movePointRight(Math.max(0, currency.getDecimalPlaces()))
              .longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "maxMajor "
              + maxMajor
              + " "
              + currency.getCode()
              + " is too large for a long of minor units",
          e);
    }
    return longs().between(0, maxMinor).map(minor -> Money.ofMinor(currency, minor));
  }

  /**
   * An annual revenue in {@code currency}, from zero to {@link #MAX_REVENUE} major units.
   *
   * @param currency the currency of every revenue
   * @return a generator of revenues
   */
  public static Gen<Money> revenues(CurrencyUnit currency) {
    return amounts(currency, MAX_REVENUE);
  }

  /**
   * An annual revenue in one of {@link #CURRENCIES}, from zero to {@link #MAX_REVENUE} major units.
   *
   * @return a generator of revenues in several currencies
   */
  public static Gen<Money> revenues() {
    return currencies().flatMap(CoreGenerators::revenues);
  }

  /**
   * A positive rate from 0.000001 to 1,000 with 0 to 6 decimals, e.g. {@code 0.1481}.
   *
   * @return a generator of positive rates
   */
  public static Gen<BigDecimal> rates() {
    return decimals(1, 1_000, 6);
  }

  /**
   * A percentage from 0 to 100 with 0 to 4 decimals, e.g. {@code 0.025}.
   *
   * @return a generator of percentages
   */
  public static Gen<BigDecimal> percents() {
    return decimals(0, 100, 4);
  }

  /**
   * An exchange rate between two different currencies of {@link #CURRENCIES}.
   *
   * @return a generator of exchange rates
   */
  public static Gen<ExchangeRate> exchangeRates() {
    return in -> {
      CurrencyUnit from = currencies().generate(in);
      List<CurrencyUnit> others = new ArrayList<>(CURRENCIES);
      others.remove(from);
      CurrencyUnit to = arbitrary().pick(others).generate(in);
      return ExchangeRate.of(from, to, rates().generate(in));
    };
  }

  /**
   * Rates from every currency of {@link #CURRENCIES} but {@code target} to {@code target}, so that
   * any revenue of {@link #revenues()} converts to it.
   *
   * @param target the currency every rate converts to
   * @return a generator of rate sets
   */
  public static Gen<ExchangeRates> exchangeRatesTo(CurrencyUnit target) {
    Objects.requireNonNull(target, "target");
    return in -> {
      ExchangeRates rates = ExchangeRates.empty();
      for (CurrencyUnit currency : CURRENCIES) {
        if (!currency.equals(target)) {
          rates = rates.with(currency, target, rates().generate(in));
        }
      }
      return rates;
    };
  }

  /**
   * A day from {@code first} to {@code last}, both included.
   *
   * @param first the earliest day
   * @param last the latest day
   * @return a generator of days
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last);
    if (days < 0) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    return longs().between(0, days).map(first::plusDays);
  }

  /**
   * A day from 2000-01-01 to 2040-12-31.
   *
   * @return a generator of days
   */
  public static Gen<LocalDate> dates() {
    return dates(EARLIEST, LATEST);
  }

  /**
   * A lower-case slug such as {@code "red-hat"} or {@code "a1-b"}: one to three words joined by
   * '-'.
   *
   * @return a generator of slugs
   */
  public static Gen<String> slugs() {
    Gen<String> word =
        strings()
            .betweenCodePoints('a', 'z')
            .ofLengthBetween(1, 6)
            .zip(
                integers().between(0, 99),
                (letters, number) -> number < 50 ? letters : letters + number);
    return integers()
        .between(1, 3)
        .flatMap(
            count ->
                word.zip(
                    word,
                    word,
                    (a, b, c) -> {
                      String slug = a;
                      if (count > 1) {
                        slug += "-" + b;
                      }
                      if (count > 2) {
                        slug += "-" + c;
                      }
                      return slug;
                    }));
  }

  /**
   * A name that is never blank, often with non-Latin scripts, emoji, quotes or back-slashes in it.
   *
   * @return a generator of names and titles
   */
  public static Gen<String> texts() {
    return arbitrary()
        .pick(WORDS)
        .zip(strings().basicLatinAlphabet().ofLengthBetween(0, 12), (word, tail) -> word + tail);
  }

  /**
   * An organization with a slug id and a name from {@link #texts()}, and each optional part
   * (aliases, an ISO country code, a sector, a website) present or not.
   *
   * @return a generator of organizations
   */
  public static Gen<Organization> organizations() {
    return in -> {
      String id = slugs().generate(in);
      Organization.Builder organization = Organization.builder().id(id).name(texts().generate(in));
      int aliases = integers().between(0, 2).generate(in);
      for (int i = 0; i < aliases; i++) {
        organization.addAliases(texts().generate(in));
      }
      if (booleans().all().generate(in)) {
        organization.country(arbitrary().pick(COUNTRIES).generate(in));
      }
      if (booleans().all().generate(in)) {
        organization.sector(arbitrary().enumValues(Sector.class).generate(in));
      }
      if (booleans().all().generate(in)) {
        organization.website(URI.create("https://" + id + ".example.org/"));
      }
      return organization.build();
    };
  }

  /**
   * A source: a document (a seed-like file name or an {@code example.org} URL), a title from {@link
   * #texts()}, and a date, a quote and a note each present or not.
   *
   * @return a generator of sources
   */
  public static Gen<Source> sources() {
    return in -> {
      int number = integers().between(0, 9_999).generate(in);
      Source.Builder source =
          Source.builder()
              .document(
                  booleans().all().generate(in)
                      ? String.format(
                          Locale.ROOT, "%03d_%016x.txt", number % 1_000, (long) number * 7_919)
                      : "https://example.org/" + number)
              .title(texts().generate(in));
      if (booleans().all().generate(in)) {
        source.date(dates().generate(in));
      }
      if (booleans().all().generate(in)) {
        source.quote(texts().generate(in));
      }
      if (booleans().all().generate(in)) {
        source.note(texts().generate(in));
      }
      return source.build();
    };
  }

  /**
   * From {@code least} to {@code most} (in units of the last decimal), with 0 to {@code maxScale}
   * decimals.
   */
  private static Gen<BigDecimal> decimals(long least, long most, int maxScale) {
    return in -> {
      int scale = integers().between(0, maxScale).generate(in);
      long unscaled =
          longs().between(least, most * BigDecimal.TEN.pow(scale).longValueExact()).generate(in);
      return BigDecimal.valueOf(unscaled, scale);
    };
  }
}
