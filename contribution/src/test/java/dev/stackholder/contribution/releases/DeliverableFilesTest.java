package dev.stackholder.contribution.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own openstack/releases checkout, as {@link ReleaseRanges#load} reads it: small files
 * written here (invented projects and commit ids) for each rule that picks a series' final release.
 */
class DeliverableFilesTest {
  private static final String SERIES =
      """
      - name: gamma
        release-id: 2031.1
        status: development
        initial-release: 2031-04-01
      - name: beta
        release-id: 2030.2
        status: maintained
        initial-release: 2030-10-01
      - name: alpha
        release-id: 2030.1
        status: maintained
        initial-release: 2030-04-01
      """;

  @TempDir Path checkout;

  @BeforeEach
  void seriesList() throws IOException {
    Files.createDirectories(checkout.resolve("data"));
    Files.writeString(checkout.resolve("data/series_status.yaml"), SERIES);
  }

  private void write(String series, String deliverable, String yaml) throws IOException {
    Path dir = Files.createDirectories(checkout.resolve("deliverables").resolve(series));
    Files.writeString(dir.resolve(deliverable + ".yaml"), yaml);
  }

  private static String hash(char c) {
    return String.valueOf(c).repeat(40);
  }

  private static String release(String version, String repo, char hash) {
    return "  - version: "
        + version
        + "\n    projects:\n      - repo: "
        + repo
        + "\n        hash: "
        + hash(hash)
        + "\n";
  }

  @Test
  void eachRulePicksTheSeriesFinalRelease() throws IOException {
    // Released once per cycle, branch cut at a candidate: the first final release after it.
    write(
        "alpha",
        "widget",
        "release-model: cycle-with-rc\nreleases:\n" + release("1.0.0", "openstack/widget", 'a'));
    write(
        "beta",
        "widget",
        "release-model: cycle-with-rc\nreleases:\n"
            + release("2.0.0.0b1", "openstack/widget", '1')
            + release("2.0.0.0rc1", "openstack/widget", '2')
            + release("2.0.0", "openstack/widget", '2')
            + release("2.0.1", "openstack/widget", '3')
            + release("2030.2-eol", "openstack/widget", '4')
            + "branches:\n  - name: stable/2030.2\n    location: 2.0.0.0rc1\n");
    // Several releases per cycle, no branch: the last final one (not the end-of-life marker).
    write(
        "alpha",
        "gadget",
        "release-model: cycle-with-intermediary\nreleases:\n"
            + release("0.1.0", "openstack/gadget", 'b')
            + release("0.2.0", "openstack/gadget", 'c'));
    write(
        "beta",
        "gadget",
        "release-model: cycle-with-intermediary\nreleases:\n"
            + release("0.3.0", "openstack/gadget", 'd')
            + release("0.4.0", "openstack/gadget", 'e')
            + release("beta-eol", "openstack/gadget", 'f'));
    // Once per cycle without a branch: the first final release; the rest are stable releases.
    write(
        "beta",
        "gizmo",
        "release-model: cycle-with-milestones\nreleases:\n"
            + release("\"2030.2\"", "openstack/gizmo", '5')
            + release("2030.2.1", "openstack/gizmo", '6'));
    // A series in development has no final release yet.
    write(
        "gamma",
        "widget",
        "release-model: cycle-with-rc\nreleases:\n" + release("3.0.0", "openstack/widget", '7'));

    ReleaseRanges ranges = ReleaseRanges.load(checkout);
    ReleaseRange widget = ranges.getRange("beta", "widget");
    assertThat(widget.tagRange()).isEqualTo("1.0.0..2.0.0");
    assertThat(widget.hashRange()).isEqualTo(hash('a') + ".." + hash('2'));
    assertThat(widget.endRule()).isEqualTo(FinalReleaseRule.STABLE_BRANCH);
    assertThat(ranges.getRange("alpha", "widget").start()).isEmpty();
    assertThat(ranges.getRange("alpha", "widget").tagRange()).isEqualTo("1.0.0");
    assertThat(ranges.getRange("2030.2", "openstack/gadget").tagRange()).isEqualTo("0.2.0..0.4.0");
    assertThat(ranges.getRange("beta", "gadget").endRule())
        .isEqualTo(FinalReleaseRule.LAST_FINAL_RELEASE);
    assertThat(ranges.getRange("beta", "gizmo").tagRange()).isEqualTo("2030.2");
    assertThat(ranges.getRange("beta", "gizmo").endRule())
        .isEqualTo(FinalReleaseRule.FIRST_FINAL_RELEASE);
    assertThat(ranges.ranges("gamma")).isEmpty();
    assertThat(ranges.series()).extracting(s -> s.name()).containsExactly("alpha", "beta", "gamma");
    assertThat(ranges.getRange("beta", "widget").source().document())
        .endsWith(Path.of("deliverables", "beta", "widget.yaml").toString());
  }

  @Test
  void aBranchAtAnUntaggedCommitOrByRepositoryHashes() throws IOException {
    write(
        "alpha",
        "roles",
        "release-model: cycle-with-intermediary\nreleases:\n"
            + "  - version: 1.0.0\n    projects:\n"
            + "      - repo: openstack/role-a\n        hash: "
            + hash('a')
            + "\n"
            + "      - repo: openstack/role-b\n        hash: "
            + hash('b')
            + "\n"
            + "  - version: 1.1.0\n    projects:\n"
            + "      - repo: openstack/role-a\n        hash: "
            + hash('c')
            + "\n"
            + "      - repo: openstack/role-b\n        hash: "
            + hash('d')
            + "\n"
            + "branches:\n  - name: stable/alpha\n    location:\n"
            + "      openstack/role-a: "
            + hash('a')
            + "\n      openstack/role-b: "
            + hash('b')
            + "\n");
    write(
        "alpha",
        "tools",
        "release-model: cycle-with-intermediary\nreleases:\n"
            + release("alpha-eom", "openstack/tools", 'e')
            + "branches:\n  - name: stable/alpha\n    location:\n      openstack/tools: "
            + hash('f')
            + "\n");
    ReleaseRanges ranges = ReleaseRanges.load(checkout);
    assertThat(ranges.getRange("alpha", "role-a").end().version()).isEqualTo("1.0.0");
    assertThat(ranges.getRange("alpha", "openstack/role-b").end().hash()).isEqualTo(hash('b'));
    assertThatThrownBy(() -> ranges.getRange("alpha", "roles"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("openstack/role-a");
    assertThat(ranges.findRange("alpha", "tools")).isEmpty();
  }

  @Test
  void aMalformedFileNamesItsFileAndLine() throws IOException {
    write(
        "alpha",
        "broken",
        "releases:\n  - version: 1.0.0\n    projects:\n"
            + "      - repo: openstack/broken\n        hash: 1234\n");
    assertThatThrownBy(() -> ReleaseRanges.load(checkout))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("broken.yaml:4")
        .hasMessageContaining("'1234'");
    write("alpha", "broken", "releases:\n  - version: 1.0.0\n    version: 1.0.1\n");
    assertThatThrownBy(() -> ReleaseRanges.load(checkout))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("broken.yaml:3")
        .hasMessageContaining("duplicate key 'version'");
    write("alpha", "broken", "releases:\n  - version: 1.0.0\n");
    assertThatThrownBy(() -> ReleaseRanges.load(checkout))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("broken.yaml:2")
        .hasMessageContaining("no 'projects'");
    write("alpha", "broken", "releases: [1, 2\n");
    assertThatThrownBy(() -> ReleaseRanges.load(checkout))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("broken.yaml")
        .hasMessageContaining("not valid YAML");
    write("alpha", "broken", "releases: x\n");
    assertThatThrownBy(() -> ReleaseRanges.load(checkout))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("broken.yaml:1")
        .hasMessageContaining("should be a list");
  }

  @Test
  void aSeriesListBesideTheDeliverablesAlsoServes() throws IOException {
    Files.move(checkout.resolve("data/series_status.yaml"), checkout.resolve("series_status.yaml"));
    write("alpha", "widget", "releases:\n" + release("1.0.0", "openstack/widget", 'a'));
    assertThat(ReleaseRanges.load(checkout).getRange("alpha", "widget").end().version())
        .isEqualTo("1.0.0");
    Files.delete(checkout.resolve("series_status.yaml"));
    assertThatThrownBy(() -> ReleaseRanges.load(checkout))
        .isInstanceOf(dev.stackholder.core.NotFoundException.class)
        .hasMessageContaining("series_status.yaml");
  }
}
