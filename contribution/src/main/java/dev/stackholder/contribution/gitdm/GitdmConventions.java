package dev.stackholder.contribution.gitdm;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.contribution.RevisionRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The conventions of gitdm and of OpenStack's use of it that a reader of its output or a user of
 * its checkout needs, in one place so that no caller (the CLI among them) keeps its own copy:
 *
 * <ul>
 *   <li>the <em>unknown hacker</em>: gitdm credits a commit whose {@code Author:} line it cannot
 *       read (an empty address, {@code Author: Nobody <>}) to the developer {@value
 *       #UNKNOWN_HACKER_NAME} at {@value #UNKNOWN_HACKER_ADDRESS}, which no rule maps, so the
 *       address is also the employer label (gitdm's {@code patch.__init__}, openstack-infra/gitdm
 *       commit 9a77beb); that label is gitdm's placeholder employer, left out of rankings by
 *       default ({@link #PLACEHOLDER_EMPLOYERS});
 *   <li>project renames: Folsom's {@code quantum} is today's {@code neutron} (renamed in the Havana
 *       cycle, 2013), so a clone named {@code neutron} finds gitdm's {@code quantum} range and
 *       reports, and the reverse ({@link #otherNames});
 *   <li>the checkout's layout: a release's range file is {@code DIR/openstack-config/RELEASE}
 *       (openstack-infra/gitdm) or {@code DIR/RELEASE} ({@link #rangeFile}).
 * </ul>
 *
 * <p>Immutable and thread-safe (constants only).
 */
public final class GitdmConventions {
  /** The developer gitdm credits when it cannot read an author: {@value}. */
  public static final String UNKNOWN_HACKER_NAME = "Unknown hacker";

  /** The address (and, unmapped, the employer label) of the unknown hacker: {@value}. */
  public static final String UNKNOWN_HACKER_ADDRESS = "unknown@hacker.net";

  /**
   * gitdm's placeholder employers: labels of no employer, left out of rankings unless the caller
   * keeps them (they appear in the bundled Folsom Launchpad reports).
   */
  public static final ImmutableSet<String> PLACEHOLDER_EMPLOYERS =
      ImmutableSet.of(UNKNOWN_HACKER_ADDRESS);

  private static final ImmutableMap<String, String> OTHER_NAMES =
      ImmutableMap.of("neutron", "quantum", "quantum", "neutron");

  private GitdmConventions() {}

  /**
   * {@return whether an employer label is one of gitdm's placeholders, ignoring case}
   *
   * @param employer a table's employer label
   */
  public static boolean isPlaceholder(String employer) {
    return PLACEHOLDER_EMPLOYERS.contains(employer.toLowerCase(Locale.ROOT));
  }

  /**
   * {@return the project's other names, lower-case (empty for most): {@code neutron} for {@code
   * quantum} and the reverse}
   *
   * @param project a project name, in any case
   */
  public static ImmutableList<String> otherNames(String project) {
    String other = OTHER_NAMES.get(project.trim().toLowerCase(Locale.ROOT));
    return other == null ? ImmutableList.of() : ImmutableList.of(other);
  }

  /**
   * {@return the project's name among those known, trying its other names: {@code neutron} is found
   * as {@code quantum} in Folsom's files; empty if none is known}
   *
   * @param project a project name, in any case
   * @param known the names a release's files use, lower-case
   */
  public static Optional<String> resolveProject(String project, Iterable<String> known) {
    String id = project.trim().toLowerCase(Locale.ROOT);
    ImmutableSet<String> names = ImmutableSet.copyOf(known);
    if (names.contains(id)) {
      return Optional.of(id);
    }
    return otherNames(id).stream().filter(names::contains).findFirst();
  }

  /**
   * {@return the range file of a release in a gitdm checkout: {@code DIR/openstack-config/RELEASE},
   * else {@code DIR/RELEASE}; empty if neither is a file}
   *
   * @param checkout a gitdm checkout (or a directory laid out like one)
   * @param release the release, lower-case, e.g. {@code folsom}
   */
  public static Optional<Path> rangeFile(Path checkout, String release) {
    for (Path file :
        ImmutableList.of(
            checkout.resolve("openstack-config").resolve(release), checkout.resolve(release))) {
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the revision range of a project in a release's range file of a checkout, the project
   * found under its other names too ({@code neutron} finds {@code quantum}); empty if the checkout
   * has no range file for the release or the file no line for the project}
   *
   * @param checkout a gitdm checkout
   * @param release the release, lower-case
   * @param project the project, in any case
   * @throws dev.stackholder.core.InvalidDataException if the range file is malformed
   */
  public static Optional<RevisionRange> findRange(Path checkout, String release, String project) {
    Optional<Path> file = rangeFile(checkout, release);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList<RevisionRange> ranges = GitdmConfig.readRanges(file.get(), release);
    Optional<String> name =
        resolveProject(
            project,
            ranges.stream().map(RevisionRange::project).collect(ImmutableList.toImmutableList()));
    return name.flatMap(n -> ranges.stream().filter(r -> r.project().equals(n)).findFirst());
  }

  /**
   * {@return every range of a release's range file in a checkout (empty without one)}
   *
   * @param checkout a gitdm checkout
   * @param release the release, lower-case
   * @throws dev.stackholder.core.InvalidDataException if the range file is malformed
   */
  public static ImmutableList<RevisionRange> ranges(Path checkout, String release) {
    return rangeFile(checkout, release)
        .map(file -> GitdmConfig.readRanges(file, release))
        .orElse(ImmutableList.of());
  }
}
