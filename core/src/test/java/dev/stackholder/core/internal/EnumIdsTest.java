package dev.stackholder.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.NotFoundException;
import org.junit.jupiter.api.Test;

class EnumIdsTest {
  private enum Colour {
    DARK_RED("dark-red"),
    BLUE("blue");

    private final String id;

    Colour(String id) {
      this.id = id;
    }
  }

  private enum Twice {
    A,
    B
  }

  private static final EnumIds<Colour> IDS = EnumIds.of(Colour.class, "colour", c -> c.id);

  @Test
  void findsEachConstantByItsId() {
    assertThat(IDS.fromId("dark-red")).isSameAs(Colour.DARK_RED);
    assertThat(IDS.fromId("blue")).isSameAs(Colour.BLUE);
  }

  @Test
  void unknownIdIsNotFoundNamingTheKnownOnesInDeclarationOrder() {
    assertThatThrownBy(() -> IDS.fromId("DARK_RED"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("Unknown colour 'DARK_RED', expected one of dark-red, blue");
  }

  @Test
  void twoConstantsWithOneIdAreABug() {
    assertThatThrownBy(() -> EnumIds.of(Twice.class, "twice", t -> "same"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
