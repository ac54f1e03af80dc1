package dev.stackholder.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The chart commands' shared options, a picocli mixin: {@code --out FILE} (PNG or SVG by its
 * extension) and {@code --width}/{@code --height} in pixels. Checked before anything is computed, so
 * a bad one is a usage error (exit status 2). Not thread-safe.
 */
final class ChartOutput {
  /** Smallest and largest side accepted: below, nothing legible fits; above, one image takes gigabytes. */
  static final int MIN_SIDE = 200;
  static final int MAX_SIDE = 8000;

  /** The image formats, chosen by the file's extension. */
  enum Format { PNG, SVG }

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The image file to write: .png or .svg (an existing file is replaced).")
  String out;

  @Option(names = "--width", paramLabel = "PX", defaultValue = "900",
      description = "The image's width in pixels, " + MIN_SIDE + " to " + MAX_SIDE + " (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--height", paramLabel = "PX", defaultValue = "600",
      description = "The image's height in pixels, " + MIN_SIDE + " to " + MAX_SIDE + " (default: ${DEFAULT-VALUE}).")
  int height;

  /** The file, checked: a usable path ending in .png or .svg. */
  Path path() {
    if (out.isBlank()) {
      throw new UsageException("Invalid value for option '--out': the file name is empty");
    }
    try {
      return Path.of(out).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new UsageException("Invalid value for option '--out': '" + out + "' is not a valid path");
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
    throw new UsageException("Invalid value for option '--out': '" + out
        + "' has neither a .png nor a .svg extension, expected FILE.png or FILE.svg");
  }

  /** Checks every option; returns this. */
  ChartOutput checked() {
    side("--width", width);
    side("--height", height);
    path();
    format();
    return this;
  }

  private static void side(String option, int pixels) {
    if (pixels < MIN_SIDE || pixels > MAX_SIDE) {
      throw new UsageException("Invalid value for option '" + option + "': " + pixels + " pixels, expected "
          + MIN_SIDE + " to " + MAX_SIDE);
    }
  }
}
