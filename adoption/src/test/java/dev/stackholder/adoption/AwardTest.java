package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.time.Year;
import org.junit.jupiter.api.Test;

class AwardTest {
  private static final Award SUPERUSER =
      Award.builder()
          .name("Superuser Award")
          .event("OpenStack Summit Sydney")
          .year(Year.of(2017))
          .addSources(
              Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack"))
          .build();

  @Test
  void describes() {
    assertThat(SUPERUSER.describe()).isEqualTo("Superuser Award, OpenStack Summit Sydney (2017)");
  }

  @Test
  void roundTripsAsAnOutcome() {
    String json = StackholderJson.write(SUPERUSER);
    assertThat(json).startsWith("{\"type\":\"award\",").contains("\"year\":\"2017\"");
    assertThat(StackholderJson.read(json, Outcome.class)).isEqualTo(SUPERUSER);
  }

  @Test
  void nameIsRequired() {
    assertThatThrownBy(() -> Award.builder().from(SUPERUSER).name(" ").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Award name is blank");
  }
}
