package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Approximation;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventStopTest {
  private static final Event TOUR =
      CommunityCatalog.builtIn().getEvent("openstack-china-tour-2012");

  @Test
  void tourStopsAsTheSummaryGivesThem() {
    assertThat(TOUR.stops())
        .extracting(EventStop::city)
        .containsExactly(
            "Beijing", "Shenzhen", "Chengdu", "Xi'an", "Shanghai", "Nanjing", "Tianjin", "Wuhan");
    assertThat(TOUR.stops())
        .extracting(s -> s.lecturers().orElseThrow().value())
        .containsExactly(7L, 6L, 6L, 4L, 7L, 7L, 5L, 5L);
    assertThat(TOUR.stops())
        .extracting(s -> s.attendance().map(Count::describe).orElse("-"))
        .containsExactly(
            "more than 150",
            "more than 80",
            "about 100",
            "about 110",
            "about 40",
            "more than 70",
            "-",
            "-");
    assertThat(TOUR.stops())
        .extracting(s -> s.date().map(LocalDate::toString).orElse("-"))
        .containsExactly("2012-09-16", "2012-09-22", "-", "-", "-", "-", "-", "2012-12-22");
  }

  @Test
  void beijingWasAlsoWatchedOnline() {
    EventStop beijing = TOUR.stops().get(0);
    assertThat(beijing.venue()).contains("workplace of Shanda Innovations");
    assertThat(beijing.onlineAttendance()).contains(Count.of(50, Approximation.MORE_THAN));
    assertThat(beijing.topics()).hasSize(7).startsWith("OpenStack and OpenStack Foundation");
  }

  @Test
  void numberAndCityAreChecked() {
    EventStop beijing = TOUR.stops().get(0);
    assertThatThrownBy(() -> EventStop.builder().from(beijing).number(0).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Event stop 'Beijing' has number 0, expected 1 or more");
    assertThatThrownBy(() -> EventStop.builder().from(beijing).sources(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Event stop 1 (Beijing) has no sources");
  }

  @Test
  void jsonRoundTripKeepsUnicode() {
    EventStop xian = TOUR.stops().get(3);
    assertThat(xian.venue()).contains("Qing Feng Plaza, Software Park in Xi\u2019an");
    assertThat(StackholderJson.read(StackholderJson.write(xian), EventStop.class)).isEqualTo(xian);
  }
}
