package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class UsersServedTest {
  private static final UsersServed STACKLAB =
      UsersServed.builder()
          .users(Count.of(200, Approximation.MORE_THAN))
          .qualifier("registered in less than 1 week")
          .addSources(Source.of("001_a04c4d2d8d6c4366.txt", "How Sina Contributes to OpenStack"))
          .build();

  @Test
  void describesWithQualifier() {
    assertThat(STACKLAB.describe())
        .isEqualTo("more than 200 users (registered in less than 1 week)");
    assertThat(
            UsersServed.builder()
                .from(STACKLAB)
                .qualifier(java.util.Optional.empty())
                .build()
                .describe())
        .isEqualTo("more than 200 users");
  }

  @Test
  void roundTripsAsAnOutcome() {
    String json = StackholderJson.write(STACKLAB);
    assertThat(json).startsWith("{\"type\":\"users-served\",");
    assertThat(StackholderJson.read(json, Outcome.class)).isEqualTo(STACKLAB);
  }

  @Test
  void sourcesAreRequired() {
    assertThatThrownBy(
            () -> UsersServed.builder().from(STACKLAB).sources(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Users served (more than 200) has no sources");
  }
}
