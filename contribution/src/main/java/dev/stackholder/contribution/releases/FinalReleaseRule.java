package dev.stackholder.contribution.releases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.EnumIds;

/**
 * How a project's final release of a series was picked from its deliverable file, which lists every
 * tag of the series: release candidates and betas ({@code 31.0.0.0rc1}, {@code 9.0.0.0b1}),
 * end-of-life markers ({@code 2023.1-eom}, {@code stein-eol}), the series' release and its stable
 * point releases ({@code 2012.2.1}, {@code 31.0.1}). Only versions of digits and dots count.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum FinalReleaseRule {
  /**
   * The file names the series' stable branch ({@code stable/folsom}, {@code stable/2025.1}) and
   * where it was cut: the release at that point, or, when the branch was cut at a release
   * candidate, the first final release after it (which the project tags at the candidate's commit).
   * The usual case from Liberty on.
   */
  STABLE_BRANCH("stable-branch"),
  /**
   * No stable branch is named and the project releases once per cycle (release models {@code
   * cycle-with-milestones}, {@code cycle-with-rc}, {@code cycle-trailing}): the first final release
   * listed, the rest being stable point releases. Folsom's nova: {@code 2012.2}.
   */
  FIRST_FINAL_RELEASE("first-final-release"),
  /**
   * No stable branch is named and the project releases several times per cycle ({@code
   * cycle-with-intermediary}, {@code cycle-automatic}, or no model): the last final release listed.
   * Folsom's swift: {@code 1.7.4}, the end gitdm used too.
   */
  LAST_FINAL_RELEASE("last-final-release");

  private static final EnumIds<FinalReleaseRule> IDS =
      EnumIds.of(FinalReleaseRule.class, "final release rule", FinalReleaseRule::id);

  private final String id;

  FinalReleaseRule(String id) {
    this.id = id;
  }

  /** {@return the id used in JSON and in the bundled index, e.g. {@code "stable-branch"}} */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * {@return the rule with this {@link #id()}}
   *
   * @param id {@code "stable-branch"}, {@code "first-final-release"} or {@code
   *     "last-final-release"}
   * @throws NotFoundException naming the id and the known ones
   */
  @JsonCreator
  public static FinalReleaseRule fromId(String id) {
    return IDS.fromId(id);
  }

  /** The {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }
}
