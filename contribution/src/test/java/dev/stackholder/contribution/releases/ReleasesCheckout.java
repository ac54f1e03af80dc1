package dev.stackholder.contribution.releases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The full openstack/releases data of ../shared/data/openstack-releases (25 MB, not in this
 * repository): the system property {@code stackholder.releases.checkout}, else that folder beside
 * the repository's parent. Tests that need it are skipped where it is absent.
 */
final class ReleasesCheckout {
  private ReleasesCheckout() {}

  static Optional<Path> find() {
    Path path =
        Path.of(
            System.getProperty(
                "stackholder.releases.checkout", "../../shared/data/openstack-releases"));
    return Files.isDirectory(path.resolve("deliverables")) ? Optional.of(path) : Optional.empty();
  }
}
