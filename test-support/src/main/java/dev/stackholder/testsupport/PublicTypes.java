package dev.stackholder.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds every public top-level type of a module's build output, so that a sanity test covers the
 * types added after it was written instead of a list someone must keep up to date (issue 26 point
 * 1). Generated Immutables implementations ({@code Immutable*}) are left out: they are not public
 * API. Stateless and thread-safe.
 */
public final class PublicTypes {
  private PublicTypes() {}

  /**
   * {@return the public top-level classes, interfaces and enums compiled beside {@code anchor}, in
   * name order}
   *
   * @param anchor any class of the module under test
   */
  public static List<Class<?>> besides(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no class directory for " + anchor, e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(
              name ->
                  name.endsWith(".class")
                      && !name.contains("$")
                      && !name.endsWith("module-info.class")
                      && !name.endsWith("package-info.class"))
          .map(
              name ->
                  name.substring(0, name.length() - ".class".length())
                      .replace('/', '.')
                      .replace('\\', '.'))
          .filter(name -> !name.substring(name.lastIndexOf('.') + 1).startsWith("Immutable"))
          .sorted()
          .<Class<?>>map(name -> load(name, anchor.getClassLoader()))
          .filter(type -> Modifier.isPublic(type.getModifiers()))
          .filter(type -> type.getModule().isExported(type.getPackageName()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
