package dev.stackholder.contribution.stackalytics;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;

/**
 * One commit as Stackalytics' processor read it from its own {@code git log} command ({@link
 * StackalyticsLog#GIT_LOG_ARGUMENTS}): id, author date, author name and address, subject, the
 * co-authors its message names, and the totals of the shortstat line.
 *
 * <p>Fields hold what Stackalytics held, quirks included: the address is the one printed by {@code
 * %ae} with Stackalytics' {@code keep_safe_chars} applied (no case change: that happens later, see
 * {@link StackalyticsProcessor}), and {@link #coAuthors()} holds the co-authors Stackalytics'
 * address check accepted, addresses as captured (not lower-cased).
 *
 * <p>Immutable and thread-safe. A plain final class rather than an Immutables value: the reader
 * makes one per commit and has already checked every field.
 */
public final class StackalyticsCommit {
  private final String commitId;
  private final Instant date;
  private final String authorName;
  private final String authorEmail;
  private final String subject;
  private final ImmutableList<CoAuthor> coAuthors;
  private final long linesAdded;
  private final long linesDeleted;

  private StackalyticsCommit(
      String commitId,
      Instant date,
      String authorName,
      String authorEmail,
      String subject,
      ImmutableList<CoAuthor> coAuthors,
      long linesAdded,
      long linesDeleted) {
    this.commitId = commitId;
    this.date = date;
    this.authorName = authorName;
    this.authorEmail = authorEmail;
    this.subject = subject;
    this.coAuthors = coAuthors;
    this.linesAdded = linesAdded;
    this.linesDeleted = linesDeleted;
  }

  /**
   * {@return a commit built in code (tests, other readers)}
   *
   * @param commitId the full commit id
   * @param date the author date ({@code %at})
   * @param authorName the author's name ({@code %an}); may be empty
   * @param authorEmail the author's address ({@code %ae}); may be empty (Stackalytics skips such
   *     commits)
   * @param subject the subject line ({@code %s})
   * @param coAuthors the co-authors Stackalytics accepted, in the order found
   * @param linesAdded insertions of the shortstat line
   * @param linesDeleted deletions of the shortstat line
   * @throws dev.stackholder.core.InvalidDataException if a count is negative
   */
  public static StackalyticsCommit of(
      String commitId,
      Instant date,
      String authorName,
      String authorEmail,
      String subject,
      Iterable<CoAuthor> coAuthors,
      long linesAdded,
      long linesDeleted) {
    dev.stackholder.core.InvalidDataException.check(
        linesAdded >= 0 && linesDeleted >= 0,
        "commit %s: line counts must not be negative, got %s added and %s deleted",
        commitId,
        linesAdded,
        linesDeleted);
    return new StackalyticsCommit(
        Objects.requireNonNull(commitId, "commitId"),
        Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(authorName, "authorName"),
        Objects.requireNonNull(authorEmail, "authorEmail"),
        Objects.requireNonNull(subject, "subject"),
        ImmutableList.copyOf(coAuthors),
        linesAdded,
        linesDeleted);
  }

  /** {@return the full commit id} */
  public String commitId() {
    return commitId;
  }

  /** {@return the author date} */
  public Instant date() {
    return date;
  }

  /** {@return the author's name as printed; may be empty} */
  public String authorName() {
    return authorName;
  }

  /** {@return the author's address as printed, safe characters only; may be empty} */
  public String authorEmail() {
    return authorEmail;
  }

  /** {@return the subject line} */
  public String subject() {
    return subject;
  }

  /** {@return the co-authors Stackalytics accepted, in the order found} */
  public ImmutableList<CoAuthor> coAuthors() {
    return coAuthors;
  }

  /** {@return insertions of the shortstat line} */
  public long linesAdded() {
    return linesAdded;
  }

  /** {@return deletions of the shortstat line} */
  public long linesDeleted() {
    return linesDeleted;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StackalyticsCommit c
        && commitId.equals(c.commitId)
        && date.equals(c.date)
        && authorName.equals(c.authorName)
        && authorEmail.equals(c.authorEmail)
        && subject.equals(c.subject)
        && coAuthors.equals(c.coAuthors)
        && linesAdded == c.linesAdded
        && linesDeleted == c.linesDeleted;
  }

  @Override
  public int hashCode() {
    return Objects.hash(commitId, date, authorEmail, linesAdded, linesDeleted);
  }

  @Override
  public String toString() {
    return "StackalyticsCommit{"
        + commitId
        + ", "
        + authorEmail
        + ", +"
        + linesAdded
        + " -"
        + linesDeleted
        + (coAuthors.isEmpty() ? "" : ", co-authors " + coAuthors)
        + "}";
  }

  /**
   * A co-author named in a commit message ({@code Co-Authored-By:}, {@code Also-By:} or {@code
   * Co-Author:}), as Stackalytics captured it.
   *
   * @param name the name before the address; may be empty
   * @param email the address as captured, case kept
   */
  public record CoAuthor(String name, String email) {
    /**
     * Checks that neither part is null.
     *
     * @param name the name before the address; may be empty
     * @param email the address as captured, case kept
     */
    public CoAuthor {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
    }
  }
}
