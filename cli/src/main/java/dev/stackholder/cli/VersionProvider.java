package dev.stackholder.cli;

import dev.stackholder.core.internal.StackholderVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code stackholder --version}: the {@code Implementation-Version} of the jar the program runs
 * from (cli/target/stackholder.jar's manifest), or, run from classes (tests, an IDE), the version
 * of the build the libraries come from. Stateless, thread-safe.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String fromManifest = StackholderCli.class.getPackage().getImplementationVersion();
    String version = fromManifest != null ? fromManifest : StackholderVersion.get();
    return new String[] {
      "stackholder " + version,
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
