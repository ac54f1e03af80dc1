package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.git.FileChange;
import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogReader;
import dev.stackholder.contribution.git.GitRepository;
import dev.stackholder.contribution.gitdm.GitdmConventions;
import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The attributor decides alone; the statistics count exactly what it credits. */
class AttributorTest {
  private static final AffiliationDirectory DIRECTORY =
      AffiliationDirectory.of(
          AttributionPolicy.GITDM,
          Map.of(),
          List.of(
              Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat"),
              Affiliation.of(Affiliation.Kind.DOMAIN, "openstack.org", "OpenStack Foundation")));

  private static GitCommit commit(String id, String name, String address, List<String> parents) {
    return GitCommit.of(
        id,
        parents,
        name,
        address,
        OffsetDateTime.of(2012, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC),
        List.of(FileChange.of(3, 1, "a.py")),
        List.of());
  }

  @Test
  void eachReasonIsDecidedInOrder() {
    Attributor attributor =
        Attributor.of(DIRECTORY)
            .withScope(
                ReleaseScope.ofRanges(
                    List.of(RevisionRange.of("folsom", "nova", "a..b", List.of("dead")))));
    assertThat(attributor.decide("nova", commit("aaaa", "Ann", "ann@redhat.com", List.of())))
        .satisfies(
            d -> {
              assertThat(d.credited()).isTrue();
              assertThat(d.attribution().employer()).isEqualTo("Red Hat");
            });
    assertThat(
            attributor
                .decide("nova", commit("aaab", "Ann", "ann@redhat.com", List.of("p1", "p2")))
                .leftOut())
        .hasValue(Decision.Reason.MERGE);
    assertThat(
            attributor
                .decide("nova", commit("dead1", "Ann", "ann@redhat.com", List.of()))
                .leftOut())
        .hasValue(Decision.Reason.OUTSIDE_RELEASE);
    Decision bot =
        attributor.decide(
            "nova", commit("aaac", "OpenStack Jenkins", "jenkins@openstack.org", List.of()));
    assertThat(bot.leftOut()).hasValue(Decision.Reason.AUTOMATED_ACCOUNT);
    // whom it would have been credited to is still said
    assertThat(bot.attribution().employer()).isEqualTo("OpenStack Foundation");
    assertThat(
            attributor
                .withAutomated(AutomatedAccounts.none())
                .decide(
                    "nova", commit("aaac", "OpenStack Jenkins", "jenkins@openstack.org", List.of()))
                .credited())
        .isTrue();
    assertThat(attributor.mailmap()).isEqualTo(GitRepository.MailmapUse.IGNORE);
  }

  @Test
  void theStatisticsCountExactlyWhatTheAttributorCredits() {
    Attributor attributor =
        Attributor.of(GitFolsom.config().directory())
            .withScope(ReleaseScope.ofRanges(GitdmConventions.ranges(GitFolsom.CONFIG, "folsom")));
    ContributionStatistics statistics = ContributionStatistics.of("folsom", attributor);
    Map<String, Long> credited = new HashMap<>();
    long leftOut = 0;
    for (String project : GitFolsom.PROJECTS) {
      for (GitCommit commit : GitLogReader.readAll(GitFolsom.log(project))) {
        Decision decision = attributor.decide(project, commit);
        if (decision.credited()) {
          credited.merge(decision.attribution().employer(), 1L, Long::sum);
        } else {
          leftOut++;
        }
      }
      statistics.addLog(GitFolsom.log(project));
    }
    Map<String, Long> counted = new HashMap<>();
    statistics
        .table("all", Metric.CHANGESETS)
        .entries()
        .forEach(e -> counted.put(e.employer(), e.value()));
    assertThat(counted).isEqualTo(credited);
    ExclusionReport exclusions = statistics.exclusions();
    assertThat(leftOut)
        .isPositive()
        .isEqualTo(
            exclusions.merges() + exclusions.outsideRelease() + exclusions.automatedCommits());
  }

  @Test
  void identitiesJoinAddressesAndShadowedOnesAreSaid() {
    AffiliationDirectory directory =
        AffiliationDirectory.of(
            AttributionPolicy.GITDM,
            Map.of("ann@old.example", "ann@elsewhere.example"),
            List.of(Affiliation.of(Affiliation.Kind.ADDRESS, "ann@gmail.com", "Red Hat")));
    List<Identity> identities =
        List.of(Identity.of("Ann Dev", "ann@gmail.com", "Ann@Home.Example", "ann@old.example"));
    AffiliationDirectory joined = directory.withIdentities(identities);
    LocalDate day = LocalDate.of(2012, 6, 1);
    assertThat(joined.attribute("ann@home.example", day).employer()).isEqualTo("Red Hat");
    // the directory's own alias comes first: the identity's is shadowed, and said to be
    assertThat(joined.canonicalAddress("ann@old.example")).isEqualTo("ann@elsewhere.example");
    assertThat(directory.shadowedAliases(identities))
        .containsExactly(Map.entry("ann@old.example", "ann@gmail.com"));
    assertThatThrownBy(() -> Identity.of("Ann", "not-an-address"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("not-an-address");
  }

  @Test
  void configuringAfterReadingIsRefused() {
    ContributionStatistics statistics = ContributionStatistics.of("folsom", DIRECTORY);
    statistics.add("nova", commit("aaaa", "Ann", "ann@redhat.com", List.of()));
    assertThatThrownBy(() -> statistics.automated(AutomatedAccounts.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before adding");
  }
}
