package dev.stackholder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.analysis.ValueRow;
import dev.stackholder.contribution.Metric;
import dev.stackholder.core.Organization;
import dev.stackholder.membership.Tier;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of each library as a downstream project sees it: no generated {@code Immutable*} class
 * is public (a computed result cannot be forged through its builder), and {@code core.internal} is
 * exported to Stackholder's own modules only.
 */
class PublicApiShapeTest {
  private static final Set<String> OWN_MODULES =
      Set.of(
          "dev.stackholder.membership",
          "dev.stackholder.adoption",
          "dev.stackholder.contribution",
          "dev.stackholder.analysis",
          "dev.stackholder.cli");

  @ParameterizedTest
  @ValueSource(
      classes = {Organization.class, Tier.class, CaseStudy.class, Metric.class, ValueRow.class})
  void noGeneratedImplementationIsPublic(Class<?> anchor) throws Exception {
    List<String> generated =
        classNames(anchor).stream()
            .filter(name -> name.substring(name.lastIndexOf('.') + 1).startsWith("Immutable"))
            .collect(Collectors.toList());
    assertThat(generated).as("generated classes of %s", anchor.getModule().getName()).isNotEmpty();
    for (String name : generated) {
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", name).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(
      classes = {Organization.class, Tier.class, CaseStudy.class, Metric.class, ValueRow.class})
  void internalsAreExportedToStackholderOnly(Class<?> anchor) {
    ModuleDescriptor descriptor = anchor.getModule().getDescriptor();
    assertThat(descriptor).as("%s is a named module", anchor).isNotNull();
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      if (export.source().contains(".internal")) {
        assertThat(export.isQualified()).as("%s is exported to everyone", export.source()).isTrue();
        assertThat(OWN_MODULES).containsAll(export.targets());
      }
    }
  }

  /** The binary names of every class in the jar or folder the anchor was loaded from. */
  private static List<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return classNamesUnder(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return classNamesUnder(jar.getPath("/"));
    }
  }

  private static List<String> classNamesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(file -> root.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    }
  }
}
