package dev.stackholder.cli;

import dev.stackholder.core.internal.StackholderVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code stackholder --version}: the version of the build the libraries come from, so the program
 * never reports a version its code does not have.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"stackholder " + StackholderVersion.get()};
  }
}
