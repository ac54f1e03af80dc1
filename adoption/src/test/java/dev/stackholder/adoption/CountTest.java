package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class CountTest {
  private static final Count MORE_THAN_6000 = Count.of(6000, Approximation.MORE_THAN);

  @Test
  void describesWithGroupingAndQualifier() {
    assertThat(MORE_THAN_6000.describe()).isEqualTo("more than 6,000");
    assertThat(Count.exactly(1060).describe()).isEqualTo("1,060");
  }

  @Test
  void approximationDefaultsToExactlyInJson() {
    assertThat(StackholderJson.read("{\"value\":710}", Count.class)).isEqualTo(Count.exactly(710));
    assertThat(StackholderJson.write(MORE_THAN_6000))
        .isEqualTo("{\"value\":6000,\"approximation\":\"more-than\"}");
  }

  @Test
  void jsonRoundTrip() {
    qt().forAll(AdoptionGenerators.counts())
        .checkAssert(
            count ->
                assertThat(StackholderJson.read(StackholderJson.write(count), Count.class))
                    .isEqualTo(count));
  }

  @Test
  void negativeIsRejected() {
    assertThatThrownBy(() -> Count.exactly(-1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Count value is -1, expected zero or more");
  }

  @Test
  void wrongJsonTypesAreRejectedWithThePath() {
    assertThatThrownBy(() -> StackholderJson.read("{\"value\":\"710\"}", Count.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.value: ");
    assertThatThrownBy(
            () ->
                StackholderJson.read("{\"value\":710,\"approximation\":\"roughly\"}", Count.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.approximation: Unknown approximation 'roughly'");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(MORE_THAN_6000, Count.of(6000, Approximation.MORE_THAN))
        .addEqualityGroup(Count.exactly(6000))
        .addEqualityGroup(Count.of(6001, Approximation.MORE_THAN))
        .testEquals();
  }
}
