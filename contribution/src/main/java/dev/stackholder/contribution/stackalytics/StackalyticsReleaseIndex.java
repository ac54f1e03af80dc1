package dev.stackholder.contribution.stackalytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stackalytics' release index of one repository: for each release configured with a tag range in
 * {@code default_data.json}, the commit ids {@code git log --pretty=%H <tag_from>..<tag_to>} gives
 * ({@code stackalytics/processor/vcs.py}, {@code Git._get_release_index}). A commit in two ranges
 * belongs to the release listed later, because Stackalytics fills one dictionary in the order of
 * the configuration.
 *
 * <p>Immutable and thread-safe.
 */
public final class StackalyticsReleaseIndex {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern HEADER = Pattern.compile("# (\\S+) .*");

  private final ImmutableMap<String, String> releaseOfCommit;
  private final ImmutableList<String> releases;
  private final ImmutableList<String> unreadRanges;

  private StackalyticsReleaseIndex(
      ImmutableMap<String, String> releaseOfCommit,
      ImmutableList<String> releases,
      ImmutableList<String> unreadRanges) {
    this.releaseOfCommit = releaseOfCommit;
    this.releases = releases;
    this.unreadRanges = unreadRanges;
  }

  /**
   * {@return this index, noting configured ranges git could not read (a missing tag), which
   * Stackalytics leaves out}
   *
   * @param ranges each as {@code <release> <range>}
   */
  public StackalyticsReleaseIndex withUnreadRanges(List<String> ranges) {
    return new StackalyticsReleaseIndex(releaseOfCommit, releases, ImmutableList.copyOf(ranges));
  }

  /** {@return the configured ranges git could not read, each as {@code <release> <range>}} */
  public ImmutableList<String> unreadRanges() {
    return unreadRanges;
  }

  /** {@return an index of no release: every commit is placed by its date} */
  public static StackalyticsReleaseIndex empty() {
    return new StackalyticsReleaseIndex(ImmutableMap.of(), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * {@return the index of the given ranges}
   *
   * @param commitsByRelease for each release (any case; kept in lower case, as Stackalytics does),
   *     in configuration order, the commit ids of its tag range
   */
  public static StackalyticsReleaseIndex of(Map<String, ? extends List<String>> commitsByRelease) {
    Map<String, String> index = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends List<String>> e : commitsByRelease.entrySet()) {
      String release = e.getKey().toLowerCase(Locale.ROOT);
      for (String id : e.getValue()) {
        index.remove(id);
        index.put(id, release);
      }
    }
    return new StackalyticsReleaseIndex(
        ImmutableMap.copyOf(index),
        commitsByRelease.keySet().stream()
            .map(r -> r.toLowerCase(Locale.ROOT))
            .collect(ImmutableList.toImmutableList()),
        ImmutableList.of());
  }

  /**
   * Reads an index file: for each release a header line {@code # <release> <range>...} followed by
   * its commit ids, one a line (the {@code git/<project>-releases.txt} files of Stackholder's
   * Stackalytics test data).
   *
   * @param file the index file
   * @return the index
   * @throws InvalidDataException naming the file and line of a line that is neither
   * @throws NotFoundException if the file does not exist
   * @throws UncheckedIOException on another I/O failure
   */
  public static StackalyticsReleaseIndex read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NotFoundException(
          "file", file.toString(), "release index file " + file + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> byRelease = new LinkedHashMap<>();
    List<String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      var header = HEADER.matcher(line);
      if (header.matches()) {
        current = byRelease.computeIfAbsent(header.group(1), r -> new java.util.ArrayList<>());
      } else if (ID.matcher(line).matches() && current != null) {
        current.add(line);
      } else if (!line.isBlank()) {
        throw new InvalidDataException(
            file + ":" + (i + 1),
            "expected '# <release> <range>' or a 40-digit commit id after one, got '"
                + dev.stackholder.core.Limits.abbreviate(line)
                + "'",
            null);
      }
    }
    return of(byRelease);
  }

  /**
   * {@return the release whose tag range holds a commit, if any}
   *
   * @param commitId the full commit id
   */
  public Optional<String> findRelease(String commitId) {
    return Optional.ofNullable(releaseOfCommit.get(commitId));
  }

  /** {@return the releases with a range, lower case, in configuration order} */
  public ImmutableList<String> releases() {
    return releases;
  }
}
