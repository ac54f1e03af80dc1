package dev.stackholder.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bytes of the membership module's built-in JSON resources, for baselines that read the same
 * bytes with plain Jackson. The one place that knows the resources' names and paths inside the
 * membership jar: if they move, adapt here.
 */
final class BuiltInData {
  static final String FOUNDATION = "/dev/stackholder/membership/openstack/foundation.json";
  static final String ROSTER = "/dev/stackholder/membership/openstack/reported-counts.json";
  static final String EVIDENCE = "/dev/stackholder/membership/openstack/membership-evidence.csv";

  private BuiltInData() {}

  static byte[] bytes(String resource) {
    try (InputStream in = BuiltInData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No resource " + resource + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
