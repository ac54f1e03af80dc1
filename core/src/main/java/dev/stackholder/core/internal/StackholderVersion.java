package dev.stackholder.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the Stackholder build these classes come from, such as {@code 0.1.0}, written into
 * {@code version.properties} by the build (Maven resource filtering), so no source file holds a
 * literal that could fall behind the POM.
 *
 * <p>Stateless and thread-safe.
 */
public final class StackholderVersion {
  private static final String VERSION =
      BuiltInResources.of(
              "stackholder-core", name -> StackholderVersion.class.getResourceAsStream(name))
          .read("version.properties", StackholderVersion::version);

  private StackholderVersion() {}

  /** {@return the build's version, e.g. {@code "0.1.0"}} */
  public static String get() {
    return VERSION;
  }

  private static String version(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    String version = properties.getProperty("version", "");
    if (version.isBlank() || version.startsWith("${")) {
      throw new IOException("version.properties holds no version: '" + version + "'");
    }
    return version;
  }
}
