package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartMembersCommandTest {
  private static final Color FIRST = new Color(0x0072B2);

  @TempDir Path dir;

  @Test
  void drawsEveryTierOverTimeAsPng() throws Exception {
    Path file = dir.resolve("members.png");
    CliRun run =
        new CliRun(
            "chart", "members", "--out", file.toString(), "--width", "1000", "--height", "700");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out)
        .startsWith("Wrote ")
        .contains("1000x700")
        .containsPattern("[1-9]\\d* complete lists");
    BufferedImage image = ChartImages.png(file, 1000, 700);
    assertThat(ChartImages.colours(image)).isGreaterThan(20);
    assertThat(ChartImages.pixelsOf(image, FIRST)).isGreaterThan(300);
  }

  @Test
  void drawsTheUnknownAsItsOwnSeriesInSvg() throws Exception {
    Path file = dir.resolve("members.svg");
    CliRun run =
        new CliRun(
            "chart",
            "members",
            "--tier",
            "platinum",
            "--from",
            "2012-09-01",
            "--to",
            "2016-12-31",
            "--out",
            file.toString(),
            "--width",
            "800",
            "--height",
            "500");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("1 tier,");
    String svg = ChartImages.svg(file, 800, 500);
    // The known line, the dashed known-plus-unknown line and the complete-list markers share the
    // tier's colour.
    assertThat(ChartImages.shapesIn(svg, FIRST)).isGreaterThanOrEqualTo(3);
    assertThat(svg).contains("stroke-dasharray");
  }

  @Test
  void theWidestPeriodCostsAFixedNumberOfRosterAnswers() {
    Path file = dir.resolve("widest.png");
    CliRun run =
        new CliRun(
            "chart",
            "members",
            "--from",
            "1000-01-01",
            "--to",
            "9999-12-31",
            "--out",
            file.toString(),
            "--width",
            "400",
            "--height",
            "300");
    assertThat(run.status).as(run.err).isZero();
    java.util.regex.Matcher dates =
        java.util.regex.Pattern.compile("(\\d+) dates").matcher(run.out);
    assertThat(dates.find()).as(run.out).isTrue();
    assertThat(Integer.parseInt(dates.group(1)))
        .isLessThanOrEqualTo(ChartMembersCommand.MAX_SAMPLES + 1);
  }
}
