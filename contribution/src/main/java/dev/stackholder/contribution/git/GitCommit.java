package dev.stackholder.contribution.git;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One commit as {@code git log} printed it: id, parents of a merge, author name and address, author
 * date with the author's UTC offset, the per-file counts ({@code --numstat}) or the totals alone
 * ({@code --shortstat}), and the trailers of its message that name people.
 *
 * <p>{@link #date()} is the calendar day in the author's own offset, as printed, with no conversion
 * to UTC: that is the day gitdm compares with affiliation end dates.
 *
 * <p>Immutable and thread-safe. A plain final class rather than an Immutables value: the reader
 * makes 10^6 of them and has already checked every field.
 */
public final class GitCommit {
  private final String id;
  private final ImmutableList<String> parents;
  private final String authorName;
  private final String authorAddress;
  private final OffsetDateTime authorDate;
  private final ImmutableList<FileChange> files;
  private final long linesAdded;
  private final long linesRemoved;
  private final int filesChanged;
  private final ImmutableList<Trailer> trailers;
  private final boolean authorUnreadable;

  GitCommit(
      String id,
      ImmutableList<String> parents,
      String authorName,
      String authorAddress,
      OffsetDateTime authorDate,
      ImmutableList<FileChange> files,
      long linesAdded,
      long linesRemoved,
      int filesChanged,
      ImmutableList<Trailer> trailers) {
    this.id = id;
    this.parents = parents;
    this.authorName = authorName;
    this.authorAddress = authorAddress;
    this.authorDate = authorDate;
    this.files = files;
    this.linesAdded = linesAdded;
    this.linesRemoved = linesRemoved;
    this.filesChanged = filesChanged;
    this.trailers = trailers;
    this.authorUnreadable = false;
  }

  /** A commit whose {@code Author:} line could not be read, credited to gitdm's unknown hacker. */
  GitCommit(GitCommit commit, String authorName, String authorAddress) {
    this.id = commit.id;
    this.parents = commit.parents;
    this.authorName = authorName;
    this.authorAddress = authorAddress;
    this.authorDate = commit.authorDate;
    this.files = commit.files;
    this.linesAdded = commit.linesAdded;
    this.linesRemoved = commit.linesRemoved;
    this.filesChanged = commit.filesChanged;
    this.trailers = commit.trailers;
    this.authorUnreadable = true;
  }

  /**
   * {@return a commit with per-file counts (the totals are their sums), for callers that build
   * history in code (tests, other readers)}
   *
   * @param parents the parents listed on a {@code Merge:} line; empty for an ordinary commit
   * @param id the full commit id
   * @param authorName the author's name as the log writes it
   * @param authorAddress the author's e-mail address as the log writes it
   * @param authorDate the author date with its offset, which places the commit in a release
   * @param files the files changed, with their line counts
   * @param trailers the message's trailers, such as {@code Co-authored-by}
   */
  public static GitCommit of(
      String id,
      Iterable<String> parents,
      String authorName,
      String authorAddress,
      OffsetDateTime authorDate,
      Iterable<FileChange> files,
      Iterable<Trailer> trailers) {
    ImmutableList<FileChange> changes = ImmutableList.copyOf(files);
    long added = 0;
    long removed = 0;
    for (FileChange change : changes) {
      added += change.added();
      removed += change.removed();
    }
    return new GitCommit(
        Objects.requireNonNull(id, "id"),
        ImmutableList.copyOf(parents),
        Objects.requireNonNull(authorName, "authorName"),
        Objects.requireNonNull(authorAddress, "authorAddress"),
        Objects.requireNonNull(authorDate, "authorDate"),
        changes,
        added,
        removed,
        changes.size(),
        ImmutableList.copyOf(trailers));
  }

  /** {@return the commit id as printed (usually 40 hex digits)} */
  public String id() {
    return id;
  }

  /**
   * {@return the parents named on the {@code Merge:} line (abbreviated as git prints them); empty
   * unless a merge}
   */
  public ImmutableList<String> parents() {
    return parents;
  }

  /**
   * {@return whether the log's {@code Author:} line could not be read (an empty address, as in
   * {@code Author: Nobody <>}, no address or no name): the commit is then credited as gitdm credits
   * it, to the developer {@code Unknown hacker} at {@code unknown@hacker.net}, and reported, never
   * a stopped run}
   */
  public boolean authorUnreadable() {
    return authorUnreadable;
  }

  /** {@return whether git printed a {@code Merge:} line: gitdm skips such commits entirely} */
  public boolean merge() {
    return !parents.isEmpty();
  }

  /** {@return the author's name as written, surrounding double quotes removed} */
  public String authorName() {
    return authorName;
  }

  /** {@return the author's e-mail address as written (not lower-cased)} */
  public String authorAddress() {
    return authorAddress;
  }

  /** {@return the author date with the author's UTC offset} */
  public OffsetDateTime authorDate() {
    return authorDate;
  }

  /** {@return the author's local calendar day, as printed (no conversion to UTC)} */
  public LocalDate date() {
    return authorDate.toLocalDate();
  }

  /**
   * {@return the {@code --numstat} lines; empty for {@code --shortstat} input or a commit with no
   * changes}
   */
  public ImmutableList<FileChange> files() {
    return files;
  }

  /** {@return lines added over all files (binary files count 0)} */
  public long linesAdded() {
    return linesAdded;
  }

  /** {@return lines removed over all files (binary files count 0)} */
  public long linesRemoved() {
    return linesRemoved;
  }

  /**
   * {@return gitdm's "lines changed" for this commit: the larger of {@link #linesAdded()} and
   * {@link #linesRemoved()}, not their sum}
   */
  public long linesChanged() {
    return Math.max(linesAdded, linesRemoved);
  }

  /** {@return the number of files changed} */
  public int filesChanged() {
    return filesChanged;
  }

  /** {@return the people named in the message's trailers, in order} */
  public ImmutableList<Trailer> trailers() {
    return trailers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GitCommit that
        && id.equals(that.id)
        && parents.equals(that.parents)
        && authorName.equals(that.authorName)
        && authorAddress.equals(that.authorAddress)
        && authorDate.equals(that.authorDate)
        && files.equals(that.files)
        && linesAdded == that.linesAdded
        && linesRemoved == that.linesRemoved
        && filesChanged == that.filesChanged
        && trailers.equals(that.trailers);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "GitCommit{"
        + id
        + ", "
        + authorName
        + " <"
        + authorAddress
        + ">, "
        + authorDate
        + ", +"
        + linesAdded
        + " -"
        + linesRemoved
        + "}";
  }
}
