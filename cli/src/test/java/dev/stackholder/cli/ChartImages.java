package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads back the chart commands' images: size, colours, SVG elements. For tests. */
final class ChartImages {
  private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>");

  private ChartImages() {}

  /** The PNG, read back, checked to be of this size. */
  static BufferedImage png(Path file, int width, int height) throws IOException {
    assertThat(file).isRegularFile();
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).as("a PNG ImageIO reads").isNotNull();
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    return image;
  }

  /** How many distinct colours the image has. */
  static int colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours.size();
  }

  /**
   * How many pixels are within a small distance of this colour (anti-aliasing blends the edges).
   */
  static int pixelsOf(BufferedImage image, Color colour) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color pixel = new Color(image.getRGB(x, y));
        if (Math.abs(pixel.getRed() - colour.getRed())
                + Math.abs(pixel.getGreen() - colour.getGreen())
                + Math.abs(pixel.getBlue() - colour.getBlue())
            < 30) {
          count++;
        }
      }
    }
    return count;
  }

  /** The SVG's text, checked to declare this size on its root element. */
  static String svg(Path file, int width, int height) throws IOException {
    assertThat(file).isRegularFile();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher root = SVG_ROOT.matcher(text);
    assertThat(root.find()).as("an <svg> element").isTrue();
    assertThat(attribute(root.group(), "width")).isEqualTo(width);
    assertThat(attribute(root.group(), "height")).isEqualTo(height);
    return text;
  }

  /**
   * How many shapes draw in this colour (stroke or fill): paths, and the line elements XChart draws
   * a curve's segments with.
   */
  static int shapesIn(String svg, Color colour) {
    Matcher paths =
        Pattern.compile(
                "<(path|line|polyline|polygon)\\b[^>]*rgb\\("
                    + colour.getRed()
                    + ","
                    + colour.getGreen()
                    + ","
                    + colour.getBlue()
                    + "\\)[^>]*>")
            .matcher(svg);
    int count = 0;
    while (paths.find()) {
      count++;
    }
    return count;
  }

  private static int attribute(String element, String name) {
    Matcher value = Pattern.compile("\\s" + name + "=\"(\\d+)(px)?\"").matcher(element);
    assertThat(value.find()).as(name + " on " + element).isTrue();
    return Integer.parseInt(value.group(1));
  }
}
