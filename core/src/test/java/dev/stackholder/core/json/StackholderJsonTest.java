package dev.stackholder.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackholderJsonTest {
  private static final Money GOLD_MAXIMUM = Money.parse("USD 200000.00");
  private static final String GOLD_MAXIMUM_JSON = "{\"amount\":\"200000.00\",\"currency\":\"USD\"}";
  private static final Source SOURCE =
      Source.builder()
          .document("000_6cb65ebcd6c07861.txt")
          .title("Chinese WeChat is powered by OpenStack")
          .date(LocalDate.of(2017, 11, 6))
          .build();
  private static final ExchangeRate CNY_USD =
      ExchangeRate.of(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("0.14810"));

  @Test
  void moneyIsAnObjectWithTheAmountAsAString() {
    assertThat(StackholderJson.write(GOLD_MAXIMUM)).isEqualTo(GOLD_MAXIMUM_JSON);
    assertThat(StackholderJson.write(Money.parse("JPY 1000")))
        .isEqualTo("{\"amount\":\"1000\",\"currency\":\"JPY\"}");
    assertThat(StackholderJson.write(Money.parse("KWD 1.5")))
        .isEqualTo("{\"amount\":\"1.500\",\"currency\":\"KWD\"}");
    assertThat(StackholderJson.read(GOLD_MAXIMUM_JSON, Money.class)).isEqualTo(GOLD_MAXIMUM);
  }

  @Test
  void moneyWithFewerDecimalsIsReadAtTheCurrencysScale() {
    assertThat(StackholderJson.read("{\"amount\":\"200000\",\"currency\":\"USD\"}", Money.class))
        .isEqualTo(GOLD_MAXIMUM);
    assertThat(StackholderJson.read("{\"currency\":\"USD\",\"amount\":\"1.500\"}", Money.class))
        .isEqualTo(Money.parse("USD 1.50"));
  }

  @Test
  void moneyWithMoreDecimalsThanTheCurrencyIsRejected() {
    assertThatThrownBy(
            () -> StackholderJson.read("{\"amount\":\"1.001\",\"currency\":\"USD\"}", Money.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: money amount '1.001' has more decimals than USD allows (2)");
  }

  @Test
  void moneyWithAnUnknownCurrencyIsRejected() {
    assertThatThrownBy(
            () -> StackholderJson.read("{\"amount\":\"5.00\",\"currency\":\"XYZ\"}", Money.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$.currency: unknown currency code 'XYZ', expected an ISO 4217 code such as \"USD\"");
  }

  @Test
  void moneyAmountAsANumberIsRejected() {
    assertThatThrownBy(
            () -> StackholderJson.read("{\"amount\":200000,\"currency\":\"USD\"}", Money.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$.amount: money amount must be a string such as \"200000.00\", found VALUE_NUMBER_INT");
  }

  @Test
  void moneyWithoutACurrencyIsRejected() {
    assertThatThrownBy(() -> StackholderJson.read("{\"amount\":\"200000\"}", Money.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$: money needs both \"amount\" and \"currency\", found amount 200000 and currency null");
  }

  @Test
  void datesAreIsoStrings() {
    assertThat(StackholderJson.write(LocalDate.of(2012, 8, 28))).isEqualTo("\"2012-08-28\"");
    assertThat(StackholderJson.write(SOURCE)).contains("\"date\":\"2017-11-06\"");
    assertThat(StackholderJson.read("\"2012-08-28\"", LocalDate.class))
        .isEqualTo(LocalDate.of(2012, 8, 28));
  }

  @Test
  void decimalsKeepTheirScaleInARoundTrip() {
    String json = StackholderJson.write(CNY_USD);
    assertThat(json).isEqualTo("{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":\"0.14810\"}");
    assertThat(StackholderJson.read(json, ExchangeRate.class).rate())
        .isEqualTo(new BigDecimal("0.14810"));
    assertThat(StackholderJson.read("0.10", BigDecimal.class)).isEqualTo(new BigDecimal("0.10"));
  }

  @Test
  void decimalsKeepTheirScaleThroughATreeAndAreNeverWrittenWithAnExponent() {
    // Jackson's trees strip trailing zeros by default: 10.0000 came back as 1E+1.
    assertThat(
            StackholderJson.write(StackholderJson.mapper().valueToTree(new BigDecimal("10.0000"))))
        .isEqualTo("10.0000");
    assertThat(
            StackholderJson.write(StackholderJson.mapper().valueToTree(new BigDecimal("0.0250"))))
        .isEqualTo("0.0250");
    assertThat(StackholderJson.write(new BigDecimal("1E+1"))).isEqualTo("10");
    assertThat(
            StackholderJson.read("[0.0250, 10.0000]", com.fasterxml.jackson.databind.JsonNode.class)
                .toString())
        .isEqualTo("[0.0250,10.0000]");
  }

  @Test
  void anExchangeRateIsAStringLikeMoneyAndAnOldNumberIsStillRead() {
    assertThat(
            StackholderJson.write(
                ExchangeRate.of(CurrencyUnit.of("CNY"), CurrencyUnit.USD, new BigDecimal("1E-7"))))
        .isEqualTo("{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":\"0.0000001\"}");
    assertThat(
            StackholderJson.read(
                "{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":0.14810}", ExchangeRate.class))
        .isEqualTo(CNY_USD);
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"from\":\"CNY\",\"to\":\"USD\",\"rate\":\"1e5\"}", ExchangeRate.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.rate: '1e5' is not a decimal");
  }

  @Test
  void roundingModesAreLowerCaseIdsAndTheJavaNameIsStillRead() {
    assertThat(StackholderJson.write(java.math.RoundingMode.HALF_UP)).isEqualTo("\"half-up\"");
    assertThat(StackholderJson.read("\"half-even\"", java.math.RoundingMode.class))
        .isEqualTo(java.math.RoundingMode.HALF_EVEN);
    assertThat(StackholderJson.read("\"HALF_UP\"", java.math.RoundingMode.class))
        .isEqualTo(java.math.RoundingMode.HALF_UP);
    assertThatThrownBy(() -> StackholderJson.read("\"nearest\"", java.math.RoundingMode.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("'nearest' is not a rounding mode");
  }

  @Test
  void unknownPropertiesAreIgnored() {
    String newer =
        "{\"document\":\"000_6cb65ebcd6c07861.txt\",\"title\":\"Chinese WeChat is powered by OpenStack\","
            + "\"date\":\"2017-11-06\",\"language\":\"en\",\"extra\":{\"pages\":[1,2]}}";
    assertThat(StackholderJson.read(newer, Source.class)).isEqualTo(SOURCE);
  }

  @Test
  void aStringWhereAnIntegerBelongsIsRejected() {
    assertThatThrownBy(() -> StackholderJson.read("[1,\"2\"]", int[].class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$[1]: Cannot coerce String value (\"2\") to element of `int[]`");
    assertThatThrownBy(() -> StackholderJson.read("\"12\"", Integer.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$: Cannot coerce String value (\"12\")");
  }

  @Test
  void aFloatWhereAnIntegerBelongsIsRejected() {
    assertThatThrownBy(() -> StackholderJson.read("1.5", Integer.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$: ");
  }

  @Test
  void aStringWhereADecimalBelongsIsRejected() {
    assertThatThrownBy(() -> StackholderJson.read("[\"0.1481\"]", BigDecimal[].class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$[0]: Cannot coerce String value (\"0.1481\")");
  }

  @Test
  void aNumberWhereAStringBelongsIsRejected() {
    assertThatThrownBy(
            () -> StackholderJson.read("{\"id\":\"tencent\",\"name\":5}", Organization.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$.name: Cannot coerce Integer value (5) to `java.lang.String` value");
  }

  @Test
  void anEmptyStringIsNotADate() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"document\":\"d\",\"title\":\"t\",\"date\":\"\"}", Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.date: ");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    assertThatThrownBy(
            () -> StackholderJson.read("{\"from\":\"CNY\",\"rate\":0.1481}", ExchangeRate.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: Cannot build ExchangeRate, some of required attributes are not set [to]");
  }

  @Test
  void aDuplicateKeyIsRejected() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"document\":\"a\",\"document\":\"b\",\"title\":\"t\"}", Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$")
        .hasMessageContaining("Duplicate field 'document'");
  }

  @Test
  void trailingTokensAreRejected() {
    assertThatThrownBy(() -> StackholderJson.read(GOLD_MAXIMUM_JSON + " {}", Money.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$: ");
  }

  @Test
  void theExceptionCarriesThePath() {
    assertThatThrownBy(() -> StackholderJson.read("[1,\"2\"]", int[].class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .satisfies(e -> assertThat(((InvalidDataException) e).location()).contains("$[1]"));
  }

  @Test
  void readsFromAStream() {
    ByteArrayInputStream in =
        new ByteArrayInputStream(GOLD_MAXIMUM_JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(StackholderJson.read(in, Money.class)).isEqualTo(GOLD_MAXIMUM);
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    new ByteArrayInputStream(
                        "{\"amount\":\"1.001\",\"currency\":\"USD\"}"
                            .getBytes(StandardCharsets.UTF_8)),
                    Money.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: money amount '1.001' has more decimals than USD allows (2)");
  }

  @Test
  void readingAFileNamesTheFileAndTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("source.json");
    Files.writeString(file, "{\n  \"document\": \"d\",\n  \"title\": 5\n}\n");
    assertThatThrownBy(() -> StackholderJson.read(file, Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            file + ":3: $.title: Cannot coerce Integer value (5) to `java.lang.String` value");
  }

  @Test
  void readingAGoodFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("source.json");
    Files.writeString(file, StackholderJson.writePretty(SOURCE));
    assertThat(StackholderJson.read(file, Source.class)).isEqualTo(SOURCE);
    assertThat(Files.readAllLines(file)).hasSizeGreaterThan(1);
  }

  @Test
  void readingAMissingFileNamesIt(@TempDir Path dir) {
    Path file = dir.resolve("missing.json");
    assertThatThrownBy(() -> StackholderJson.read(file, Source.class))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("JSON file " + file + " does not exist")
        .satisfies(e -> assertThat(((NotFoundException) e).id()).isEqualTo(file.toString()));
  }

  @Test
  void theModuleOnAFreshMapperWritesTheSameJson() throws Exception {
    ObjectMapper own = new ObjectMapper().registerModule(StackholderJson.module());
    for (Object value : List.of(GOLD_MAXIMUM, SOURCE, CNY_USD)) {
      assertThat(own.writeValueAsString(value))
          .as(value.toString())
          .isEqualTo(StackholderJson.write(value));
    }
    assertThat(own.readValue(StackholderJson.write(SOURCE), Source.class)).isEqualTo(SOURCE);
  }

  @Test
  void findAndRegisterModulesPicksTheModuleUp() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(StackholderModule.class.getName());
    assertThat(found.writeValueAsString(GOLD_MAXIMUM)).isEqualTo(GOLD_MAXIMUM_JSON);
    assertThat(found.writeValueAsString(SOURCE)).isEqualTo(StackholderJson.write(SOURCE));
  }

  @Test
  void theSharedMapperIsTheSameInstance() {
    assertThat(StackholderJson.mapper()).isSameAs(StackholderJson.mapper());
    assertThat(StackholderJson.module().getModuleName()).isEqualTo("stackholder-core");
  }

  @Test
  void absentOptionalsAreLeftOutNotWrittenAsNull() throws Exception {
    Source bare = Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack");
    String expected =
        "{\"document\":\"000_6cb65ebcd6c07861.txt\",\"title\":\"Chinese WeChat is powered by OpenStack\"}";
    assertThat(StackholderJson.write(bare)).isEqualTo(expected);
    assertThat(new ObjectMapper().registerModule(StackholderJson.module()).writeValueAsString(bare))
        .isEqualTo(expected);
    assertThat(StackholderJson.read(expected, Source.class)).isEqualTo(bare);
  }
}
