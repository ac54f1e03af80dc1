package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeadTimeTest {
  private static final Source SEED =
      Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack");
  private static final LeadTime DELIVERY =
      LeadTime.builder()
          .activity("resource delivery")
          .before(Duration.ofDays(14))
          .after(Duration.ofMinutes(30))
          .addSources(SEED)
          .build();
  private static final LeadTime MAIL =
      LeadTime.builder()
          .activity("global mail system deployment")
          .before(Duration.ofDays(10))
          .after(Duration.ofDays(1))
          .addSources(SEED)
          .build();

  @Test
  void twoWeeksToHalfAnHourIs672TimesFaster() {
    assertThat(DELIVERY.speedUp()).isEqualTo(new BigDecimal("672.00"));
    assertThat(DELIVERY.timeSaved()).isEqualTo(Duration.ofDays(14).minusMinutes(30));
  }

  @Test
  void tenDaysToOneDayIs10TimesFaster() {
    assertThat(MAIL.speedUp()).isEqualTo(new BigDecimal("10.00"));
    assertThat(MAIL.describe()).isEqualTo("global mail system deployment: 10d -> 1d (10x faster)");
  }

  @Test
  void speedUpRoundsHalfUpToTwoDecimals() {
    assertThat(LeadTime.speedUp(Duration.ofMinutes(2), Duration.ofMinutes(3)))
        .isEqualTo(new BigDecimal("0.67"));
    assertThat(LeadTime.speedUp(Duration.ofSeconds(1), Duration.ofSeconds(8)))
        .isEqualTo(new BigDecimal("0.13"));
  }

  @Test
  void speedUpTimesAfterIsBeforeWithinRounding() {
    qt().forAll(AdoptionGenerators.durations(), AdoptionGenerators.durations())
        .checkAssert(
            (before, after) -> {
              BigDecimal speedUp = LeadTime.speedUp(before, after);
              BigDecimal beforeSeconds = new BigDecimal(before.toNanos()).movePointLeft(9);
              BigDecimal afterSeconds = new BigDecimal(after.toNanos()).movePointLeft(9);
              // speedUp is within 0.005 of before/after, so speedUp × after is within 0.005 × after
              // of before.
              assertThat(speedUp.multiply(afterSeconds).subtract(beforeSeconds).abs())
                  .isLessThanOrEqualTo(afterSeconds.multiply(new BigDecimal("0.005")));
              if (before.compareTo(after) >= 0) {
                assertThat(speedUp).isGreaterThanOrEqualTo(BigDecimal.ONE);
              } else {
                assertThat(speedUp).isLessThanOrEqualTo(BigDecimal.ONE);
              }
            });
  }

  @Test
  void durationsMustBePositive() {
    assertThatThrownBy(() -> LeadTime.speedUp(Duration.ofDays(1), Duration.ZERO))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Lead time 'after' is PT0S, expected a positive duration");
    assertThatThrownBy(() -> LeadTime.builder().from(DELIVERY).before(Duration.ofHours(-1)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Lead time 'before' is PT-1H, expected a positive duration");
  }

  @Test
  void sourcesAreRequired() {
    assertThatThrownBy(() -> LeadTime.builder().from(DELIVERY).sources(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Lead time of 'resource delivery' has no sources");
  }

  @Test
  void jsonUsesIsoDurations() {
    String json = StackholderJson.write(DELIVERY);
    assertThat(json).contains("\"before\":\"PT336H\"").contains("\"after\":\"PT30M\"");
    assertThat(StackholderJson.read(json, Outcome.class)).isEqualTo(DELIVERY);
  }
}
