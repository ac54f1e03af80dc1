package dev.stackholder.contribution;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real OpenStack files under src/test/resources (see the README.md there). */
final class TestData {
  static final Path GITDM = resource("gitdm");
  static final Path FOLSOM = GITDM.resolve("folsom");
  static final Path STACKALYTICS = resource("companies-and-releases.json");
  static final Path SERIES_STATUS = resource("series_status.yaml");
  static final String SEED = "001_a04c4d2d8d6c4366.txt";

  private TestData() {}

  private static Path resource(String name) {
    try {
      return Path.of(TestData.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
