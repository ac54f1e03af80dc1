package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostReductionTest {
  private static final Source SEED =
      Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack");
  private static final CostReduction OPERATIONS =
      CostReduction.builder()
          .category("operations and maintenance")
          .percent(BigDecimal.valueOf(55))
          .addSources(SEED)
          .build();

  @Test
  void describes() {
    assertThat(OPERATIONS.describe()).isEqualTo("operations and maintenance costs cut by 55%");
  }

  @Test
  void readsAsAnOutcomeByTypeName() {
    String json =
        "{\"type\":\"cost-reduction\",\"category\":\"operations and maintenance\",\"percent\":55,"
            + "\"sources\":[{\"document\":\"000_6cb65ebcd6c07861.txt\",\"title\":\"Chinese WeChat is powered by OpenStack\"}]}";
    assertThat(StackholderJson.read(json, Outcome.class)).isEqualTo(OPERATIONS);
    assertThat(StackholderJson.write(OPERATIONS)).startsWith("{\"type\":\"cost-reduction\",");
  }

  @Test
  void percentMustBeAboveZeroAndAtMost100() {
    assertThatThrownBy(
            () -> CostReduction.builder().from(OPERATIONS).percent(new BigDecimal("120")).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Cost reduction of 'operations and maintenance' is 120%, expected above 0 and at most 100");
  }

  @Test
  void categoryAndSourcesAreRequired() {
    assertThatThrownBy(() -> CostReduction.builder().from(OPERATIONS).category(" ").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Cost reduction category is blank");
    assertThatThrownBy(
            () -> CostReduction.builder().from(OPERATIONS).sources(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Cost reduction of 'operations and maintenance' has no sources");
  }
}
