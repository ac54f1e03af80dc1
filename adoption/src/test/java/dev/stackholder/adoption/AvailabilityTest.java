package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
  private static final Availability FOUR_NINES =
      Availability.of(new BigDecimal("99.99"), Approximation.MORE_THAN);

  @Test
  void fourNinesAllow52m35_76sInAnAverageYear() {
    assertThat(FOUR_NINES.yearlyDowntimeBudget()).isEqualTo(Duration.ofSeconds(3155, 760_000_000));
    assertThat(DurationText.format(FOUR_NINES.yearlyDowntimeBudget())).isEqualTo("52m 35.76s");
  }

  @Test
  void fourNinesAllow52m33_6sInA365DayYear() {
    assertThat(FOUR_NINES.downtimeBudget(Availability.COMMON_YEAR))
        .isEqualTo(Duration.ofSeconds(3153, 600_000_000));
  }

  @Test
  void yearLengthsAreStated() {
    assertThat(Availability.AVERAGE_YEAR).isEqualTo(Duration.ofHours(365 * 24 + 6));
    assertThat(Availability.COMMON_YEAR).isEqualTo(Duration.ofDays(365));
  }

  @Test
  void hundredPercentAllowsNoDowntime() {
    assertThat(
            Availability.of(BigDecimal.valueOf(100), Approximation.EXACTLY).yearlyDowntimeBudget())
        .isZero();
  }

  @Test
  void budgetIsNeverNegativeNorAboveThePeriodAndFallsAsAvailabilityRises() {
    qt().forAll(
            AdoptionGenerators.percents(),
            AdoptionGenerators.percents(),
            AdoptionGenerators.durations())
        .checkAssert(
            (a, b, period) -> {
              Duration budgetA = Availability.of(a, Approximation.EXACTLY).downtimeBudget(period);
              Duration budgetB = Availability.of(b, Approximation.EXACTLY).downtimeBudget(period);
              assertThat(budgetA).isBetween(Duration.ZERO, period);
              if (a.compareTo(b) <= 0) {
                assertThat(budgetA).isGreaterThanOrEqualTo(budgetB);
              }
            });
  }

  @Test
  void percentMustBeAboveZeroAndAtMost100() {
    assertThatThrownBy(() -> Availability.of(new BigDecimal("100.01"), Approximation.EXACTLY))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Availability percent is 100.01, expected above 0 and at most 100");
    assertThatThrownBy(() -> Availability.of(BigDecimal.ZERO, Approximation.EXACTLY))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Availability percent is 0, expected above 0 and at most 100");
  }

  @Test
  void periodMustBePositive() {
    assertThatThrownBy(() -> FOUR_NINES.downtimeBudget(Duration.ZERO))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Availability period is PT0S, expected a positive duration");
  }

  @Test
  void describesAndRoundTripsKeepingScale() {
    assertThat(FOUR_NINES.describe()).isEqualTo("more than 99.99%");
    Availability scaled = Availability.of(new BigDecimal("99.900"), Approximation.EXACTLY);
    assertThat(StackholderJson.read(StackholderJson.write(scaled), Availability.class))
        .isEqualTo(scaled);
    qt().forAll(AdoptionGenerators.availabilities())
        .checkAssert(
            a ->
                assertThat(StackholderJson.read(StackholderJson.write(a), Availability.class))
                    .isEqualTo(a));
  }
}
