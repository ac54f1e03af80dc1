package dev.stackholder.contribution.git;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code --numstat} line of a commit: lines added and removed in one file. A binary file
 * ({@code -} and {@code -} in git's output) counts 0 and 0, as gitdm counts it, and says so in
 * {@link #binary()}. A rename or copy ({@code old => new}, or {@code dir/{old => new}/file}) keeps
 * the path before the change in {@link #previousPath()}; its counts are the lines that changed, as
 * git prints them.
 *
 * <p>Immutable and thread-safe. A plain final class rather than an Immutables value: a history of
 * 10^6 commits makes millions of these, and the reader builds them already checked.
 */
public final class FileChange {
  private final int added;
  private final int removed;
  private final boolean binary;
  private final String path;
  private final String previousPath;

  private FileChange(int added, int removed, boolean binary, String path, String previousPath) {
    this.added = added;
    this.removed = removed;
    this.binary = binary;
    this.path = path;
    this.previousPath = previousPath;
  }

  /**
   * {@return a text file's change}
   *
   * @param added lines added; 0 or more
   * @param removed lines removed; 0 or more
   * @param path the file's path after the change; not blank
   * @throws IllegalArgumentException if a count is negative or the path blank
   */
  public static FileChange of(int added, int removed, String path) {
    if (added < 0 || removed < 0 || path.isBlank()) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "FileChange of '%s' is +%d -%d, expected counts of 0 or more and a path",
              path,
              added,
              removed));
    }
    return new FileChange(added, removed, false, path, null);
  }

  /**
   * {@return a binary file's change: 0 lines added and removed}
   *
   * @param path the file's path after the change
   */
  public static FileChange binary(String path) {
    return new FileChange(0, 0, true, Objects.requireNonNull(path, "path"), null);
  }

  static FileChange parsed(
      int added, int removed, boolean binary, String path, String previousPath) {
    return new FileChange(added, removed, binary, path, previousPath);
  }

  /** {@return lines added; 0 for a binary file} */
  public int added() {
    return added;
  }

  /** {@return lines removed; 0 for a binary file} */
  public int removed() {
    return removed;
  }

  /** {@return whether git printed {@code -} counts (a binary file)} */
  public boolean binary() {
    return binary;
  }

  /** {@return the path after the change} */
  public String path() {
    return path;
  }

  /** {@return the path before a rename or copy; empty for an ordinary change} */
  public Optional<String> previousPath() {
    return Optional.ofNullable(previousPath);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileChange that
        && added == that.added
        && removed == that.removed
        && binary == that.binary
        && path.equals(that.path)
        && Objects.equals(previousPath, that.previousPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(added, removed, binary, path, previousPath);
  }

  @Override
  public String toString() {
    return (binary ? "-\t-" : added + "\t" + removed)
        + "\t"
        + (previousPath == null ? path : previousPath + " => " + path);
  }
}
