package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void largestUnitsFirstWithoutZeroParts() {
    assertThat(DurationText.format(Duration.ofDays(14))).isEqualTo("14d");
    assertThat(DurationText.format(Duration.ofMinutes(30))).isEqualTo("30m");
    assertThat(DurationText.format(Duration.ofSeconds(3155, 760_000_000))).isEqualTo("52m 35.76s");
    assertThat(DurationText.format(Duration.ofHours(26))).isEqualTo("1d 2h");
    assertThat(DurationText.format(Duration.ofNanos(1))).isEqualTo("0.000000001s");
  }

  @Test
  void zeroAndNegative() {
    assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(DurationText.format(Duration.ofMinutes(-90))).isEqualTo("-1h 30m");
  }
}
