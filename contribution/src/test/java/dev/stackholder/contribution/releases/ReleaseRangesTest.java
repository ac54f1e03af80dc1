package dev.stackholder.contribution.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.TestData;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The bundled release ranges: Folsom against gitdm's own ranges, and every series' ordering. */
class ReleaseRangesTest {
  private static final ReleaseRanges BUILT_IN = ReleaseRanges.builtIn();

  @Test
  void folsomNovaRunsFromEssexsFinalReleaseToFolsoms() {
    ReleaseRange nova = BUILT_IN.getRange("folsom", "nova");
    assertThat(nova.tagRange()).isEqualTo("2012.1..2012.2");
    assertThat(nova.end().hash()).isEqualTo("c763ee3874a3e4bc7758e34c812899dbfae36cce");
    assertThat(nova.start().orElseThrow().hash())
        .isEqualTo("bbb021c8423c5662290c6a569e6352e2f67e2873");
    assertThat(nova.start().get().series()).isEqualTo("essex");
    assertThat(nova.hashRange())
        .isEqualTo(
            "bbb021c8423c5662290c6a569e6352e2f67e2873.."
                + "c763ee3874a3e4bc7758e34c812899dbfae36cce");
    assertThat(nova.endRule()).isEqualTo(FinalReleaseRule.FIRST_FINAL_RELEASE);
    assertThat(nova.repository()).isEqualTo("openstack/nova");
    assertThat(nova.source().document()).endsWith("/02df7c9a3cc3/deliverables/folsom/nova.yaml");
    assertThat(nova.revisionRange().range()).isEqualTo(nova.hashRange());
    assertThat(nova.revisionRange().project()).isEqualTo("nova");
  }

  /**
   * gitdm's own Folsom ranges (../shared/data/git/README.md: openstack-config/folsom at gitdm
   * 9a77beb, each end resolved in the repository). Where the two sources name the same commit they
   * must agree; swift's and neutron's differences are known and asserted as such.
   */
  @Test
  void folsomEndsAgreeWithGitdmsRangeFilesWhereTheyCoincide() {
    Map<String, String> gitdmEnds =
        Map.of(
            "nova",
            "c763ee3874a3",
            "glance",
            "a9f0a4c4dbac",
            "swift",
            "7368af5475be",
            "keystone",
            "8154492da3d8",
            "horizon",
            "cee6b626d372",
            "quantum",
            "a9b17b66b77c",
            "cinder",
            "8bcfae7e2261");
    Map<String, String> gitdmStarts =
        Map.of(
            "nova",
            "bbb021c8423c",
            "glance",
            "f460a99baee6",
            "swift",
            "4a6fead4bc90",
            "keystone",
            "7d08d12cea96",
            "horizon",
            "a58db8503b17",
            "quantum",
            "e587b405fd2e",
            "cinder",
            "4c202523890d");
    int sameEnd = 0;
    for (String project : gitdmEnds.keySet()) {
      ReleaseRange range = BUILT_IN.getRange("folsom", project);
      if (project.equals("swift")) {
        // Swift released several times per cycle: openstack/releases' last Folsom release is
        // 1.7.4, as in gitdm's 1.4.8..1.7.4, whose end the gitdm README resolves to 7368af5475be.
        assertThat(range.end().version()).isEqualTo("1.7.4");
      }
      assertThat(range.end().hash()).as(project).startsWith(gitdmEnds.get(project));
      sameEnd++;
      if (project.equals("quantum") || project.equals("cinder")) {
        // openstack/releases lists no Essex release of neutron or cinder: their first series.
        assertThat(range.start()).as(project).isEmpty();
      } else if (project.equals("swift")) {
        // gitdm starts at 1.4.8 (Essex's swift release); openstack/releases' Essex file ends
        // swift at its last Essex release.
        assertThat(range.start().orElseThrow().version()).isEqualTo("1.4.8");
        assertThat(range.start().get().hash()).startsWith(gitdmStarts.get(project));
      } else {
        assertThat(range.start().orElseThrow().hash())
            .as(project)
            .startsWith(gitdmStarts.get(project));
      }
    }
    assertThat(sameEnd).isEqualTo(7);
  }

  @Test
  void renamedProjectsResolveBothWays() {
    assertThat(BUILT_IN.getRange("folsom", "quantum"))
        .isEqualTo(BUILT_IN.getRange("folsom", "neutron"));
    assertThat(BUILT_IN.getRange("2024.1", "Quantum").repository()).isEqualTo("openstack/neutron");
    assertThat(ProjectRenames.namesOf("neutron")).containsExactly("neutron", "quantum");
    assertThat(ProjectRenames.namesOf("QUANTUM")).containsExactly("neutron", "quantum");
    assertThat(ProjectRenames.formerName("neutron")).contains("quantum");
    assertThat(ProjectRenames.currentName("quantum")).isEqualTo("neutron");
    assertThat(ProjectRenames.namesOf("nova")).containsExactly("nova");
    assertThat(ProjectRenames.sources()).isNotEmpty();
  }

  @Test
  void seriesByNameOrReleaseIdAndProjectsByRepositoryNameOrDeliverable() {
    ReleaseRange epoxy = BUILT_IN.getRange("2025.1", "openstack/nova");
    assertThat(epoxy).isEqualTo(BUILT_IN.getRange("Epoxy", "NOVA"));
    assertThat(epoxy.tagRange()).isEqualTo("30.0.0..31.0.0");
    assertThat(epoxy.end().hash()).isEqualTo("6042300453411133652dd8d3b789f5057a084075");
    assertThat(epoxy.endRule()).isEqualTo(FinalReleaseRule.STABLE_BRANCH);
    assertThat(BUILT_IN.getRange("2024.1", "nova").tagRange()).isEqualTo("28.0.0..29.0.0");
    assertThat(BUILT_IN.findSeriesName("2024.1")).contains("caracal");
  }

  @Test
  void unknownSeriesAndProjectsNameTheKnownOnes() {
    assertThatThrownBy(() -> BUILT_IN.getRange("zebra", "nova"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'zebra'")
        .hasMessageContaining("folsom")
        .satisfies(e -> assertThat(((NotFoundException) e).knownIds()).contains("folsom", "epoxy"));
    assertThatThrownBy(() -> BUILT_IN.getRange("folsom", "octavia"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'octavia'")
        .hasMessageContaining("nova")
        .satisfies(e -> assertThat(((NotFoundException) e).knownIds()).contains("nova", "neutron"));
    assertThat(BUILT_IN.findRange("folsom", "octavia")).isEmpty();
    // A series of the list that has not been released has no ranges yet.
    assertThat(BUILT_IN.ranges("hibiscus")).isEmpty();
    assertThatThrownBy(() -> BUILT_IN.getRange("hibiscus", "nova"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no final release");
  }

  /**
   * The oracle, written another way: the series order read straight from series_status.yaml by
   * SnakeYAML (initial-release dates), and each repository's releases straight from the bundled
   * index. Every range starts in a series strictly before its end's series, and at the repository's
   * nearest earlier series with a final release.
   */
  @Test
  void everyRangeStartsAtTheNearestEarlierSeriesOfItsRepository() throws IOException {
    List<Map<String, Object>> yaml = new Yaml().load(Files.readString(TestData.SERIES_STATUS));
    Map<String, LocalDate> initial = new HashMap<>();
    for (Map<String, Object> series : yaml) {
      Object date = series.get("initial-release"); // SnakeYAML reads a plain date as a Date
      initial.put(
          (String) series.get("name"),
          date instanceof java.util.Date
              ? ((java.util.Date) date).toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
              : LocalDate.parse(date.toString()));
    }
    Map<String, List<ReleaseRange>> byRepository =
        BUILT_IN.ranges().stream().collect(Collectors.groupingBy(ReleaseRange::repository));
    int withStart = 0;
    for (ReleaseRange range : BUILT_IN.ranges()) {
      LocalDate end = initial.get(range.series());
      assertThat(end).as(range.toString()).isNotNull();
      LocalDate nearest = null;
      ReleaseRange previous = null;
      for (ReleaseRange other : byRepository.get(range.repository())) {
        LocalDate date = initial.get(other.series());
        if (date.isBefore(end) && (nearest == null || date.isAfter(nearest))) {
          nearest = date;
          previous = other;
        }
      }
      if (previous == null) {
        assertThat(range.start()).as(range.toString()).isEmpty();
      } else {
        withStart++;
        assertThat(range.start()).as(range.toString()).contains(previous.end());
        assertThat(initial.get(range.start().get().series())).isBefore(end);
      }
      assertThat(range.revisionRange().range()).isEqualTo(range.hashRange());
    }
    assertThat(withStart).isGreaterThan(4000);
  }

  @Test
  void noRangeEndsAtACandidateAMarkerOrAnotherSeriesRelease() {
    for (ReleaseRange range : BUILT_IN.ranges()) {
      assertThat(range.end().version()).as(range.toString()).matches("v?[0-9]+(\\.[0-9]+)*");
      assertThat(range.end().series()).isEqualTo(range.series());
    }
  }

  @Test
  void rangesRoundTripThroughJson() {
    for (String project : List.of("nova", "neutron", "cinder", "swift")) {
      ReleaseRange range = BUILT_IN.getRange("folsom", project);
      String json = StackholderJson.write(range);
      assertThat(StackholderJson.read(json, ReleaseRange.class)).isEqualTo(range);
    }
    String json = StackholderJson.write(BUILT_IN.getRange("folsom", "nova"));
    assertThat(json).contains("\"endRule\":\"first-final-release\"").contains("\"start\":{");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    json.replace("c763ee3874a3e4bc7758e34c812899dbfae36cce", "c763ee38"),
                    ReleaseRange.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("c763ee38");
  }

  @Test
  void aMalformedIndexNamesItsLine() {
    String header = "series,deliverable,repository,version,hash,rule\n";
    String good =
        "folsom,,openstack/nova,2012.2,c763ee3874a3e4bc7758e34c812899dbfae36cce,first-final-release\n";
    assertThat(read(header + good)).hasSize(1);
    assertThatThrownBy(() -> read(header + good.replace("2012.2", "2012.2rc1")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("index:2:");
    assertThatThrownBy(() -> read(header + good.replace(",first", ",x,first")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("7 fields");
    assertThatThrownBy(() -> read(good))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("header");
    assertThatThrownBy(() -> read(header + good.replace("first-final", "best")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("'best-release'");
  }

  private static List<FinalRelease> read(String text) {
    return ReleaseRanges.readIndex(
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "index");
  }

  @Test
  void loadNeedsACheckout(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThatThrownBy(() -> ReleaseRanges.load(dir))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("deliverables");
  }
}
