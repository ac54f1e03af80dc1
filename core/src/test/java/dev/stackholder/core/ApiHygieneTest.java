package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.core.json.StackholderModule;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * API hygiene of core: no public method accepts null, value types are equal by value, every public
 * JSON type survives 10,000 generated round trips (decimal scale, unicode and dates kept), and the
 * shared mapper and calculators give 8 threads the answers one thread gets.
 */
class ApiHygieneTest {
  static final int TRIES = 10_000;
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(
          CurrencyUnit.USD,
          CurrencyUnit.EUR,
          CurrencyUnit.JPY,
          CurrencyUnit.of("CNY"),
          CurrencyUnit.GBP,
          CurrencyUnit.of("BHD"));

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .setDefault(Money.class, Money.of(CurrencyUnit.USD, BigDecimal.ONE))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(LocalDate.class, LocalDate.of(2012, 9, 27))
        .setDefault(ExchangeRate.class, ExchangeRate.parse("CNY/USD=0.1481"))
        .setDefault(String.class, "text");
  }

  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ExchangeRate.class,
            ExchangeRates.class,
            MoneyText.class,
            Organization.class,
            Source.class,
            Sector.class,
            Limits.class,
            StackholderJson.class,
            NotFoundException.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(ExchangeRate.parse("CNY/USD=0.1481"));
    tester.testAllPublicInstanceMethods(
        ExchangeRates.empty().with(CurrencyUnit.EUR, CurrencyUnit.USD, BigDecimal.TEN));
    tester.testAllPublicInstanceMethods(Organization.of("red-hat", "Red Hat"));
    tester.testAllPublicInstanceMethods(Source.of("a.txt", "A"));
    tester.testAllPublicInstanceMethods(Organization.builder());
    tester.testAllPublicInstanceMethods(Source.builder());
    tester.testAllPublicInstanceMethods(new StackholderModule());
  }

  @Test
  void valueTypesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Organization.of("red-hat", "Red Hat"),
            Organization.builder().id("red-hat").name("Red Hat").build())
        .addEqualityGroup(Organization.of("red-hat", "Red Hat Inc."))
        .addEqualityGroup(
            Source.of("a.txt", "A"), Source.builder().document("a.txt").title("A").build())
        .addEqualityGroup(
            Source.builder().document("a.txt").title("A").date(LocalDate.of(2012, 9, 27)).build())
        .addEqualityGroup(
            ExchangeRate.parse("CNY/USD=0.1481"), ExchangeRate.parse(" cny/usd = 0.1481"))
        .addEqualityGroup(ExchangeRate.parse("CNY/USD=0.14810"))
        .addEqualityGroup(ExchangeRates.empty(), ExchangeRates.of(List.of()))
        .addEqualityGroup(
            ExchangeRates.empty().with(CurrencyUnit.EUR, CurrencyUnit.USD, BigDecimal.TEN))
        .testEquals();
  }

  /** Text with any code point (including astral and combining ones), not blank. */
  static Gen<String> text() {
    return SourceDSL.strings()
        .allPossible()
        .ofLengthBetween(1, 12)
        .map(s -> s.isBlank() ? "x" + s : s)
        .map(s -> Character.isSurrogate(s.charAt(s.length() - 1)) ? s + "x" : s);
  }

  static Gen<BigDecimal> decimals() {
    return SourceDSL.longs()
        .between(1, 999_999_999_999_999_999L)
        .zip(SourceDSL.integers().between(0, Limits.MAX_DECIMAL_SCALE), BigDecimal::valueOf);
  }

  static Gen<LocalDate> dates() {
    return SourceDSL.longs()
        .between(
            LocalDate.of(Limits.MIN_YEAR, 1, 1).toEpochDay(),
            LocalDate.of(Limits.MAX_YEAR, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static <T> void roundTrips(T value, Class<T> type) {
    T read = StackholderJson.read(StackholderJson.write(value), type);
    assertThat(read).isEqualTo(value);
    assertThat(StackholderJson.write(read)).isEqualTo(StackholderJson.write(value));
  }

  @Test
  void sourcesRoundTrip() {
    qt().withExamples(TRIES)
        .forAll(text(), text(), dates(), text())
        .checkAssert(
            (document, title, date, note) ->
                roundTrips(
                    Source.builder().document(document).title(title).date(date).note(note).build(),
                    Source.class));
  }

  @Test
  void organizationsRoundTrip() {
    Gen<String> ids = SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
    qt().withExamples(TRIES)
        .forAll(ids, text(), text(), Generate.enumValues(Sector.class))
        .checkAssert(
            (id, name, alias, sector) ->
                roundTrips(
                    Organization.builder()
                        .id(id)
                        .name(name)
                        .addAliases(alias)
                        .sector(sector)
                        .website(URI.create("https://example.org/" + id))
                        .build(),
                    Organization.class));
  }

  @Test
  void exchangeRatesAndMoneyRoundTripWithTheirScale() {
    Gen<CurrencyUnit> currencies = Generate.pick(CURRENCIES);
    qt().withExamples(TRIES)
        .forAll(currencies, currencies, decimals())
        .assuming((from, to, rate) -> !from.equals(to))
        .checkAssert(
            (from, to, rate) -> {
              ExchangeRate written = ExchangeRate.of(from, to, rate);
              roundTrips(written, ExchangeRate.class);
              assertThat(
                      StackholderJson.read(StackholderJson.write(written), ExchangeRate.class)
                          .rate()
                          .scale())
                  .isEqualTo(rate.scale());
            });
    qt().withExamples(TRIES)
        .forAll(currencies, SourceDSL.longs().between(-999_999_999_999_999L, 999_999_999_999_999L))
        .checkAssert((currency, minor) -> roundTrips(Money.ofMinor(currency, minor), Money.class));
  }

  @Test
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    ExchangeRates rates =
        ExchangeRates.empty()
            .with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.1481"))
            .with(CurrencyUnit.EUR, CurrencyUnit.USD, new BigDecimal("1.085"));
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      documents.add(
          StackholderJson.write(
              Source.builder()
                  .document("d" + i + ".txt")
                  .title("T\u00e9" + i)
                  .date(LocalDate.of(2000, 1, 1).plusDays(i))
                  .build()));
    }
    List<String> alone = work(documents, rates);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> work(documents, rates)));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> work(List<String> documents, ExchangeRates rates) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Source source = StackholderJson.read(documents.get(i), Source.class);
      Money amount =
          Money.ofMinor(CurrencyUnit.of(i % 2 == 0 ? "CNY" : "EUR"), 1_000_000L + i * 7919L);
      out.add(
          StackholderJson.write(source)
              + " "
              + MoneyText.format(rates.convert(amount, CurrencyUnit.USD))
              + " "
              + MoneyText.parse(MoneyText.format(amount)));
    }
    return out;
  }
}
