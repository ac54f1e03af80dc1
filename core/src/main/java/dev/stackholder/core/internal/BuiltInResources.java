package dev.stackholder.core.internal;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reads the data files a Stackholder jar ships, with one failure policy: a missing, unreadable or
 * invalid built-in resource is a packaging bug, not bad user data, so it is an {@link
 * IllegalStateException} naming the resource and the jar.
 *
 * <p>Each module opens its own resources (a module's packages are encapsulated), so it passes a
 * function that does: {@code BuiltInResources.of("stackholder-membership", name ->
 * Foundations.class.getResourceAsStream(name))}, with names relative to that class's package.
 *
 * <p>Immutable and thread-safe.
 */
public final class BuiltInResources {
  private final String jar;
  private final Function<String, InputStream> opener;

  private BuiltInResources(String jar, Function<String, InputStream> opener) {
    this.jar = jar;
    this.opener = opener;
  }

  /**
   * {@return the resources of one jar}
   *
   * @param jar the artifact, for messages ({@code "stackholder-membership"})
   * @param opener opens a resource by name, returning {@code null} when there is none
   */
  public static BuiltInResources of(String jar, Function<String, InputStream> opener) {
    return new BuiltInResources(jar, opener);
  }

  /**
   * How to turn a resource's bytes into a value.
   *
   * @param <T> the value read
   */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads the value; the stream is closed by the caller.
     *
     * @param in the resource's bytes
     * @return the value read
     * @throws IOException if the stream cannot be read; reported as an {@link
     *     IllegalStateException} naming the resource
     */
    T read(InputStream in) throws IOException;
  }

  /**
   * Reads a resource with a reader of any format.
   *
   * @param <T> the type of value read
   * @param resource the resource's path within the jar, relative to the opener's root
   * @param reader reads the resource's bytes
   * @return what the reader made of the resource
   * @throws IllegalStateException naming the resource if it is missing, unreadable or invalid
   */
  public <T> T read(String resource, Reader<T> reader) {
    try (InputStream in = opener.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Built-in resource " + resource + " is missing from " + jar);
      }
      return reader.read(in);
    } catch (InvalidDataException e) {
      throw new IllegalStateException(
          "Built-in resource " + resource + " of " + jar + " is invalid: " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException(
          "Built-in resource " + resource + " of " + jar + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a JSON resource as a {@code type}.
   *
   * @param <T> the type of value read
   * @param resource the resource's path within the jar, relative to the opener's root
   * @param type the class the JSON is read as
   * @return the value, read with {@link dev.stackholder.core.json.StackholderJson}'s strict rules
   */
  public <T> T readJson(String resource, Class<T> type) {
    return read(resource, in -> StackholderJson.read(in, type));
  }

  /**
   * {@return the non-blank lines of a UTF-8 text resource, trimmed, such as an index of files}
   *
   * @param resource the resource's path within the jar, relative to the opener's root
   */
  public ImmutableList<String> readLines(String resource) {
    return read(
        resource,
        in -> {
          ImmutableList.Builder<String> lines = ImmutableList.builder();
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
              lines.add(line.trim());
            }
          }
          return lines.build();
        });
  }
}
