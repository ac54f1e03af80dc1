package dev.stackholder.contribution;

import dev.stackholder.contribution.gitdm.GitdmReports;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The real OpenStack files of the tests (see the README.md beside them) and the shipped gitdm
 * reports.
 */
public final class TestData {
  /** The folder of the gitdm reports the library ships (main resources), not a copy. */
  public static final Path GITDM = shipped();

  public static final Path FOLSOM = GITDM.resolve("folsom");
  public static final Path STACKALYTICS = resource("companies-and-releases.json");

  /** The series list the library ships with its release ranges (main resources), not a copy. */
  public static final Path SERIES_STATUS = shippedSeries();

  public static final String SEED = "001_a04c4d2d8d6c4366.txt";

  private TestData() {}

  private static Path shipped() {
    try {
      return Path.of(GitdmReports.class.getResource("index.txt").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(TestData.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path shippedSeries() {
    try {
      return Path.of(
          dev.stackholder.contribution.releases.ReleaseRanges.class
              .getResource("series_status.yaml")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
