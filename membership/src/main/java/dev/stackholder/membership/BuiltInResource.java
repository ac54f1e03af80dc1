package dev.stackholder.membership;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the JSON resources this module ships. A missing or invalid built-in resource is a bug in
 * the jar, not bad user input, so it is an {@link IllegalStateException} naming the resource.
 */
final class BuiltInResource {
  private BuiltInResource() {}

  /** Reads {@code resource}, relative to this package, as a {@code type}. */
  static <T> T read(String resource, Class<T> type) {
    try (InputStream in = BuiltInResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + resource + " is missing from the membership jar");
      }
      return StackholderJson.read(in, type);
    } catch (InvalidDataException e) {
      throw new IllegalStateException("Built-in resource " + resource + " is invalid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
