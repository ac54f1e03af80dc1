package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void everyVariantRoundTripsThroughItsTypeName() {
    qt().withExamples(500).forAll(AdoptionGenerators.outcomes()).checkAssert(outcome -> {
      String json = StackholderJson.write(outcome);
      assertThat(json).matches("(?s)\\{\"type\":\"(cost-reduction|annual-saving|lead-time|users-served|award)\",.*");
      assertThat(StackholderJson.read(json, Outcome.class)).isEqualTo(outcome);
    });
  }

  @Test
  void aMissingOrUnknownTypeIsRejected() {
    assertThatThrownBy(() -> StackholderJson.read("{\"name\":\"Superuser Award\"}", Outcome.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("$: missing \"type\" of Outcome, expected one of cost-reduction, annual-saving, lead-time,"
            + " users-served, award");
    assertThatThrownBy(() -> StackholderJson.read("{\"type\":\"ImmutableAward\",\"name\":\"x\"}", Outcome.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.type: unknown Outcome type 'ImmutableAward', expected one of");
  }
}
