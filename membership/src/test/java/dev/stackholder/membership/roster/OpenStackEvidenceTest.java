package dev.stackholder.membership.roster;

import static dev.stackholder.membership.OpenStackFoundation.GOLD;
import static dev.stackholder.membership.OpenStackFoundation.PLATINUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.board.BoardYear;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in roster against the shipped evidence (membership/src/main/resources, copied from the
 * project's data).
 */
class OpenStackEvidenceTest {
  private final Roster roster = OpenStackFoundation.roster();

  static Stream<Arguments> completeLists() {
    return Stream.of(
        Arguments.of("2012-09-09", "platinum"),
        Arguments.of("2012-09-09", "gold"),
        Arguments.of("2020-10-31", "platinum"),
        Arguments.of("2021-10-28", "gold"),
        Arguments.of("2021-10-28", "platinum"),
        Arguments.of("2022-06-07", "platinum"),
        Arguments.of("2022-06-07", "gold"),
        Arguments.of("2024-10-22", "platinum"),
        Arguments.of("2025-07-23", "platinum"));
  }

  /**
   * A complete tier list, read from the evidence, equals the roster's known members that day, plus
   * any organization the evidence shows joining the tier that same day (Rackspace "joins" the six
   * on 2024-10-22).
   */
  @ParameterizedTest
  @MethodSource("completeLists")
  void completeListsEqualTheRostersAnswer(String day, String tierId) {
    LocalDate date = LocalDate.parse(day);
    Tier tier = OpenStackFoundation.foundation().getTier(tierId);
    Set<String> listed =
        OpenStackFoundation.evidence().stream()
            .filter(
                o ->
                    o.tier().equals(tier)
                        && o.date().equals(date)
                        && o.scope() == Observation.Scope.COMPLETE_LIST)
            .map(o -> o.organization().id())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> joinedThatDay =
        OpenStackFoundation.evidence().stream()
            .filter(
                o ->
                    o.tier().equals(tier)
                        && o.date().equals(date)
                        && o.kind() == Observation.Kind.JOINED)
            .map(o -> o.organization().id())
            .collect(Collectors.toSet());
    assertThat(listed).isNotEmpty();
    RosterAnswer answer = roster.answerOn(date);
    Set<String> expected = new TreeSet<>(listed);
    expected.addAll(joinedThatDay);
    assertThat(new TreeSet<>(answer.knownIn(tier))).isEqualTo(expected);
    assertThat(answer.completeness())
        .filteredOn(c -> c.tier().equals(tier))
        .singleElement()
        .extracting(TierCompleteness::status)
        .isEqualTo(TierCompleteness.Status.COMPLETE);
    assertThat(roster.membersOn(date).stream().filter(m -> m.tier().equals(tier)).count())
        .isEqualTo(expected.size());
  }

  @Test
  void onJune2024TheFoundersAreGoneAndRedHatIsLastSeen() {
    RosterAnswer answer = roster.answerOn(LocalDate.of(2024, 6, 1));
    assertThat(answer.knownIn(PLATINUM))
        .containsExactlyInAnyOrder("ant-group", "ericsson", "huawei", "microsoft", "wind-river");
    assertThat(answer.lastSeenIn(PLATINUM))
        .extracting(s -> s.organization().id())
        .contains("red-hat")
        .doesNotContain("hp", "ibm", "canonical", "suse", "att", "rackspace");
    assertThat(answer.lastSeenIn(PLATINUM))
        .filteredOn(s -> s.organization().id().equals("red-hat"))
        .singleElement()
        .extracting(LastSeen::date)
        .isEqualTo(LocalDate.of(2024, 1, 29));
    assertThat(answer.completeness())
        .filteredOn(c -> c.tier().equals(PLATINUM))
        .singleElement()
        .extracting(TierCompleteness::status)
        .isEqualTo(TierCompleteness.Status.UNKNOWNS);
    BoardComposition board = roster.boardOn(LocalDate.of(2024, 6, 1));
    assertThat(board.directorsByClass())
        .containsEntry("platinum", 5)
        .containsEntry("gold", 5)
        .containsEntry("individual", 5);
    assertThat(board.total()).isEqualTo(15);
  }

  @Test
  void tierChangesFromTheEvidence() {
    assertThat(roster.tierOf("huawei", LocalDate.of(2017, 3, 9))).contains(PLATINUM);
    assertThat(roster.tierOf("huawei", LocalDate.of(2016, 1, 25))).contains(GOLD);
    assertThat(roster.tierOf("rackspace", LocalDate.of(2025, 1, 27))).contains(PLATINUM);
    assertThat(roster.tierOf("rackspace", LocalDate.of(2018, 1, 1))).isEmpty();
    assertThat(roster.tierOf("tencent", LocalDate.of(2019, 1, 1))).contains(PLATINUM);
    assertThat(roster.tierOf("vexxhost", LocalDate.of(2022, 6, 7))).contains(GOLD);
    assertThat(roster.tierOf("nebula", LocalDate.of(2015, 6, 1))).isEmpty();
    // HPE's resignation is dated only "on or before"; nothing says it was ever a member: not known.
    assertThat(roster.tierOf("hpe", LocalDate.of(2016, 1, 1))).isEmpty();
  }

  @Test
  void everyStatedSeatCountReproducesAndMissingOnesAreNotKnown() {
    for (BoardYear year : OpenStackFoundation.boardYears()) {
      if (year.superseded()) {
        continue;
      }
      // Mid-year, or just after the first board met (2012-08-28), when the rules begin.
      LocalDate date =
          year.year() == 2012 ? LocalDate.of(2012, 9, 15) : LocalDate.of(year.year(), 6, 1);
      BoardComposition board = roster.boardOn(date);
      if (year.known()) {
        assertThat(board.seatsKnown()).as("%s", year.year()).isTrue();
        assertThat(board.directorsByClass())
            .as("%s", year.year())
            .containsEntry("platinum", year.platinum().orElseThrow())
            .containsEntry("gold", year.gold().orElseThrow())
            .containsEntry("individual", year.individual().orElseThrow());
        year.total().ifPresent(total -> assertThat(board.total()).isEqualTo(total));
      } else {
        assertThat(board.seatsKnown()).as("%s", year.year()).isFalse();
        assertThat(board.directorsByClass()).isEmpty();
        assertThat(board.basis()).hasValueSatisfying(b -> assertThat(b).startsWith("not known"));
      }
    }
  }

  @Test
  void platinumSeatsFollowMembersWhileElectedSeatsWaitForTheElection() {
    // The board page of 2024-10-31: Okestro and Rackspace appoint directors, the elected classes
    // stay at 5.
    BoardComposition board = roster.boardOn(LocalDate.of(2024, 10, 31));
    assertThat(board.directorsByClass())
        .containsEntry("platinum", 7)
        .containsEntry("gold", 5)
        .containsEntry("individual", 5);
  }
}
