package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.HostileCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The hostile corpus of membership: the shipped foundation documents, mutated, through every JSON
 * entry point; each case refused with an InvalidDataException within the budget or read exactly as
 * written. And the value checks the corpus relies on: percent above 100, duplicate ids, blank
 * names.
 */
class HostileInputTest {
  @TempDir static Path temp;

  private static final List<String> DOCUMENTS =
      List.of(
          "openstack/foundation.json",
          "foundations/eclipse.json",
          "foundations/linux-foundation.json");

  @BeforeAll
  static void warmUp() {
    for (int i = 0; i < 20; i++) {
      DOCUMENTS.forEach(name -> StackholderJson.read(resource(name), Foundation.class));
    }
  }

  @AfterAll
  static void printFigures() {
    System.out.println("membership " + HostileCorpus.summary());
  }

  private static String resource(String name) {
    try (InputStream in = Foundation.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> foundations() {
    return DOCUMENTS.stream().flatMap(name -> mutate(name, resource(name)));
  }

  private static Stream<DynamicTest> mutate(String name, String document) {
    String json = StackholderJson.write(StackholderJson.read(document, Foundation.class));
    JsonNode written = HostileCorpus.tree(json);
    List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(json, 25));
    mutants.addAll(HostileCorpus.documentMutants(json));
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCorpus.Mutant mutant : mutants) {
      Function<Foundation, Void> asWritten =
          value -> {
            if (value != null) {
              HostileCorpus.readAsWritten(
                  mutant, HostileCorpus.tree(StackholderJson.write(value)), written);
            }
            return null;
          };
      tests.add(
          dynamicTest(
              name + ": " + mutant,
              () -> {
                asWritten.apply(
                    judge(
                        mutant.category(),
                        () -> StackholderJson.read(mutant.text(), Foundation.class)));
                asWritten.apply(
                    judge(
                        mutant.category(),
                        () ->
                            StackholderJson.read(
                                new ByteArrayInputStream(
                                    mutant.text().getBytes(StandardCharsets.UTF_8)),
                                Foundation.class)));
                if (tests.size() % 5 == 0) {
                  Path file =
                      Files.write(
                          Files.createTempDirectory(temp, "case").resolve("foundation.json"),
                          mutant.text().getBytes(StandardCharsets.UTF_8));
                  asWritten.apply(
                      judge(mutant.category(), () -> StackholderJson.read(file, Foundation.class)));
                }
              }));
    }
    for (Object[] encoding : HostileCorpus.encodingMutants(json)) {
      tests.add(
          dynamicTest(
              name + " encoding: " + encoding[0],
              () ->
                  judge(
                      "bad encoding",
                      () ->
                          StackholderJson.read(
                              new ByteArrayInputStream((byte[]) encoding[1]), Foundation.class))));
    }
    return tests.stream();
  }

  @Test
  void aPercentAboveOneHundredIsInvalid() {
    assertThatThrownBy(
            () -> PercentOfRevenueDues.builder().percent(new BigDecimal("100.01")).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Dues percent 100.01 is above 100, expected a percentage of revenue from 0 to 100");
    assertThat(PercentOfRevenueDues.builder().percent(new BigDecimal("100")).build().percent())
        .isEqualByComparingTo("100");
    assertThatThrownBy(
            () -> PercentOfRevenueDues.builder().percent(new BigDecimal("1e-999999999")).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("limits");
    assertThatThrownBy(
            () ->
                PercentOfRevenueDues.builder()
                    .percent(BigDecimal.ONE)
                    .minimum(Money.of(CurrencyUnit.USD, new BigDecimal("1e30")))
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("limits");
  }

  @Test
  void duplicateIdsAndBlankNamesAreInvalid() {
    Foundation valid = StackholderJson.read(resource("foundations/eclipse.json"), Foundation.class);
    assertThatThrownBy(
            () -> Foundation.builder().from(valid).addTiers(valid.tiers().get(0)).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("lists tier id '" + valid.tiers().get(0).id() + "' twice");
    assertThatThrownBy(
            () -> Foundation.builder().from(valid).addRuleSets(valid.ruleSets().get(0)).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("lists rule set id '" + valid.ruleSets().get(0).id() + "' twice");
    assertThatThrownBy(() -> Foundation.builder().from(valid).name(" ").build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("blank name");
  }

  /** {@link HostileCorpus#judge} with this library's refusal, the {@link InvalidDataException}. */
  private static <T> T judge(String category, Supplier<T> reader) {
    return HostileCorpus.judge(InvalidDataException.class, category, reader);
  }
}
