package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 points 1 and 3: an event's counts and texts keep within {@link Limits} however built.
 */
class EventLimitsTest {
  private static final Event TOUR =
      CommunityCatalog.builtIn().getEvent("openstack-china-tour-2012");

  private static ImmutableList<EventStop> stopsWithLecturers(long each) {
    ImmutableList.Builder<EventStop> stops = ImmutableList.builder();
    for (EventStop stop : TOUR.stops()) {
      stops.add(EventStop.builder().from(stop).lecturers(Count.exactly(each)).build());
    }
    return stops.build();
  }

  @Test
  void lecturersOfTheStopsThatWouldWrapAroundAreRefusedNamingTheEvent() {
    // Before: stops of Long.MAX_VALUE lecturers each were built, and lecturerCheck summed them to
    // -8.
    assertThatThrownBy(() -> Count.exactly(Long.MAX_VALUE))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("Count value " + Long.MAX_VALUE + " is outside 0 to");
    assertThatThrownBy(
            () -> Event.builder().from(TOUR).stops(stopsWithLecturers(Limits.MAX_COUNT)).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Lecturers of the stops of event 'openstack-china-tour-2012'")
        .hasMessageContaining("beyond the limit");
  }

  @Test
  void theLargestSumThatFitsIsCheckedExactly() {
    long each = Limits.MAX_COUNT / TOUR.stops().size();
    Event event = Event.builder().from(TOUR).stops(stopsWithLecturers(each)).build();
    LecturerCheck check = event.lecturerCheck().orElseThrow();
    assertThat(check.sumOfStops()).isEqualTo(each * TOUR.stops().size()).isPositive();
    assertThat(StackholderJson.read(StackholderJson.write(event), Event.class)).isEqualTo(event);
  }

  @Test
  void datesOutsideFourDigitYearsAndOverlongNotesAreRefusedWhenBuilt() {
    assertThatThrownBy(
            () ->
                Event.builder()
                    .from(TOUR)
                    .startDate(LocalDate.of(999, 1, 1))
                    .endDate(TOUR.endDate())
                    .build())
        .isExactlyInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> Event.builder().from(TOUR).addNotes("x".repeat(200_000)).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Event note");
  }
}
