package dev.stackholder.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The pseudonymized Folsom git history and gitdm configuration that the contribution module's tests
 * use (their origin note is its {@code dev/stackholder/contribution/git/README.md}), found in
 * contribution's test-jar or test classes on this test's class or module path. A jar is unpacked
 * once into a temporary directory, because the command reads files. For tests.
 */
final class GitTestData {
  private static final String ROOT = "dev/stackholder/contribution/git/";

  /** The seven projects in the order of gitdm's range file (the order of its all-projects run). */
  static final List<String> PROJECTS =
      List.of("nova", "glance", "swift", "keystone", "horizon", "quantum", "cinder");

  private static Path root;

  private GitTestData() {}

  /** The directory holding {@code folsom/<project>.log} and {@code gitdm-config/}. */
  static synchronized Path root() {
    if (root == null) {
      root = find();
    }
    return root;
  }

  static Path log(String project) {
    return root().resolve("folsom").resolve(project + ".log");
  }

  static Path gitdmConfig() {
    return root().resolve("gitdm-config");
  }

  private static Path find() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
    }
    for (String entry : entries) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(ROOT + "README.md"))) {
        return path.resolve(ROOT);
      }
      if (Files.isRegularFile(path) && entry.endsWith("-tests.jar")) {
        Path unpacked = unpack(path);
        if (unpacked != null) {
          return unpacked;
        }
      }
    }
    throw new IllegalStateException(
        "contribution's test data (" + ROOT + ") is not on the test path: " + entries);
  }

  private static void delete(Path tree) {
    try (java.util.stream.Stream<Path> files = Files.walk(tree)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static Path unpack(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      if (zip.getEntry(ROOT + "README.md") == null) {
        return null;
      }
      Path target = Files.createTempDirectory("stackholder-git-test-data");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (!entry.getName().startsWith(ROOT) || entry.isDirectory()) {
          continue;
        }
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          continue;
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target.resolve(ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack " + jar, e);
    }
  }
}
