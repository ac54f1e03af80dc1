package dev.stackholder.contribution.releases;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.RevisionRange;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The commits one repository contributed to one release series, as openstack/releases' deliverable
 * files bound them: from the project's final release of the previous series it had one in ({@link
 * #start()}, empty for the project's first series) to its final release of this series ({@link
 * #end()}). Folsom's nova is {@code 2012.1..2012.2}, that is {@code bbb021c8423c..c763ee3874a3}.
 *
 * <p>Release candidates, betas, end-of-life markers and stable point releases never bound a range
 * ({@link FinalReleaseRule} says how the end was picked). A range need not equal the one gitdm used
 * for the same series: gitdm's Folsom files end at release candidate tags ({@code folsom-rc3}),
 * most of them the very commit the final release was tagged at, and its quantum range starts at
 * {@code 2012.1}, which openstack/releases does not list for neutron. Say which one a table was
 * computed with: {@link #source()} names the file.
 *
 * <p>Only {@link ReleaseRanges} makes ranges (or JSON reading, which checks them). Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseRange.class)
@JsonDeserialize(as = ImmutableReleaseRange.class)
public abstract class ReleaseRange {
  ReleaseRange() {}

  /** {@return the series, lower-case, e.g. {@code "folsom"}} */
  public abstract String series();

  /** {@return the deliverable whose file lists the release, e.g. {@code "nova"}} */
  public abstract String deliverable();

  /** {@return the repository, as the files name it, e.g. {@code "openstack/nova"}} */
  public abstract String repository();

  /** {@return the final release of the previous series; empty in the project's first series} */
  public abstract Optional<ReleaseTag> start();

  /** {@return this series' final release} */
  public abstract ReleaseTag end();

  /** {@return how {@link #end()} was picked from the series' deliverable file} */
  public abstract FinalReleaseRule endRule();

  /** {@return where the range comes from: the openstack/releases commit and files} */
  public abstract Source source();

  /** {@return the repository's name without its namespace, lower-case: {@code "nova"}} */
  public String project() {
    return repository().substring(repository().indexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the range by tag, as {@code git log} takes it: {@code "2012.1..2012.2"}; without a
   * start only the end ({@code "2012.2"}: every commit reachable from it)}
   */
  public String tagRange() {
    return start().map(s -> s.version() + "..").orElse("") + end().version();
  }

  /**
   * {@return the range by commit id, for a clone without tags: {@code
   * "bbb021c8423c...c763ee3874a3..."}, full ids; without a start only the end}
   */
  public String hashRange() {
    return start().map(s -> s.hash() + "..").orElse("") + end().hash();
  }

  /**
   * {@return the range as the contribution pipeline takes it, by commit id (tags may be missing
   * from a clone), with nothing excluded; the project is {@link #project()}}
   */
  public RevisionRange revisionRange() {
    return RevisionRange.of(series(), project(), hashRange(), ImmutableList.of());
  }

  /** {@return {@code "folsom openstack/nova 2012.1..2012.2"}} */
  @Override
  public String toString() {
    return series() + " " + repository() + " " + tagRange();
  }

  static ImmutableReleaseRange.Builder builder() {
    return ImmutableReleaseRange.builder();
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Releases.isSeriesName(series()),
        "ReleaseRange series '%s' is not a lower-case series name such as 'folsom'",
        series());
    InvalidDataException.check(
        Releases.isRepository(repository()),
        "ReleaseRange repository '%s' of %s is not a repository such as 'openstack/nova'",
        repository(),
        series());
    InvalidDataException.check(
        !deliverable().isBlank(),
        "ReleaseRange deliverable of %s %s is blank",
        series(),
        repository());
    InvalidDataException.check(
        end().series().equals(series()),
        "ReleaseRange %s %s ends at %s, a release of another series",
        series(),
        repository(),
        end());
    if (start().isPresent()) {
      InvalidDataException.check(
          !start().get().series().equals(series()),
          "ReleaseRange %s %s starts at %s, a release of the same series, expected the "
              + "previous series' final release",
          series(),
          repository(),
          start().get());
    }
  }
}
