package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class ScaleUnitTest {
  @Test
  void idsAndLabels() {
    assertThat(ScaleUnit.VIRTUAL_MACHINES.id()).isEqualTo("virtual-machines");
    assertThat(ScaleUnit.VIRTUAL_MACHINES.label()).isEqualTo("virtual machines");
    assertThat(StackholderJson.write(ScaleUnit.NODES)).isEqualTo("\"nodes\"");
    assertThat(StackholderJson.read("\"servers\"", ScaleUnit.class)).isEqualTo(ScaleUnit.SERVERS);
  }

  @Test
  void unknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> ScaleUnit.fromId("vms"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Unknown scale unit 'vms', expected one of nodes, servers, virtual-machines");
  }

  @Test
  void fromIdReadsWhatIdWrites() {
    for (ScaleUnit unit : ScaleUnit.values()) {
      assertThat(ScaleUnit.fromId(unit.id())).isSameAs(unit);
    }
    assertThatThrownBy(() -> ScaleUnit.fromId("NODES"))
        .as("ids match exactly")
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void unknownIdInJsonIsInvalidData() {
    assertThatThrownBy(() -> StackholderJson.read("\"vms\"", ScaleUnit.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Unknown scale unit 'vms'");
  }
}
