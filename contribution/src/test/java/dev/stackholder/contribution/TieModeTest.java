package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class TieModeTest {
  @Test
  void namesReadBack() {
    assertThat(TieMode.fromId("competition")).isSameAs(TieMode.COMPETITION);
    assertThat(TieMode.fromId("ordinal")).isSameAs(TieMode.ORDINAL);
    assertThat(StackholderJson.write(TieMode.ORDINAL)).isEqualTo("\"ordinal\"");
  }

  @Test
  void unknownNameIsRejected() {
    assertThatThrownBy(() -> TieMode.fromId("dense"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("tie mode");
              assertThat(e.id()).isEqualTo("dense");
              assertThat(e.knownIds()).containsExactly("competition", "ordinal", "dashboard");
            })
        .hasMessage("Unknown tie mode 'dense', expected one of competition, ordinal, dashboard");
  }
}
