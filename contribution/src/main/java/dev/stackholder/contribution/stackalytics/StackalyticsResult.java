package dev.stackholder.contribution.stackalytics;

import com.google.common.collect.ImmutableList;

/**
 * What {@link StackalyticsProcessor#process} made: the records, and what was left out or changed
 * and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param records the records, in processing order
 * @param skipped commits Stackalytics' reader skips (submodule updates, no author address)
 * @param robots ids of commits dropped because their author's company is {@code *robots}
 * @param corrected the records a correction changed, as corrected
 */
public record StackalyticsResult(
    ImmutableList<StackalyticsRecord> records,
    ImmutableList<Skipped> skipped,
    ImmutableList<String> robots,
    ImmutableList<StackalyticsRecord> corrected) {

  /**
   * A commit left out before it became a record.
   *
   * @param module the repository's module
   * @param commitId the commit
   * @param reason why, naming the Stackalytics rule
   */
  public record Skipped(String module, String commitId, String reason) {}
}
