package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Approximation;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class LecturerCheckTest {
  private static final LecturerCheck SHORT =
      ImmutableLecturerCheck.builder()
          .statedTotal(Count.of(30, Approximation.MORE_THAN))
          .sumOfStops(20)
          .stopsCounted(2)
          .addStopsWithoutCount("Tianjin")
          .build();

  @Test
  void describesMissingCountsAndShortfall() {
    assertThat(SHORT.difference()).isEqualTo(-10);
    assertThat(SHORT.matches()).isFalse();
    assertThat(SHORT.describe())
        .isEqualTo(
            "2 stops sum to 20 lecturers (1 without a count: Tianjin); the event states more than 30 (10 fewer)");
  }

  @Test
  void matchesOnlyWhenEveryStopCountsAndTheSumIsEqual() {
    LecturerCheck equal =
        ImmutableLecturerCheck.builder()
            .statedTotal(Count.exactly(20))
            .sumOfStops(20)
            .stopsCounted(2)
            .build();
    assertThat(equal.matches()).isTrue();
    assertThat(equal.describe())
        .isEqualTo("2 stops sum to 20 lecturers; the event states 20 (equal)");
    assertThat(
            ImmutableLecturerCheck.builder()
                .from(equal)
                .stopsWithoutCount(ImmutableList.of("Wuhan"))
                .build()
                .matches())
        .isFalse();
  }

  @Test
  void jsonRoundTrip() {
    assertThat(StackholderJson.read(StackholderJson.write(SHORT), LecturerCheck.class))
        .isEqualTo(SHORT);
  }
}
