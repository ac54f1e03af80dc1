package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class TieModeTest {
  @Test
  void namesReadBack() {
    assertThat(TieMode.fromName("competition")).isSameAs(TieMode.COMPETITION);
    assertThat(TieMode.fromName("ordinal")).isSameAs(TieMode.ORDINAL);
    assertThat(StackholderJson.write(TieMode.ORDINAL)).isEqualTo("\"ordinal\"");
  }

  @Test
  void unknownNameIsRejected() {
    assertThatThrownBy(() -> TieMode.fromName("dense"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Unknown tie mode 'dense', expected competition or ordinal");
  }
}
