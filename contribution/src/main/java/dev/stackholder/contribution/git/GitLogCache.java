package dev.stackholder.contribution.git;

import dev.stackholder.core.StackholderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A directory of {@code git log} texts, one per repository, commit range and mailmap choice, so
 * that a second run over unchanged clones reads a file instead of running {@code git log} again. An
 * entry's name is a SHA-256 of the repository's directory, the commit ids the range resolves to (or
 * HEAD's), the mailmap choice and the command line: a new commit, a moved tag or another option is
 * another entry, never a stale one. Resolving the ids runs {@code git rev-parse}, which costs
 * milliseconds; {@code git log} over a whole history costs seconds to minutes.
 *
 * <p>An entry is written while git's output is read and kept only once git has succeeded and its
 * whole output was read, under its final name by an atomic move, so a run that fails or stops half
 * way leaves no entry behind. Entries are never pruned: delete the directory to empty the cache.
 * The CLI uses it with {@code --cache DIR} (for instance {@code ~/.cache/stackholder/git-log}).
 *
 * <pre>{@code
 * GitLogCache cache = GitLogCache.at(Path.of(System.getProperty("user.home"), ".cache/stackholder/git-log"));
 * try (GitLogProcess log = cache.log(GitRepository.at(Path.of("nova")), Optional.empty(),
 *     GitRepository.MailmapUse.IGNORE)) {
 *   statistics.addAll("nova", log);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: entries are whole files, written under a temporary name first.
 */
public final class GitLogCache {
  private final Path directory;

  private GitLogCache(Path directory) {
    this.directory = directory;
  }

  /**
   * {@return a cache in a directory, created if need be}
   *
   * @param directory where the entries are kept
   * @throws StackholderException if the directory cannot be created
   */
  public static GitLogCache at(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StackholderException(
          "Cannot create the git log cache directory '" + directory + "': " + e.getMessage(), e);
    }
    return new GitLogCache(directory);
  }

  /** {@return the directory} */
  public Path directory() {
    return directory;
  }

  /**
   * {@return the commits of a range: from the cache if an entry exists for the commits the range
   * resolves to, else from {@code git log}, whose text becomes the entry}
   *
   * @param repository the repository
   * @param range {@code A..B}, or empty for HEAD's whole history
   * @param mailmap whether git rewrites authors through {@code .mailmap}
   * @throws dev.stackholder.core.NotFoundException if a revision of the range does not exist
   */
  public GitLogProcess log(
      GitRepository repository, Optional<String> range, GitRepository.MailmapUse mailmap) {
    return log(repository, range, mailmap, dev.stackholder.contribution.AttributionPolicy.GITDM);
  }

  /**
   * {@return the commits of a range read with a policy's git options (see {@link
   * GitRepository#logCommand(String, Optional, GitRepository.MailmapUse,
   * dev.stackholder.contribution.AttributionPolicy)}), cached under a key of that command}
   *
   * @param repository the repository
   * @param range {@code A..B}, or empty for HEAD's whole history
   * @param mailmap whether git rewrites authors through {@code .mailmap}
   * @param policy whose git options to use
   * @throws dev.stackholder.core.NotFoundException if a revision of the range does not exist
   */
  public GitLogProcess log(
      GitRepository repository,
      Optional<String> range,
      GitRepository.MailmapUse mailmap,
      dev.stackholder.contribution.AttributionPolicy policy) {
    Path entry = entry(repository, range, mailmap, policy);
    String what = range.orElse("HEAD");
    if (Files.isRegularFile(entry)) {
      return GitLogProcess.cached(repository, what, entry);
    }
    List<String> command = GitRepository.logCommand(repository.git(), range, mailmap, policy);
    return GitLogProcess.startCaching(repository, command, what, entry);
  }

  /**
   * {@return whether the cache holds the history of a range as it is now}
   *
   * @param repository the repository
   * @param range {@code A..B}, or empty for HEAD's whole history
   * @param mailmap the mailmap choice
   */
  public boolean contains(
      GitRepository repository, Optional<String> range, GitRepository.MailmapUse mailmap) {
    return Files.isRegularFile(
        entry(repository, range, mailmap, dev.stackholder.contribution.AttributionPolicy.GITDM));
  }

  private Path entry(
      GitRepository repository,
      Optional<String> range,
      GitRepository.MailmapUse mailmap,
      dev.stackholder.contribution.AttributionPolicy policy) {
    range.ifPresent(
        r -> {
          if (!GitRepository.isRange(r)) {
            throw new dev.stackholder.core.InvalidDataException(
                "'" + r + "' is not a revision range A..B");
          }
        });
    StringBuilder key =
        new StringBuilder()
            .append(repository.directory().toAbsolutePath().normalize())
            .append('\n');
    if (range.isPresent()) {
      int dots = range.get().indexOf("..");
      key.append(repository.resolve(range.get().substring(0, dots)))
          .append("..")
          .append(repository.resolve(range.get().substring(dots + 2)));
    } else {
      key.append(repository.head());
    }
    key.append('\n')
        .append(mailmap.id())
        .append('\n')
        .append(String.join(" ", GitRepository.logCommand("git", range, mailmap, policy)));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return directory.resolve(HexFormat.of().formatHex(digest) + ".log");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "GitLogCache{" + directory + "}";
  }
}
