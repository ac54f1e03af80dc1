package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartContributionsCommandTest {
  private static final Color BARS = new Color(0x0072B2);

  @TempDir Path dir;

  @Test
  void drawsTheTopEmployersAndTheOthersAsPng() throws Exception {
    Path file = dir.resolve("folsom.png");
    CliRun run =
        new CliRun(
            "chart",
            "contributions",
            "--release",
            "folsom",
            "--top",
            "5",
            "--out",
            file.toString(),
            "--width",
            "640",
            "--height",
            "480");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).startsWith("Wrote ").contains("640x480", "6 bars");
    BufferedImage image = ChartImages.png(file, 640, 480);
    assertThat(ChartImages.colours(image)).isGreaterThan(10);
    assertThat(ChartImages.pixelsOf(image, BARS)).as("the bars' pixels").isGreaterThan(2000);
  }

  @Test
  void writesOnePathPerBarInSvg() throws Exception {
    Path file = dir.resolve("nova.svg");
    CliRun run =
        new CliRun(
            "chart",
            "contributions",
            "--release",
            "GRIZZLY",
            "--project",
            "nova",
            "--top",
            "3",
            "--out",
            file.toString(),
            "--width",
            "500",
            "--height",
            "400");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("4 bars");
    String svg = ChartImages.svg(file, 500, 400);
    assertThat(ChartImages.shapesIn(svg, BARS)).isGreaterThanOrEqualTo(4);
  }
}
