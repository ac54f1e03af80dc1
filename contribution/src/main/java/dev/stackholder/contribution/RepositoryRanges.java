package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.git.GitRepository;
import dev.stackholder.contribution.releases.ReleaseRange;
import dev.stackholder.contribution.releases.ReleaseRanges;
import dev.stackholder.contribution.releases.ReleaseTag;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A release series' revision range in one clone: openstack/releases says which tags (and commits)
 * end a project's series ({@link ReleaseRanges}); this class says how the clone on disk names them,
 * so that {@code --release 2024.1 --repo nova} reads exactly the series' commits.
 *
 * <p>The range is written with the tags when the clone has both (as {@code git log} and a reader of
 * the output expect: {@code 28.0.0..29.0.0}), else with the commit ids openstack/releases records,
 * when the clone has those commits (a clone fetched without tags). A clone that has neither is
 * refused with both names, never read as its whole history. A project is looked up under every name
 * it had ({@code neutron} finds Folsom's {@code quantum} range and back: {@link
 * dev.stackholder.contribution.releases.ProjectRenames}); the range is filed under the name the
 * caller reads the clone as.
 *
 * <pre>{@code
 * GitRepository nova = GitRepository.at(Path.of("nova"));
 * Optional<RevisionRange> r = RepositoryRanges.find(ReleaseRanges.builtIn(), "2024.1", "nova", nova);
 * ReleaseScope scope = ReleaseScope.ofRanges(r.stream().toList());
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call runs {@code git rev-parse} in the clone.
 */
public final class RepositoryRanges {
  private RepositoryRanges() {}

  /**
   * {@return the project's range of the series in the clone, or empty when openstack/releases has
   * no final release of the project in that series (a project it does not list, or a series the
   * project had no release in)}
   *
   * @param ranges the release data, e.g. {@link ReleaseRanges#builtIn()}
   * @param series a series name or release id ({@code "dalmatian"}, {@code "2024.1"}), any case
   * @param project the name the clone is read as, e.g. {@code "nova"} or {@code "quantum"}
   * @param repository the clone
   * @throws NotFoundException if the series is unknown (naming the known ones), or if the clone has
   *     neither the range's tags nor its commits
   * @throws InvalidDataException if the range has no start (the project's first series: every
   *     commit before its first release, which {@code git log A..B} cannot name), or the project
   *     name is not a lower-case name
   */
  public static Optional<RevisionRange> find(
      ReleaseRanges ranges, String series, String project, GitRepository repository) {
    Objects.requireNonNull(ranges, "ranges");
    Objects.requireNonNull(repository, "repository");
    Optional<ReleaseRange> found = ranges.findRange(series, project);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ReleaseRange range = found.get();
    ReleaseTag start =
        range
            .start()
            .orElseThrow(
                () ->
                    new InvalidDataException(
                        "Series "
                            + range.series()
                            + " is the first of "
                            + range.repository()
                            + " ("
                            + range.end().version()
                            + "): its range has no start tag, give the range (A.."
                            + range.end().version()
                            + ") yourself"));
    String name = project.toLowerCase(Locale.ROOT);
    if (has(repository, start.version()) && has(repository, range.end().version())) {
      return Optional.of(
          RevisionRange.of(range.series(), name, range.tagRange(), ImmutableList.of()));
    }
    if (has(repository, start.hash()) && has(repository, range.end().hash())) {
      return Optional.of(
          RevisionRange.of(range.series(), name, range.hashRange(), ImmutableList.of()));
    }
    throw new NotFoundException(
        "revision",
        range.tagRange(),
        "Repository '"
            + repository.directory()
            + "' has neither the tags "
            + range.tagRange()
            + " of "
            + range
            + " nor their commits "
            + range.hashRange()
            + " (fetch its tags, or give the range yourself)");
  }

  /**
   * {@return whether two ranges name the same commits in the clone: each end of one resolves to the
   * commit of the same end of the other}
   *
   * @param repository the clone
   * @param one a range {@code A..B}
   * @param other a range {@code A..B}
   * @throws InvalidDataException if either is not a range {@code A..B}
   * @throws NotFoundException if the clone lacks a revision either names
   */
  public static boolean sameCommits(GitRepository repository, String one, String other) {
    String[] a = ends(one);
    String[] b = ends(other);
    return repository.resolve(a[0]).equals(repository.resolve(b[0]))
        && repository.resolve(a[1]).equals(repository.resolve(b[1]));
  }

  private static String[] ends(String range) {
    if (!GitRepository.isRange(range)) {
      throw new InvalidDataException("'" + range + "' is not a revision range A..B");
    }
    int dots = range.indexOf("..");
    return new String[] {range.substring(0, dots), range.substring(dots + 2)};
  }

  private static boolean has(GitRepository repository, String revision) {
    try {
      repository.resolve(revision);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }
}
