package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ContributionEntryTest {
  private static final ContributionEntry SINA =
      ContributionEntry.of("SINA", 147, new BigDecimal("4.7"));

  @Test
  void roundTripsThroughJson() {
    String json = StackholderJson.write(SINA);
    assertThat(json).isEqualTo("{\"employer\":\"SINA\",\"value\":147,\"share\":4.7}");
    assertThat(StackholderJson.read(json, ContributionEntry.class)).isEqualTo(SINA);
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> ContributionEntry.of("SINA", -147, BigDecimal.ONE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("ContributionEntry value of 'SINA' is -147, expected 0 or more");
    assertThatThrownBy(() -> ContributionEntry.of("SINA", 147, new BigDecimal("100.1")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "ContributionEntry share of 'SINA' is 100.1, expected a percentage from 0 to 100");
    assertThatThrownBy(() -> ContributionEntry.of("", 147, BigDecimal.ONE))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("ContributionEntry employer is blank");
  }

  @Test
  void aStringValueInJsonIsRejected() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"employer\":\"SINA\",\"value\":\"147\",\"share\":4.7}",
                    ContributionEntry.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.value: ");
  }
}
