package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The commits of one project in one release, named by a git revision range ({@code
 * 2012.1..folsom-rc3}) as gitdm's per-release files name them, minus commits left out by id prefix
 * (gitdm's third field, {@code (706502a|66073a4|...)}). A log produced for the range ({@code git
 * log A..B}) holds the release's commits; {@link #includes(String)} applies the exclusions to it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RevisionRange {
  RevisionRange() {}

  /** {@return the release, lower-case, e.g. {@code "folsom"}} */
  public abstract String release();

  /** {@return the project, lower-case, e.g. {@code "nova"}} */
  public abstract String project();

  /** {@return the range as git reads it, e.g. {@code "2012.1..folsom-rc3"}} */
  public abstract String range();

  /** {@return prefixes of commit ids left out of the release} */
  public abstract ImmutableList<String> excluded();

  /**
   * {@return a range with exclusions}
   *
   * @param release the release, lower-case, e.g. {@code "folsom"}
   * @param project the project, lower-case, e.g. {@code "nova"}
   * @param range the revision range as git takes it, e.g. {@code "2012.1..2012.2"}
   * @param excluded prefixes of the ids of commits to leave out
   */
  public static RevisionRange of(
      String release, String project, String range, Iterable<String> excluded) {
    return ImmutableRevisionRange.builder()
        .release(release)
        .project(project)
        .range(range)
        .excluded(excluded)
        .build();
  }

  /**
   * {@return whether a commit of the range's log belongs to the release (its id matches no
   * exclusion)}
   *
   * @param commitId the full commit id from the log
   */
  public boolean includes(String commitId) {
    for (String prefix : excluded()) {
      if (commitId.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks.lowerCaseName("RevisionRange", "release", release());
    Checks.lowerCaseName("RevisionRange", "project", project());
    InvalidDataException.check(
        !range().isBlank() && !range().contains(" "),
        "RevisionRange %s/%s range '%s' must be one git range such as 'A..B'",
        release(),
        project(),
        range());
    for (String prefix : excluded()) {
      InvalidDataException.check(
          prefix.matches("[0-9a-f]{4,40}"),
          "RevisionRange %s/%s excludes '%s', expected a commit id prefix of 4 to 40 hex digits",
          release(),
          project(),
          prefix.toLowerCase(Locale.ROOT));
    }
  }
}
