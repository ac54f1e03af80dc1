package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class ApproximationTest {
  @Test
  void describesNumbersAsTheSourcesWriteThem() {
    assertThat(Approximation.EXACTLY.describe("710")).isEqualTo("710");
    assertThat(Approximation.MORE_THAN.describe("6,000")).isEqualTo("more than 6,000");
    assertThat(Approximation.AT_LEAST.describe("2,500")).isEqualTo("at least 2,500");
    assertThat(Approximation.ABOUT.describe("80")).isEqualTo("about 80");
    assertThat(Approximation.NEARLY.describe("700")).isEqualTo("nearly 700");
    assertThat(Approximation.UP_TO.describe("2,000")).isEqualTo("up to 2,000");
    assertThat(Approximation.ORDER_OF_MAGNITUDE.describe("1,000")).isEqualTo("1,000s");
  }

  @Test
  void jsonIsTheKebabCaseId() {
    for (Approximation approximation : Approximation.values()) {
      String json = StackholderJson.write(approximation);
      assertThat(json).isEqualTo("\"" + approximation.id() + "\"");
      assertThat(StackholderJson.read(json, Approximation.class)).isEqualTo(approximation);
    }
    assertThat(Approximation.MORE_THAN.id()).isEqualTo("more-than");
  }

  @Test
  void unknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> Approximation.fromId("roughly"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(
            "Unknown approximation 'roughly', expected one of exactly, more-than, at-least, about, "
                + "nearly, up-to, order-of-magnitude");
  }

  @Test
  void fromIdReadsWhatIdWritesAndNamesTheUnknownId() {
    for (Approximation approximation : Approximation.values()) {
      assertThat(Approximation.fromId(approximation.id())).isSameAs(approximation);
    }
    assertThatThrownBy(() -> Approximation.fromId("MORE_THAN"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("approximation");
              assertThat(e.id()).isEqualTo("MORE_THAN");
              assertThat(e.knownIds()).hasSize(Approximation.values().length).contains("more-than");
            });
  }

  @Test
  void unknownIdInJsonIsInvalidData() {
    assertThatThrownBy(
            () ->
                StackholderJson.read("{\"value\": 5, \"approximation\": \"roughly\"}", Count.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Unknown approximation 'roughly'");
  }
}
