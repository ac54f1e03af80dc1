package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which release a day's work belongs to.
 *
 * <p>A release's cycle runs from the previous release's end (inclusive) to its own end (exclusive),
 * so work on a release day counts toward the next release; the first release takes everything
 * before its end. This is how Stackalytics assigns records (a binary search over its releases'
 * {@code end_date}s). Days on or after the last end belong to no known release. Immutable and
 * thread-safe.
 */
public final class ReleaseCalendar {
  private final ImmutableList<Release> releases;
  private final LocalDate[] ends;

  private ReleaseCalendar(ImmutableList<Release> releases) {
    this.releases = releases;
    this.ends = releases.stream().map(Release::end).toArray(LocalDate[]::new);
  }

  /**
   * {@return a calendar of the given releases, in any order}
   *
   * @param releases the releases, each with a distinct name and end
   * @throws InvalidDataException if two releases share a name or an end
   */
  public static ReleaseCalendar of(Iterable<Release> releases) {
    List<Release> sorted = new ArrayList<>();
    releases.forEach(sorted::add);
    sorted.sort(Comparator.comparing(Release::end));
    for (int i = 1; i < sorted.size(); i++) {
      InvalidDataException.check(
          !sorted.get(i).end().equals(sorted.get(i - 1).end()),
          "Releases '%s' and '%s' both end on %s",
          sorted.get(i - 1).name(),
          sorted.get(i).name(),
          sorted.get(i).end());
    }
    InvalidDataException.check(
        sorted.stream().map(Release::name).distinct().count() == sorted.size(),
        "Release names are not distinct: %s",
        sorted);
    return new ReleaseCalendar(ImmutableList.copyOf(sorted));
  }

  /**
   * {@return the calendar of OpenStack's release series: each cycle ends on the series' initial
   * release}
   *
   * @param series the series, as {@link dev.stackholder.contribution.releases.SeriesStatus} reads
   *     them
   */
  public static ReleaseCalendar ofSeries(Iterable<ReleaseSeries> series) {
    List<Release> releases = new ArrayList<>();
    for (ReleaseSeries one : series) {
      releases.add(Release.of(one.name(), one.initialRelease()));
    }
    return of(releases);
  }

  /** {@return the releases, earliest first} */
  public ImmutableList<Release> releases() {
    return releases;
  }

  /**
   * The release of the given name, matched without regard to case.
   *
   * @param name e.g. {@code "folsom"} or {@code "Folsom"}
   * @return empty if the calendar has no such release
   */
  public Optional<Release> findRelease(String name) {
    String lowerCase = name.toLowerCase(Locale.ROOT);
    return releases.stream().filter(release -> release.name().equals(lowerCase)).findFirst();
  }

  /**
   * {@return the release of the given name, matched without regard to case}
   *
   * @param name e.g. {@code "folsom"} or {@code "Folsom"}
   * @throws NotFoundException (kind {@code "release"}) naming the name and the calendar's releases
   */
  public Release getRelease(String name) {
    return findRelease(name).orElseThrow(() -> new NotFoundException("release", name, names()));
  }

  /** {@return the releases' names, earliest first} */
  public ImmutableList<String> names() {
    return releases.stream().map(Release::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * The release whose development cycle the day falls in.
   *
   * @param day any day, e.g. a commit's author date
   * @return empty if the day is on or after the last release's end
   */
  public Optional<Release> releaseOn(LocalDate day) {
    int low = 0;
    int high = ends.length;
    // The first release whose end is after the day.
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid].isAfter(day)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low < ends.length ? Optional.of(releases.get(low)) : Optional.empty();
  }

  /**
   * {@return the cycle of the release of exactly this name as {@code [first, end)}, so that {@link
   * #releaseOn} names it for a day exactly when {@code first} (null for the first release: no
   * bound) is not after the day and the day is before {@code end}; null if no release has the name}
   */
  LocalDate[] cycle(String name) {
    for (int i = 0; i < ends.length; i++) {
      if (releases.get(i).name().equals(name)) {
        return new LocalDate[] {i == 0 ? null : ends[i - 1], ends[i]};
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "ReleaseCalendar" + releases;
  }
}
