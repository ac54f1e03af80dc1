package dev.stackholder.membership.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of rosters built from generated evidence: observations of a few organizations in three
 * tiers, of every kind and list scope, on days close enough together to clash.
 */
class EvidencePropertiesTest {
  private static final Foundation SMALL = RosterFixtures.smallFoundation(Proration.FULL_YEAR);
  private static final Tier[] TIERS = {
    RosterFixtures.PLATINUM, RosterFixtures.GOLD, RosterFixtures.INDIVIDUAL
  };

  /** kind, scope, organization, tier, day: as numbers. */
  private static final Gen<int[]> OBSERVATION =
      integers()
          .between(0, 2)
          .zip(
              integers().between(0, 3),
              integers().between(1, 5),
              integers().between(0, 2),
              (kind, scope, org, tier) -> new int[] {kind, scope, org, tier})
          .zip(integers().between(0, 60), (o, day) -> new int[] {o[0], o[1], o[2], o[3], day});

  private static final Gen<List<int[]>> EVIDENCE = lists().of(OBSERVATION).ofSizeBetween(0, 60);

  private static List<Observation> observations(List<int[]> generated) {
    List<Observation> all = new ArrayList<>();
    for (int[] o : generated) {
      all.add(
          Observation.builder()
              .organization(RosterFixtures.org(o[2]))
              .tier(TIERS[o[3]])
              .kind(Observation.Kind.values()[o[0]])
              .scope(Observation.Scope.values()[o[1]])
              .date(RosterFixtures.START.plusDays(o[4]))
              .source(RosterFixtures.SOURCE)
              .build());
    }
    return all;
  }

  @Test
  void noEvidenceSetMakesAMemberOfTwoTiersOnOneDay() {
    qt().withExamples(200)
        .forAll(EVIDENCE)
        .checkAssert(
            generated -> {
              Roster roster = Roster.fromEvidence(SMALL, observations(generated));
              for (int day = -1; day <= 61; day++) {
                LocalDate date = RosterFixtures.START.plusDays(day);
                Map<String, Tier> seen = new HashMap<>();
                for (Membership m : roster.membersOn(date)) {
                  Tier before = seen.put(m.organization().id(), m.tier());
                  assertThat(before).as("%s on %s", m.organization().id(), date).isNull();
                }
                RosterAnswer answer = roster.answerOn(date);
                Set<String> lastSeen = new HashSet<>();
                for (LastSeen s : answer.lastSeen()) {
                  assertThat(seen)
                      .as("known and last seen on %s", date)
                      .doesNotContainKey(s.organization().id());
                  assertThat(lastSeen.add(s.organization().id())).isTrue();
                  assertThat(s.date()).isBefore(date);
                }
                for (String id : seen.keySet()) {
                  assertThat(roster.tierOf(id, date)).contains(seen.get(id));
                }
              }
            });
  }

  /**
   * A complete list on a day is the roster's answer for its tier that day (plus same-day
   * admissions).
   */
  @Test
  void aCompleteListIsTheAnswerOnItsDay() {
    qt().withExamples(200)
        .forAll(EVIDENCE)
        .checkAssert(
            generated -> {
              List<Observation> all = observations(generated);
              Roster roster = Roster.fromEvidence(SMALL, all);
              for (Observation list : all) {
                if (list.scope() != Observation.Scope.COMPLETE_LIST || !list.positive()) {
                  continue;
                }
                Set<String> known =
                    new HashSet<>(roster.answerOn(list.date()).knownIn(list.tier()));
                // Every known member of the tier that day was seen in it that day: an absence from
                // a complete
                // list is never overruled by sightings around it.
                for (String id : known) {
                  assertThat(all)
                      .as("%s in %s on %s", id, list.tier().id(), list.date())
                      .anyMatch(
                          o ->
                              o.organization().id().equals(id)
                                  && o.tier().equals(list.tier())
                                  && o.date().equals(list.date())
                                  && o.positive());
                }
              }
            });
  }

  @Test
  void evidenceRostersRoundTripThroughJson() {
    qt().withExamples(30)
        .forAll(EVIDENCE)
        .checkAssert(
            generated -> {
              Roster roster = Roster.fromEvidence(SMALL, observations(generated));
              Roster read =
                  dev.stackholder.core.json.StackholderJson.read(
                      dev.stackholder.core.json.StackholderJson.write(roster), Roster.class);
              assertThat(read).isEqualTo(roster);
              assertThat(read.answerOn(RosterFixtures.START.plusDays(30)))
                  .isEqualTo(roster.answerOn(RosterFixtures.START.plusDays(30)));
            });
  }
}
