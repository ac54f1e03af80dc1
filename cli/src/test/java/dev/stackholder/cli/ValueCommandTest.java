package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stackholder value} and {@code chart value} on the bundled Folsom reports. */
class ValueCommandTest {
  @TempDir Path dir;

  @Test
  void joinsFolsomAndShowsSinaAsNotAMember() {
    CliRun run = new CliRun("value", "--release", "folsom");
    assertThat(run.status).as(run.err).isZero();
    // folsom/git-stats.txt: "SINA 147 (4.7%)", fourth; in neither complete list of 2012-09-09.
    assertThat(run.out).containsPattern("4 +SINA +147 +4\\.7% +sina +not-a-member");
    assertThat(run.out).containsPattern("Cloudscaling .*presumed \\(last seen 2012-09-09\\)");
  }

  @Test
  void nonMembersReportAsCsvAndJson() throws Exception {
    CliRun csv =
        new CliRun("value", "--release", "folsom", "--report", "non-members", "--format", "csv");
    assertThat(csv.status).as(csv.err).isZero();
    assertThat(csv.out)
        .startsWith("release,report,label,rank,")
        .contains("folsom,non-members,SINA,4,sina,,not-a-member,147,4.7,");
    CliRun json = new CliRun("value", "--release", "folsom", "--report", "non-members", "--json");
    assertThat(json.status).as(json.err).isZero();
    JsonNode node = StackholderJson.mapper().readTree(json.out);
    assertThat(node.get("report").asText()).isEqualTo("non-members");
    assertThat(node.get("lines").get(0).get("label").asText()).isEqualTo("SINA");
  }

  @Test
  void diversityReleaseOverRelease() {
    // Elephant Factor by hand from the three git-stats.txt tables: Essex 1, Folsom 3, Grizzly 4.
    CliRun run =
        new CliRun(
            "value",
            "--release",
            "essex",
            "--release",
            "folsom",
            "--release",
            "grizzly",
            "--report",
            "diversity");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out)
        .contains(
            "Elephant Factor 1: 55.2%", "Elephant Factor 3: 56.6%", "Elephant Factor 4: 53.3%");
  }

  @Test
  void joinsARankingFileAsRankPrintsIt() throws Exception {
    Path file = dir.resolve("folsom.json");
    CliRun rank = new CliRun("rank", "--release", "folsom", "--metric", "changesets", "--json");
    assertThat(rank.status).as(rank.err).isZero();
    java.nio.file.Files.writeString(file, rank.out);
    CliRun run =
        new CliRun(
            "value", "--ranking", file.toString(), "--report", "non-members", "--format", "csv");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("folsom,non-members,SINA,4,sina,,not-a-member,147,4.7,");
    CliRun both = new CliRun("value", "--ranking", file.toString(), "--release", "folsom");
    assertThat(both.status).isNotZero();
    assertThat(both.err).startsWith("stackholder: ").contains("not both");
  }

  @Test
  void unknownReportIsOneLineError() {
    CliRun run = new CliRun("value", "--release", "folsom", "--report", "roi");
    assertThat(run.status).isNotZero();
    assertThat(run.err).startsWith("stackholder: ").contains("roi").doesNotContain("\tat ");
  }

  @Test
  void chartsDuesAgainstShare() throws Exception {
    Path file = dir.resolve("value.png");
    CliRun run =
        new CliRun(
            "chart",
            "value",
            "--release",
            "folsom",
            "--out",
            file.toString(),
            "--width",
            "640",
            "--height",
            "480");
    assertThat(run.status).as(run.err).isZero();
    // Folsom's release day: 8 Platinum and 9 Gold known, 5 Gold presumed = 22 organizations.
    assertThat(run.out).contains("22 organizations");
    BufferedImage image = ChartImages.png(file, 640, 480);
    assertThat(ChartImages.pixelsOf(image, new Color(0x0072B2)))
        .as("platinum points")
        .isGreaterThan(20);
    assertThat(ChartImages.pixelsOf(image, new Color(0xD55E00)))
        .as("gold points")
        .isGreaterThan(20);
  }
}
