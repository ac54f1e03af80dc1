package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Approximation;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventTest {
  private static final Event TOUR =
      CommunityCatalog.builtIn().getEvent("openstack-china-tour-2012");
  private static final Event OSAC =
      CommunityCatalog.builtIn().getEvent("openstack-asia-pacific-conference-2012");

  @Test
  void tourTotals() {
    assertThat(TOUR.registered()).contains(Count.exactly(1060));
    assertThat(TOUR.attended()).contains(Count.exactly(710));
    assertThat(TOUR.lecturers()).contains(Count.exactly(31));
    assertThat(TOUR.startDate()).contains(LocalDate.of(2012, 9, 16));
    assertThat(TOUR.endDate()).contains(LocalDate.of(2012, 12, 22));
    assertThat(TOUR.organizers()).containsExactly("COSUG", "CSDN");
  }

  @Test
  void tourAttendanceRatioIs0_6698() {
    assertThat(TOUR.attendanceRatio()).contains(new BigDecimal("0.6698"));
    assertThat(OSAC.attendanceRatio()).isEmpty();
  }

  @Test
  void tourStopsSumTo47LecturersAgainstTheStated31() {
    LecturerCheck check = TOUR.lecturerCheck().orElseThrow();
    assertThat(check.sumOfStops()).isEqualTo(47);
    assertThat(check.difference()).isEqualTo(16);
    assertThat(check.matches()).isFalse();
    assertThat(check.describe())
        .isEqualTo("8 stops sum to 47 lecturers; the event states 31 (16 more)");
    assertThat(OSAC.lecturerCheck()).isEmpty();
  }

  @Test
  void asiaPacificConferenceOfAugust2012() {
    assertThat(OSAC.abbreviation()).contains("OSAC");
    assertThat(OSAC.startDate()).contains(LocalDate.of(2012, 8, 10));
    assertThat(OSAC.endDate()).contains(LocalDate.of(2012, 8, 11));
    assertThat(OSAC.stops())
        .extracting(s -> s.city() + ": " + s.attendance().orElseThrow().describe())
        .containsExactly("Beijing: more than 1,000", "Shanghai: nearly 700");
    assertThat(OSAC.sponsors()).hasSize(11).contains("Rackspace", "Sina");
  }

  @Test
  void attendanceRatioIsBoundedAndMonotonic() {
    qt().forAll(
            longs().between(1, 1_000_000),
            longs().between(0, 1_000_000),
            longs().between(0, 1_000_000))
        .checkAssert(
            (registered, a, b) -> {
              BigDecimal ratioA = Event.attendanceRatio(registered, Math.min(a, b));
              BigDecimal ratioB = Event.attendanceRatio(registered, Math.max(a, b));
              assertThat(ratioA).isLessThanOrEqualTo(ratioB);
              assertThat(ratioA.scale()).isEqualTo(4);
              if (Math.max(a, b) <= registered) {
                assertThat(ratioB).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
              }
            });
  }

  @Test
  void attendanceRatioNeedsRegistrations() {
    assertThatThrownBy(() -> Event.attendanceRatio(0, 10))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Registered is 0, expected a positive number");
    assertThatThrownBy(() -> Event.attendanceRatio(10, -1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Attended is -1, expected zero or more");
  }

  @Test
  void lecturerCheckMatchesWhenStopsAddUp() {
    qt().forAll(CommunityGenerators.events())
        .checkAssert(
            event -> {
              long sum =
                  event.stops().stream()
                      .mapToLong(s -> s.lecturers().map(Count::value).orElse(0L))
                      .sum();
              Event stated = Event.builder().from(event).lecturers(Count.exactly(sum)).build();
              stated
                  .lecturerCheck()
                  .ifPresentOrElse(
                      check -> {
                        assertThat(check.difference()).isZero();
                        assertThat(check.matches())
                            .isEqualTo(
                                event.stops().stream().allMatch(s -> s.lecturers().isPresent()));
                        assertThat(check.stopsCounted() + check.stopsWithoutCount().size())
                            .isEqualTo(event.stops().size());
                      },
                      () -> assertThat(event.stops()).isEmpty());
            });
  }

  @Test
  void datesAndStopNumbersAreChecked() {
    assertThatThrownBy(() -> Event.builder().from(TOUR).endDate(LocalDate.of(2012, 9, 1)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Event 'openstack-china-tour-2012' ends on 2012-09-01, before it starts on 2012-09-16");
    assertThatThrownBy(
            () -> Event.builder().from(TOUR).stops(ImmutableList.of(TOUR.stops().get(1))).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Event 'openstack-china-tour-2012' stop 1 (Shenzhen) has number 2, expected 1");
    assertThatThrownBy(
            () -> Event.builder().from(TOUR).startDate(LocalDate.of(2012, 9, 20)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Event 'openstack-china-tour-2012' stop 1 (Beijing) is on 2012-09-16, before the event starts");
  }

  @Test
  void jsonRoundTrip() {
    assertThat(StackholderJson.read(StackholderJson.write(TOUR), Event.class)).isEqualTo(TOUR);
    qt().withExamples(300)
        .forAll(CommunityGenerators.events())
        .checkAssert(
            event ->
                assertThat(StackholderJson.read(StackholderJson.write(event), Event.class))
                    .isEqualTo(event));
  }

  @Test
  void malformedJsonNamesThePath() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"id\":\"e\",\"name\":\"E\",\"sources\":[{\"document\":\"d\","
                        + "\"title\":\"t\"}],\"registered\":{\"value\":1060,\"approximation\":\"more or less\"}}",
                    Event.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.registered.approximation: Unknown approximation 'more or less'");
  }

  @Test
  void approximationsOfTheStopsAreKept() {
    assertThat(TOUR.stops().get(4).attendance().orElseThrow().approximation())
        .isEqualTo(Approximation.ABOUT);
  }
}
