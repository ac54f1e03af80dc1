package dev.stackholder.adoption.community;

import static dev.stackholder.adoption.AdoptionGenerators.counts;
import static dev.stackholder.adoption.AdoptionGenerators.dates;
import static dev.stackholder.adoption.AdoptionGenerators.listOf;
import static dev.stackholder.adoption.AdoptionGenerators.maybe;
import static dev.stackholder.adoption.AdoptionGenerators.slugs;
import static dev.stackholder.adoption.AdoptionGenerators.sources;
import static dev.stackholder.adoption.AdoptionGenerators.text;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for user groups and events: valid values with every optional part
 * varied.
 */
final class CommunityGenerators {
  private CommunityGenerators() {}

  static Gen<MemberEstimate> memberEstimates() {
    return in ->
        MemberEstimate.builder()
            .members(counts().generate(in))
            .asOf(maybe(dates(), in))
            .source(sources().generate(in))
            .note(maybe(text(), in))
            .build();
  }

  static Gen<UserGroup> userGroups() {
    return in ->
        UserGroup.builder()
            .id(slugs().generate(in))
            .name(text().generate(in))
            .abbreviation(maybe(text(), in))
            .country(maybe(Generate.pick(List.of("CN", "HK", "JP")), in))
            .addAllLeaders(listOf(text(), 0, in))
            .addAllMemberEstimates(listOf(memberEstimates(), 0, in))
            .addAllSources(listOf(sources(), 1, in))
            .addAllNotes(listOf(text(), 0, in))
            .build();
  }

  /** Events whose stops are numbered in order and dated within the event. */
  static Gen<Event> events() {
    return in -> {
      LocalDate start = dates().generate(in);
      LocalDate end = start.plusDays(integers().between(0, 120).generate(in));
      int stopCount = integers().between(0, 4).generate(in);
      ImmutableList.Builder<EventStop> stops = ImmutableList.builder();
      for (int i = 1; i <= stopCount; i++) {
        stops.add(
            EventStop.builder()
                .number(i)
                .city(text().generate(in))
                .date(
                    maybe(
                        integers()
                            .between(0, (int) (end.toEpochDay() - start.toEpochDay()))
                            .map(start::plusDays),
                        in))
                .venue(maybe(text(), in))
                .attendance(maybe(counts(), in))
                .onlineAttendance(maybe(counts(), in))
                .lecturers(maybe(counts(), in))
                .addAllTopics(listOf(text(), 0, in))
                .addAllSources(listOf(sources(), 1, in))
                .addAllNotes(listOf(text(), 0, in))
                .build());
      }
      boolean dated = integers().between(0, 3).generate(in) > 0;
      Event.Builder event =
          Event.builder()
              .id(slugs().generate(in))
              .name(text().generate(in))
              .abbreviation(maybe(text(), in))
              .addAllOrganizers(listOf(text(), 0, in))
              .addAllSponsors(listOf(text(), 0, in))
              .registered(maybe(counts(), in))
              .attended(maybe(counts(), in))
              .lecturers(maybe(counts(), in))
              .addAllStops(stops.build())
              .addAllSources(listOf(sources(), 1, in))
              .addAllNotes(listOf(text(), 0, in));
      if (dated) {
        event.startDate(start).endDate(end);
      }
      return event.build();
    };
  }
}
