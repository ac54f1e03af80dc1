package dev.stackholder.contribution.releases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the bundled {@code final-releases.csv} from a checkout of openstack/releases (test
 * scope: the library never runs it). From the repository's top directory:
 *
 * <pre>
 * ./mvnw -pl contribution -am test -Dtest=ReleaseRangesDataTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dstackholder.releases.checkout=/path/to/releases -Dstackholder.releases.regenerate=true
 * </pre>
 *
 * then update the commit named in {@link ReleaseRanges#BUILT_IN_COMMIT}, the copy of {@code
 * series_status.yaml} and the README beside the index.
 */
final class ReleaseRangesIndexTool {
  static final Path INDEX =
      Path.of("src/main/resources/dev/stackholder/contribution/releases/final-releases.csv");

  private ReleaseRangesIndexTool() {}

  /**
   * Writes the index of a checkout.
   *
   * @param args the checkout, and the file to write (default: the bundled index)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path checkout = Path.of(args[0]);
    Path target = args.length > 1 ? Path.of(args[1]) : INDEX;
    Files.writeString(target, ReleaseRanges.load(checkout).toIndex(), StandardCharsets.UTF_8);
  }
}
