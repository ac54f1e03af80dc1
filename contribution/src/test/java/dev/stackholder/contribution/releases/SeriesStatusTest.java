package dev.stackholder.contribution.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.ReleaseCalendar;
import dev.stackholder.contribution.ReleaseSeries;
import dev.stackholder.contribution.TestData;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeriesStatusTest {
  private static final ImmutableList<ReleaseSeries> SERIES =
      SeriesStatus.read(TestData.SERIES_STATUS);

  private static ImmutableList<ReleaseSeries> read(String yaml) {
    return SeriesStatus.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void readsEverySeriesFromAustinToIndri() {
    assertThat(SERIES).hasSize(35);
    assertThat(SERIES.get(0).name()).isEqualTo("indri");
    assertThat(SERIES.get(34).name()).isEqualTo("austin");
    assertThat(SERIES.stream().filter(s -> s.releaseId().isPresent())).hasSize(9);
    assertThat(SERIES.stream().filter(s -> s.status().equals("end of life"))).hasSize(26);
  }

  @Test
  void keepsTheFieldsOfKnownSeries() {
    assertThat(SERIES.get(0))
        .isEqualTo(
            ReleaseSeries.builder()
                .name("indri")
                .releaseId("2027.1")
                .status("future")
                .initialRelease(LocalDate.of(2027, 3, 24))
                .nextPhaseStatus("development")
                .nextPhaseDate(LocalDate.of(2026, 10, 1))
                .build());
    ReleaseSeries folsom =
        SERIES.stream().filter(s -> s.name().equals("folsom")).findFirst().orElseThrow();
    assertThat(folsom)
        .isEqualTo(
            ReleaseSeries.builder()
                .name("folsom")
                .status("end of life")
                .initialRelease(LocalDate.of(2012, 9, 27))
                .eolDate(LocalDate.of(2013, 11, 19))
                .build());
  }

  @Test
  void datesFallInSeriesCycles() {
    ReleaseCalendar calendar = ReleaseCalendar.ofSeries(SERIES);
    assertThat(calendar.releases()).hasSize(35);
    assertThat(calendar.releaseOn(LocalDate.of(2012, 6, 1)).map(Release::name)).hasValue("folsom");
    // The series list has Folsom out on 2012-09-27, Stackalytics' calendar on 2012-10-04.
    assertThat(calendar.releaseOn(LocalDate.of(2012, 10, 1)).map(Release::name))
        .hasValue("grizzly");
    assertThat(calendar.releaseOn(LocalDate.of(2026, 12, 1)).map(Release::name)).hasValue("indri");
    assertThat(calendar.releaseOn(LocalDate.of(2027, 3, 24))).isEmpty();
  }

  @Test
  void seriesRoundTripThroughJson() {
    for (ReleaseSeries series : SERIES) {
      assertThat(StackholderJson.read(StackholderJson.write(series), ReleaseSeries.class))
          .isEqualTo(series);
    }
  }

  @Test
  void badDateNamesFileLineAndPath() {
    assertThatThrownBy(
            () ->
                read("- name: folsom\n  status: end of life\n" + "  initial-release: 2012-13-27\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("test.yaml:3: $[0].initial-release: ");
  }

  @Test
  void missingStatusIsRejected() {
    assertThatThrownBy(() -> read("- name: folsom\n  initial-release: 2012-09-27\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "test.yaml:3: $[0].status: Missing required creator property 'status' " + "(index 2)");
  }

  @Test
  void badNameIsRejected() {
    assertThatThrownBy(() -> read("- name: Folsom\n  status: x\n  initial-release: 2012-09-27\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageEndingWith(
            "$[0]: ReleaseSeries name 'Folsom' is not a lower-case name such as "
                + "'folsom' or 'nova'");
  }

  @Test
  void missingFileIsNotFound() {
    java.nio.file.Path missing = TestData.SERIES_STATUS.resolveSibling("nope.yaml");
    assertThatThrownBy(() -> SeriesStatus.read(missing))
        .isInstanceOfSatisfying(
            dev.stackholder.core.NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("file");
              assertThat(e.id()).isEqualTo(missing.toString());
            })
        .hasMessage("Series status file " + missing + " does not exist");
  }
}
