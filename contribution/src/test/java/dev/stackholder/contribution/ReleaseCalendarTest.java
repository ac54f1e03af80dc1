package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseCalendarTest {
  private static final Release ESSEX = Release.of("essex", LocalDate.of(2012, 4, 5));
  private static final Release FOLSOM = Release.of("folsom", LocalDate.of(2012, 10, 4));
  private static final Release GRIZZLY = Release.of("grizzly", LocalDate.of(2013, 4, 4));
  private static final ReleaseCalendar CALENDAR =
      ReleaseCalendar.of(List.of(GRIZZLY, ESSEX, FOLSOM));

  @Test
  void sortsByEnd() {
    assertThat(CALENDAR.releases()).containsExactly(ESSEX, FOLSOM, GRIZZLY);
  }

  @Test
  void aReleaseDayStartsTheNextCycle() {
    assertThat(CALENDAR.releaseOn(LocalDate.of(2012, 4, 4))).hasValue(ESSEX);
    assertThat(CALENDAR.releaseOn(LocalDate.of(2012, 4, 5))).hasValue(FOLSOM);
    assertThat(CALENDAR.releaseOn(LocalDate.of(2013, 4, 3))).hasValue(GRIZZLY);
    assertThat(CALENDAR.releaseOn(LocalDate.of(2013, 4, 4))).isEmpty();
    assertThat(CALENDAR.releaseOn(LocalDate.of(1999, 1, 1))).hasValue(ESSEX);
  }

  @Test
  void agreesWithALinearScan() {
    qt().forAll(integers().between(-400, 800))
        .checkAssert(
            days -> {
              LocalDate day = LocalDate.of(2012, 1, 1).plusDays(days);
              Release expected = null;
              for (Release release : CALENDAR.releases()) {
                if (day.isBefore(release.end())) {
                  expected = release;
                  break;
                }
              }
              assertThat(CALENDAR.releaseOn(day).orElse(null)).isEqualTo(expected);
            });
  }

  @Test
  void rejectsSharedEndsAndNames() {
    assertThatThrownBy(
            () -> ReleaseCalendar.of(List.of(ESSEX, Release.of("essex-two", ESSEX.end()))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Releases 'essex' and 'essex-two' both end on 2012-04-05");
    assertThatThrownBy(() -> ReleaseCalendar.of(List.of(ESSEX, Release.of("essex", FOLSOM.end()))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Release names are not distinct: ");
  }

  @Test
  void releaseNamesAreLowerCase() {
    assertThatThrownBy(() -> Release.of("Folsom", FOLSOM.end()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Release name 'Folsom' is not a lower-case name such as 'folsom' or 'nova'");
  }
}
