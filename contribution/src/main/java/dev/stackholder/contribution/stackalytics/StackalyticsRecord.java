package dev.stackholder.contribution.stackalytics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One commit record as Stackalytics stores it: a commit without co-authors is one record; a
 * co-authored commit is one record per co-author and one for its author, each with the commit's
 * full {@link #loc()} ({@code stackalytics/processor/record_processor.py}, {@code
 * RecordProcessor._process_commit}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param primaryKey Stackalytics' key: the commit id, or for a co-authored commit the commit id
 *     followed by the person's address (what {@code corrections.json} names)
 * @param commitId the commit id
 * @param module the repository's module name
 * @param email the person's address as Stackalytics looked it up (the author's lower-cased, a
 *     co-author's as captured)
 * @param company the company credited ({@code *independent} for nobody's)
 * @param release the release, lower case
 * @param date the author date
 * @param linesAdded insertions
 * @param linesDeleted deletions
 * @param loc Stackalytics' {@code loc}, insertions plus deletions unless a correction set it
 * @param coAuthored whether the commit named co-authors Stackalytics accepted
 * @param correction the {@code correction_comment} of a correction that changed this record
 */
public record StackalyticsRecord(
    String primaryKey,
    String commitId,
    String module,
    String email,
    String company,
    String release,
    Instant date,
    long linesAdded,
    long linesDeleted,
    long loc,
    boolean coAuthored,
    Optional<String> correction) {
  /**
   * Checks that no component is null.
   *
   * @param primaryKey Stackalytics' key: the commit id, or for a co-authored commit the commit id
   *     followed by the person's address (what {@code corrections.json} names)
   * @param commitId the commit id
   * @param module the repository's module name
   * @param email the person's address as Stackalytics looked it up (the author's lower-cased, a
   *     co-author's as captured)
   * @param company the company credited ({@code *independent} for nobody's)
   * @param release the release, lower case
   * @param date the author date
   * @param linesAdded insertions
   * @param linesDeleted deletions
   * @param loc Stackalytics' {@code loc}, insertions plus deletions unless a correction set it
   * @param coAuthored whether the commit named co-authors Stackalytics accepted
   * @param correction the {@code correction_comment} of a correction that changed this record
   */
  public StackalyticsRecord {
    Objects.requireNonNull(primaryKey, "primaryKey");
    Objects.requireNonNull(commitId, "commitId");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(correction, "correction");
  }
}
