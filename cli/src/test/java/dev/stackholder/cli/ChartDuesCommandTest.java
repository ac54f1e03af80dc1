package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartDuesCommandTest {
  private static final Color FIRST = new Color(0x0072B2);
  private static final Color SECOND = new Color(0xD55E00);
  private static final Color THIRD = new Color(0x009E73);

  @TempDir Path dir;

  @Test
  void drawsOneCurveAsPngOfTheAskedSize() throws Exception {
    Path file = dir.resolve("dues.png");
    CliRun run =
        new CliRun(
            "chart",
            "dues",
            "--tier",
            "gold",
            "--on",
            "2015-01-01",
            "--revenue",
            "USD 5000000000",
            "--out",
            file.toString(),
            "--width",
            "640",
            "--height",
            "480");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).startsWith("Wrote ").contains("640x480", "1 curve");
    BufferedImage image = ChartImages.png(file, 640, 480);
    assertThat(ChartImages.colours(image)).isGreaterThan(20);
    assertThat(ChartImages.pixelsOf(image, FIRST)).as("the curve's pixels").isGreaterThan(300);
  }

  @Test
  void drawsSeveralFoundationsAndRuleSetsOnOneChart() throws Exception {
    Path file = dir.resolve("dues.png");
    CliRun run =
        new CliRun(
            "chart",
            "dues",
            "--tier",
            "gold",
            "--on",
            "2015-01-01",
            "--vs",
            "openstack:platinum",
            "--vs",
            "openstack:gold@openinfra-2025",
            "--out",
            file.toString());
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("3 curves");
    BufferedImage image = ChartImages.png(file, 900, 600);
    assertThat(ChartImages.pixelsOf(image, FIRST)).isGreaterThan(300);
    assertThat(ChartImages.pixelsOf(image, SECOND)).isGreaterThan(300);
    assertThat(ChartImages.pixelsOf(image, THIRD)).isGreaterThan(300);
  }

  @Test
  void samplesDenselyAcrossTheBends() {
    CliRun run =
        new CliRun(
            "chart",
            "dues",
            "--tier",
            "gold",
            "--on",
            "2015-01-01",
            "--out",
            dir.resolve("dues.png").toString());
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).containsPattern("\\b(4\\d\\d) revenues each");
  }

  @Test
  void convertsACurveInAnotherCurrencyWithTheRatesAndDrawsItsBandsUpright() throws Exception {
    Path file = dir.resolve("dues.png");
    CliRun run =
        new CliRun(
            "chart",
            "dues",
            "--tier",
            "gold",
            "--on",
            "2022-01-01",
            "--vs",
            "eclipse:strategic",
            "--rate",
            "USD/EUR=0.92",
            "--rate",
            "EUR/USD=1.08",
            "--revenue",
            "USD 900000000",
            "--out",
            file.toString());
    assertThat(run.status).as(run.err).isZero();
    // Each band edge adds two exact revenues (the edge and one cent below it) to the even samples.
    assertThat(run.out)
        .contains("2 curves")
        .containsPattern("\\b(40[5-9]|4[1-9]\\d) revenues each");
    BufferedImage image = ChartImages.png(file, 900, 600);
    assertThat(ChartImages.pixelsOf(image, SECOND)).isGreaterThan(300);
  }

  @Test
  void withoutARateACurveInAnotherCurrencyIsRefused() {
    CliRun run =
        new CliRun(
            "chart",
            "dues",
            "--tier",
            "gold",
            "--on",
            "2022-01-01",
            "--vs",
            "eclipse:strategic",
            "--out",
            dir.resolve("dues.png").toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).startsWith("stackholder: ").contains("No exchange rate from USD to EUR");
    assertThat(dir.resolve("dues.png")).doesNotExist();
  }

  @Test
  void writesSvgWithAPathPerCurve() throws Exception {
    Path file = dir.resolve("dues.svg");
    CliRun run =
        new CliRun(
            "chart",
            "dues",
            "--tier",
            "gold",
            "--on",
            "2015-01-01",
            "--vs",
            "openstack:platinum",
            "--out",
            file.toString(),
            "--width",
            "700",
            "--height",
            "500");
    assertThat(run.status).as(run.err).isZero();
    String svg = ChartImages.svg(file, 700, 500);
    assertThat(ChartImages.shapesIn(svg, FIRST)).isPositive();
    assertThat(ChartImages.shapesIn(svg, SECOND)).isPositive();
  }

  @Test
  void theExtensionIsReadInAnyCase() throws Exception {
    Path file = dir.resolve("DUES.PNG");
    CliRun run =
        new CliRun(
            "chart",
            "dues",
            "--tier",
            "gold",
            "--on",
            "2015-01-01",
            "--out",
            file.toString(),
            "--width",
            "300",
            "--height",
            "200");
    assertThat(run.status).as(run.err).isZero();
    ChartImages.png(file, 300, 200);
  }
}
