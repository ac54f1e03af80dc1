package dev.stackholder.contribution;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Attributor} decided about one contribution: credited to the employer of its {@link
 * #attribution()}, or left out for a {@link Reason}. The attribution is worked out either way, so
 * that an explanation can say whom a left-out commit would have been credited to.
 *
 * <p>Immutable and thread-safe.
 */
public final class Decision {
  /** Why a contribution was left out. */
  public enum Reason {
    /** A merge commit: gitdm skips any commit with a {@code Merge:} line. */
    MERGE("merge", "a merge commit"),
    /** Outside the release's scope (an excluded id of the range, or a day outside the window). */
    OUTSIDE_RELEASE("outside-release", "outside the release"),
    /** An automated account, by author address, author name or employer. */
    AUTOMATED_ACCOUNT("automated-account", "an automated account");

    private final String id;
    private final String text;

    Reason(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /** {@return the id used in JSON and CSV, e.g. {@code automated-account}} */
    public String id() {
      return id;
    }

    /** {@return the reason in words, e.g. {@code "an automated account"}} */
    public String text() {
      return text;
    }
  }

  private final String author;
  private final Attribution attribution;
  private final Reason reason;

  Decision(String author, Attribution attribution, Reason reason) {
    this.author = author;
    this.attribution = attribution;
    this.reason = reason;
  }

  /** {@return the author's name as the contribution gives it} */
  public String author() {
    return author;
  }

  /** {@return who the author was credited to, or would have been, and by which rule} */
  public Attribution attribution() {
    return attribution;
  }

  /** {@return why the contribution was left out; empty if it was credited} */
  public Optional<Reason> leftOut() {
    return Optional.ofNullable(reason);
  }

  /** {@return whether the contribution was credited} */
  public boolean credited() {
    return reason == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Decision that
        && author.equals(that.author)
        && attribution.equals(that.attribution)
        && reason == that.reason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(author, attribution, reason);
  }

  @Override
  public String toString() {
    return author
        + ": "
        + (reason == null ? "credited, " : "left out (" + reason.text() + "), ")
        + attribution.explain();
  }
}
