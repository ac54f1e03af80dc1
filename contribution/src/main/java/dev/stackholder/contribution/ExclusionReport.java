package dev.stackholder.contribution;

import com.google.common.collect.ImmutableSortedMap;

/**
 * What {@link ContributionStatistics} left out, and whose: merge commits, commits of automated
 * accounts (by author address), and commits outside the release (excluded by the revision range's
 * list, or dated outside the release when the release is found by date).
 *
 * <p>Immutable and thread-safe; made only by {@link ContributionStatistics}.
 */
public final class ExclusionReport {
  private final long merges;
  private final ImmutableSortedMap<String, Long> automated;
  private final long outsideRelease;
  private final long unreadableAuthors;

  ExclusionReport(
      long merges,
      ImmutableSortedMap<String, Long> automated,
      long outsideRelease,
      long unreadableAuthors) {
    this.merges = merges;
    this.automated = automated;
    this.outsideRelease = outsideRelease;
    this.unreadableAuthors = unreadableAuthors;
  }

  /**
   * {@return commits whose author line could not be read (an empty address, say): not left out but
   * counted as gitdm counts them, for the unknown hacker ({@code unknown@hacker.net}), and reported
   * here}
   */
  public long unreadableAuthors() {
    return unreadableAuthors;
  }

  /** {@return merge commits left out (gitdm ignores any commit with a {@code Merge:} line)} */
  public long merges() {
    return merges;
  }

  /** {@return commits of automated accounts left out, by lower-case author address} */
  public ImmutableSortedMap<String, Long> automated() {
    return automated;
  }

  /** {@return commits of automated accounts left out, in all} */
  public long automatedCommits() {
    return automated.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@return commits outside the release (an excluded id of the range, or a date outside it)} */
  public long outsideRelease() {
    return outsideRelease;
  }

  @Override
  public String toString() {
    return "ExclusionReport{merges="
        + merges
        + ", automated="
        + automated
        + ", outsideRelease="
        + outsideRelease
        + ", unreadableAuthors="
        + unreadableAuthors
        + "}";
  }
}
