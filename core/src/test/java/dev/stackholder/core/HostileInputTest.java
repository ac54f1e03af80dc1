package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.HostileCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile corpus of core: the JSON types through every entry point (string, stream, file),
 * mutated from valid documents, and each limit of {@link Limits} with a test that fails without it.
 */
class HostileInputTest {
  @TempDir static Path temp;

  private static final Organization TENCENT =
      Organization.builder()
          .id("tencent")
          .name("Tencent")
          .addAliases("Tencent Holdings")
          .country("CN")
          .sector(Sector.values()[0])
          .website(URI.create("https://www.tencent.com"))
          .build();
  private static final Source SOURCE =
      Source.builder()
          .document("https://example.org/report.pdf")
          .title("Annual report")
          .date(LocalDate.of(2012, 9, 27))
          .quote("a quote")
          .note("a note")
          .build();
  private static final ExchangeRate RATE = ExchangeRate.parse("CNY/USD=0.1481");
  private static final Money MONEY = Money.of(CurrencyUnit.USD, new BigDecimal("200000.00"));

  @BeforeAll
  static void warmUp() {
    for (int i = 0; i < 50; i++) {
      StackholderJson.read(StackholderJson.write(TENCENT), Organization.class);
      StackholderJson.read(StackholderJson.write(SOURCE), Source.class);
    }
  }

  @AfterAll
  static void printFigures() {
    System.out.println("core " + HostileCorpus.summary());
  }

  @TestFactory
  Stream<DynamicTest> jsonTypes() {
    return Stream.of(
            mutate(TENCENT, Organization.class),
            mutate(SOURCE, Source.class),
            mutate(RATE, ExchangeRate.class),
            mutate(MONEY, Money.class))
        .flatMap(Function.identity());
  }

  private static <T> Stream<DynamicTest> mutate(T valid, Class<T> type) {
    String json = StackholderJson.write(valid);
    JsonNode written = HostileCorpus.tree(json);
    List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(json, 20));
    mutants.addAll(HostileCorpus.documentMutants(json));
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCorpus.Mutant mutant : mutants) {
      Function<T, Void> asWritten =
          value -> {
            if (value != null) {
              HostileCorpus.readAsWritten(
                  mutant, HostileCorpus.tree(StackholderJson.write(value)), written);
            }
            return null;
          };
      tests.add(
          dynamicTest(
              type.getSimpleName() + ": " + mutant,
              () -> {
                asWritten.apply(
                    judge(mutant.category(), () -> StackholderJson.read(mutant.text(), type)));
                asWritten.apply(
                    judge(
                        mutant.category(),
                        () ->
                            StackholderJson.read(
                                new ByteArrayInputStream(
                                    mutant.text().getBytes(StandardCharsets.UTF_8)),
                                type)));
                if (tests.size() % 4 == 0) {
                  Path file =
                      Files.write(
                          Files.createTempDirectory(temp, "case").resolve("value.json"),
                          mutant.text().getBytes(StandardCharsets.UTF_8));
                  asWritten.apply(judge(mutant.category(), () -> StackholderJson.read(file, type)));
                }
              }));
    }
    for (Object[] encoding : HostileCorpus.encodingMutants(json)) {
      tests.add(
          dynamicTest(
              type.getSimpleName() + " encoding: " + encoding[0],
              () -> {
                judge(
                    "bad encoding",
                    () ->
                        StackholderJson.read(new ByteArrayInputStream((byte[]) encoding[1]), type));
                Path file =
                    Files.write(
                        Files.createTempDirectory(temp, "case").resolve("value.json"),
                        (byte[]) encoding[1]);
                judge("bad encoding", () -> StackholderJson.read(file, type));
              }));
    }
    return tests.stream();
  }

  @Test
  void aNullDocumentIsNeverNull() {
    assertThatThrownBy(() -> StackholderJson.read("null", Organization.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: the document is null, expected Organization");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8)),
                    Source.class))
        .isExactlyInstanceOf(InvalidDataException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e999999999",
        "1e-999999999",
        "1e18",
        "1e-21",
        "1000000000000000000",
        "0.000000000000000000001"
      })
  void decimalsBeyondTheLimitsAreRefused(String number) {
    assertThat(Limits.isWithinLimits(new BigDecimal(number))).isFalse();
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"from\": \"CNY\", \"to\": \"USD\", \"rate\": " + number + "}",
                    ExchangeRate.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.rate: number ")
        .hasMessageContaining("beyond Stackholder's limits");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"amount\": \"" + number + "\", \"currency\": \"USD\"}", Money.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("limits");
    assertThatThrownBy(
            () -> ExchangeRate.of(CurrencyUnit.EUR, CurrencyUnit.USD, new BigDecimal(number)))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("limits");
  }

  @Test
  void theLargestPlausibleFiguresAreWithinTheLimits() {
    assertThat(Limits.isWithinLimits(new BigDecimal("999999999999999999.99"))).isTrue();
    assertThat(Limits.isWithinLimits(new BigDecimal("0.00000000000000000001"))).isTrue();
    assertThat(
            StackholderJson.read(
                    "{\"amount\": \"999999999999999999.99\", \"currency\": \"USD\"}", Money.class)
                .getAmount())
        .isEqualByComparingTo("999999999999999999.99");
  }

  @Test
  void checksTestBeforeTheyFormat() {
    BigDecimal huge = new BigDecimal("1e999999999");
    InvalidDataException.check(true, "never formatted %s", huge);
    assertThatThrownBy(() -> InvalidDataException.check(false, "value %s", huge))
        .hasMessage("value 1E+999999999");
    assertThat(Limits.describe(new BigDecimal(new java.math.BigInteger("9".repeat(5_000)))))
        .isEqualTo("(a decimal of 5000 digits, scale 0)");
    assertThatThrownBy(() -> InvalidDataException.check(false, "name %s", "n".repeat(100_000)))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void moneyTextIsBoundedBeforeItIsMatched() {
    String million = "USD " + "9".repeat(1_000_000);
    assertThatThrownBy(() -> MoneyText.parse(million))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("longer than the 64 characters");
    assertThatThrownBy(() -> MoneyText.parse("USD " + "9".repeat(19)))
        .isExactlyInstanceOf(InvalidDataException.class);
    assertThat(MoneyText.parse("USD " + "9".repeat(18)).getAmount())
        .isEqualByComparingTo("9".repeat(18));
    assertThat(MoneyText.parse("USD 999,999,999,999,999,999.99").getAmount())
        .isEqualByComparingTo("999999999999999999.99");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2012",
        "[2012,9,27]",
        "\"2012-09-27T10:15:30\"",
        "\"2012-9-27\"",
        "\"+102012-09-27\"",
        "\"0999-01-01\"",
        "\"2012-02-30\"",
        "true",
        "{}",
        "\"\""
      })
  void datesOnlyFromTheirIsoStrings(String date) {
    assertThatThrownBy(() -> StackholderJson.read(date, LocalDate.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013", "\"2013-01\"", "\"13\"", "\"+12013\"", "[2013]", "\"0999\""})
  void yearsOnlyFromTheirIsoStrings(String year) {
    assertThatThrownBy(() -> StackholderJson.read(year, Year.class))
        .isExactlyInstanceOf(InvalidDataException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "86400",
        "86400.5",
        "\"1 day\"",
        "\"P\"",
        "\"PT\"",
        "\"P99999999999999999D\"",
        "[1]",
        "\"P1Y\""
      })
  void durationsOnlyFromTheirIsoStrings(String duration) {
    assertThatThrownBy(() -> StackholderJson.read(duration, Duration.class))
        .isExactlyInstanceOf(InvalidDataException.class);
  }

  @Test
  void validTimesStillRead() {
    assertThat(StackholderJson.read("\"2012-09-27\"", LocalDate.class))
        .isEqualTo(LocalDate.of(2012, 9, 27));
    assertThat(StackholderJson.read("\"2013\"", Year.class)).isEqualTo(Year.of(2013));
    assertThat(StackholderJson.read("\"P14D\"", Duration.class)).isEqualTo(Duration.ofDays(14));
    assertThat(StackholderJson.read("\"PT30M\"", Duration.class)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void streamLimitsAreApplied() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "\"" + "x".repeat(Limits.MAX_STRING_LENGTH + 1) + "\"", String.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("String value length");
    assertThatThrownBy(
            () -> StackholderJson.read("[".repeat(Limits.MAX_NESTING_DEPTH + 1), Object.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(
            () ->
                StackholderJson.read("1" + "0".repeat(Limits.MAX_NUMBER_LENGTH), BigDecimal.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Number value length");
    assertThatThrownBy(
            () -> StackholderJson.read(" ".repeat(Limits.MAX_DOCUMENT_LENGTH) + "1", Integer.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    new ByteArrayInputStream(new byte[Limits.MAX_DOCUMENT_LENGTH + 1]),
                    Integer.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("larger than the limit");
  }

  @Test
  void filesThatAreNotDocumentsAreNamedAsSuch() throws IOException {
    assertThatThrownBy(() -> StackholderJson.read(temp, Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(temp + ": JSON file is a directory, expected a file");
    assertThatThrownBy(() -> StackholderJson.read(Path.of(""), Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("empty");
    Path loop = temp.resolve("loop.json");
    Files.createSymbolicLink(loop, loop);
    assertThatThrownBy(() -> StackholderJson.read(loop, Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(loop + ": JSON file is a symbolic link that cannot be followed");
    assertThatThrownBy(() -> StackholderJson.read(temp.resolve("missing.json"), Source.class))
        .isExactlyInstanceOf(NotFoundException.class);
    Path latin1 =
        Files.write(
            temp.resolve("latin1.json"),
            "{\"document\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> StackholderJson.read(latin1, Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(latin1 + ":1: ");
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      assertThatThrownBy(() -> StackholderJson.read(zero, Source.class))
          .isExactlyInstanceOf(InvalidDataException.class)
          .hasMessageContaining("larger than the limit");
    }
  }

  @Test
  void anUnreadableFileIsNamed() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.json"), "{}");
    assumeTrue(
        secret.toFile().setReadable(false, false) && !Files.isReadable(secret), "running as root");
    assertThatThrownBy(() -> StackholderJson.read(secret, Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(secret + ": JSON file cannot be read: permission denied");
  }

  @Test
  void documentsSplitLinesWithinTheLimit() {
    assertThat(dev.stackholder.core.internal.Documents.lines("a\r\nb\rc\n", "t"))
        .containsExactly("a", "b", "c");
    assertThatThrownBy(
            () ->
                dev.stackholder.core.internal.Documents.lines(
                    "ok\n" + "x".repeat(Limits.MAX_LINE_LENGTH + 1), "t"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("t:2: line of 10001 characters");
    assertThatThrownBy(
            () ->
                dev.stackholder.core.internal.Documents.utf8(
                    new byte[] {'a', '\n', (byte) 0xE9}, "t"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("t:2: byte 0xE9 is not UTF-8");
    assertThat(HostileCorpus.abbreviate("x")).isEqualTo("x");
  }

  /** {@link HostileCorpus#judge} with this library's refusal, the {@link InvalidDataException}. */
  private static <T> T judge(String category, Supplier<T> reader) {
    return HostileCorpus.judge(InvalidDataException.class, category, reader);
  }
}
