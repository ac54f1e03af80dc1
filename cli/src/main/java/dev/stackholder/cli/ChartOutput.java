package dev.stackholder.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The chart commands' shared options, a picocli mixin: {@code --out FILE} (PNG or SVG by its
 * extension) and {@code --width}/{@code --height} in pixels. Checked before anything is computed,
 * so a bad one is a usage error (exit status 2). Not thread-safe.
 */
final class ChartOutput {
  /**
   * Smallest and largest side accepted: below, nothing legible fits. Above 4000 pixels a side, or
   * {@link #MAX_PIXELS} in all, memory grows past what a chart needs: an 8000x8000 PNG held 329 MB
   * (about 5 bytes a pixel), so 12 million pixels hold about 60 MB, under 100 MB.
   */
  static final int MIN_SIDE = 200;

  static final int MAX_SIDE = 4000;
  static final int MAX_PIXELS = 12_000_000;

  /** The image formats, chosen by the file's extension. */
  enum Format {
    PNG,
    SVG
  }

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The image file to write: .png or .svg (an existing file is replaced).")
  String out;

  @Option(
      names = "--width",
      paramLabel = "PX",
      defaultValue = "900",
      description =
          "The image's width in pixels, "
              + MIN_SIDE
              + " to "
              + MAX_SIDE
              + " (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--height",
      paramLabel = "PX",
      defaultValue = "600",
      description =
          "The image's height in pixels, "
              + MIN_SIDE
              + " to "
              + MAX_SIDE
              + " (default: ${DEFAULT-VALUE}).")
  int height;

  /** The file, checked: a usable path ending in .png or .svg. */
  Path path() {
    if (out.isBlank()) {
      throw new UsageException("Invalid value for option '--out': the file name is empty");
    }
    try {
      return Path.of(out).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new UsageException(
          "Invalid value for option '--out': '" + out + "' is not a valid path");
    }
  }

  /** The format the file's extension asks for. */
  Format format() {
    String name = out.toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return Format.PNG;
    }
    if (name.endsWith(".svg")) {
      return Format.SVG;
    }
    throw new UsageException(
        "Invalid value for option '--out': '"
            + out
            + "' has neither a .png nor a .svg extension, expected FILE.png or FILE.svg");
  }

  /** Checks every option; returns this. */
  ChartOutput checked() {
    side("--width", width);
    side("--height", height);
    if ((long) width * height > MAX_PIXELS) {
      throw new UsageException(
          "Invalid value for options '--width' and '--height': "
              + width
              + "x"
              + height
              + " is "
              + (long) width * height
              + " pixels, expected at most "
              + MAX_PIXELS
              + " (e.g. 4000x3000)");
    }
    path();
    format();
    return this;
  }

  private static void side(String option, int pixels) {
    if (pixels < MIN_SIDE || pixels > MAX_SIDE) {
      throw new UsageException(
          "Invalid value for option '"
              + option
              + "': "
              + pixels
              + " pixels, expected "
              + MIN_SIDE
              + " to "
              + MAX_SIDE);
    }
  }
}
