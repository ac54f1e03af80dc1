package dev.stackholder.contribution.releases;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.contribution.ReleaseSeries;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.BuiltInResources;
import dev.stackholder.core.internal.Documents;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The revision range of every project in every OpenStack release series, from openstack/releases: a
 * project's final release of a series ends its range, its final release of the previous series it
 * had one in starts it, and its first series has no start ({@link ReleaseRange}). A series whose
 * status is still {@code development} or {@code future} has no final release, so no range.
 *
 * <pre>{@code
 * ReleaseRange nova = ReleaseRanges.builtIn().getRange("folsom", "nova");
 * nova.tagRange();   // "2012.1..2012.2"
 * nova.hashRange();  // "bbb021c8...c763ee38..."
 * ReleaseRanges.load(Path.of("releases")).getRange("2026.1", "openstack/nova");  // newer series
 * }</pre>
 *
 * <p>A series is named by its name or release id ({@code "epoxy"}, {@code "2025.1"}), a project by
 * its repository ({@code "openstack/nova"}), the repository's name ({@code "nova"}) or its
 * deliverable, in any case; a renamed project by either name ({@link ProjectRenames}: {@code
 * quantum} finds {@code openstack/neutron}).
 *
 * <p>{@link #builtIn()} holds a compact index derived from openstack/releases at commit
 * 02df7c9a3cc3 (2026-08-21), series austin to hibiscus; {@link #load(Path)} reads a checkout of
 * that repository, so newer series work. Costs: {@code load} reads every deliverable file once
 * (time linear in their total size, a few seconds for the 6,000 files of 2026; memory linear in the
 * number of repositories and series); lookups are hash look-ups.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReleaseRanges {
  /** The commit of openstack/releases the built-in index was derived from. */
  public static final String BUILT_IN_COMMIT = "02df7c9a3cc3";

  private static final String INDEX = "final-releases.csv";
  private static final String SERIES_STATUS = "series_status.yaml";
  private static final String HEADER = "series,deliverable,repository,version,hash,rule";
  private static final Supplier<ReleaseRanges> BUILT_IN =
      Suppliers.memoize(ReleaseRanges::readBuiltIn);

  private final ImmutableList<ReleaseSeries> series;
  private final ImmutableList<FinalRelease> finals;
  private final ImmutableList<ReleaseRange> ranges;

  /** Lower-case name and release id to the series' name. */
  private final ImmutableMap<String, String> seriesNames;

  /** Series name to lower-case lookup key (repository, its name, deliverable) to ranges. */
  private final ImmutableMap<String, ImmutableMap<String, ImmutableList<ReleaseRange>>> bySeries;

  private ReleaseRanges(
      List<ReleaseSeries> series,
      List<FinalRelease> finals,
      Function<FinalRelease, Source> sources) {
    this.series =
        ImmutableList.sortedCopyOf(Comparator.comparing(ReleaseSeries::initialRelease), series);
    this.finals = ImmutableList.copyOf(finals);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> position = new HashMap<>();
    for (ReleaseSeries one : this.series) {
      names.put(one.name().toLowerCase(Locale.ROOT), one.name());
      one.releaseId().ifPresent(id -> names.putIfAbsent(id.toLowerCase(Locale.ROOT), one.name()));
      position.put(one.name(), position.size());
    }
    this.seriesNames = ImmutableMap.copyOf(names);
    List<FinalRelease> ordered = new ArrayList<>(finals);
    for (FinalRelease release : ordered) {
      if (!position.containsKey(release.series())) {
        throw new InvalidDataException(
            "Final release "
                + release.version()
                + " of "
                + release.repository()
                + " is of series '"
                + release.series()
                + "', which the series list does not have");
      }
    }
    ordered.sort(Comparator.comparing(release -> position.get(release.series())));
    Map<String, FinalRelease> previous = new HashMap<>();
    ImmutableList.Builder<ReleaseRange> all = ImmutableList.builder();
    Map<String, Map<String, List<ReleaseRange>>> index = new LinkedHashMap<>();
    for (FinalRelease release : ordered) {
      FinalRelease before = previous.put(release.repository(), release);
      ReleaseRange range =
          ReleaseRange.builder()
              .series(release.series())
              .deliverable(release.deliverable())
              .repository(release.repository())
              .start(Optional.ofNullable(before).map(FinalRelease::tag))
              .end(release.tag())
              .endRule(release.rule())
              .source(sources.apply(release))
              .build();
      all.add(range);
      Map<String, List<ReleaseRange>> keys =
          index.computeIfAbsent(release.series(), s -> new LinkedHashMap<>());
      for (String key :
          List.of(
              range.repository().toLowerCase(Locale.ROOT),
              range.project(),
              range.deliverable().toLowerCase(Locale.ROOT))) {
        List<ReleaseRange> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(range)) {
          list.add(range);
        }
      }
    }
    this.ranges = all.build();
    ImmutableMap.Builder<String, ImmutableMap<String, ImmutableList<ReleaseRange>>> bySeries =
        ImmutableMap.builder();
    index.forEach(
        (name, keys) -> {
          ImmutableMap.Builder<String, ImmutableList<ReleaseRange>> built = ImmutableMap.builder();
          keys.forEach((key, list) -> built.put(key, ImmutableList.copyOf(list)));
          bySeries.put(name, built.build());
        });
    this.bySeries = bySeries.build();
  }

  /**
   * {@return the ranges of openstack/releases at commit {@value #BUILT_IN_COMMIT} (2026-08-21),
   * series austin to hibiscus, from the index bundled in this jar}
   *
   * @throws IllegalStateException if the bundled index is missing or broken (a packaging bug)
   */
  public static ReleaseRanges builtIn() {
    return BUILT_IN.get();
  }

  private static ReleaseRanges readBuiltIn() {
    BuiltInResources resources =
        BuiltInResources.of("stackholder-contribution", ReleaseRanges.class::getResourceAsStream);
    List<ReleaseSeries> series =
        resources.read(SERIES_STATUS, in -> SeriesStatus.read(in, SERIES_STATUS));
    List<FinalRelease> finals = resources.read(INDEX, in -> readIndex(in, INDEX));
    return new ReleaseRanges(series, finals, ReleaseRanges::builtInSource);
  }

  private static Source builtInSource(FinalRelease release) {
    return Source.builder()
        .document(
            "https://github.com/openstack/releases/blob/"
                + BUILT_IN_COMMIT
                + "/deliverables/"
                + release.series()
                + "/"
                + release.deliverable()
                + ".yaml")
        .title(
            "openstack/releases: deliverables/"
                + release.series()
                + "/"
                + release.deliverable()
                + ".yaml")
        .date(LocalDate.of(2026, 8, 21))
        .note(
            "The range's end; its start is the repository's final release in the previous "
                + "series' file. Picked by rule "
                + release.rule().id()
                + ".")
        .build();
  }

  /**
   * {@return the ranges of a checkout of openstack/releases (or a copy of its files): its {@code
   * deliverables/} directory and its series list, {@code data/series_status.yaml} (or {@code
   * series_status.yaml} beside {@code deliverables/})} Directories of {@code deliverables/} that
   * are not series of the list ({@code _independent}) are not read.
   *
   * @param releasesCheckout the checkout's top directory
   * @throws NotFoundException (kind {@code "file"}) if it has no {@code deliverables/} directory or
   *     no series list
   * @throws InvalidDataException naming the file and line of the first malformed file
   * @throws java.io.UncheckedIOException on an I/O failure of the file system
   */
  public static ReleaseRanges load(Path releasesCheckout) {
    Objects.requireNonNull(releasesCheckout, "releasesCheckout");
    Path deliverables = releasesCheckout.resolve("deliverables");
    if (!Files.isDirectory(deliverables)) {
      throw new NotFoundException(
          "file",
          deliverables.toString(),
          "openstack/releases checkout "
              + releasesCheckout
              + " has no deliverables directory ("
              + deliverables
              + ")");
    }
    Path status = releasesCheckout.resolve("data").resolve(SERIES_STATUS);
    if (!Files.isRegularFile(status)) {
      status = releasesCheckout.resolve(SERIES_STATUS);
    }
    if (!Files.isRegularFile(status)) {
      throw new NotFoundException(
          "file",
          status.toString(),
          "openstack/releases checkout "
              + releasesCheckout
              + " has no series list (data/series_status.yaml or "
              + "series_status.yaml)");
    }
    List<ReleaseSeries> series = SeriesStatus.read(status);
    List<FinalRelease> finals = DeliverableFiles.read(deliverables, series);
    return new ReleaseRanges(
        series,
        finals,
        release ->
            Source.builder()
                .document(
                    deliverables
                        .resolve(release.series())
                        .resolve(release.deliverable() + ".yaml")
                        .toString())
                .title(
                    "openstack/releases checkout "
                        + releasesCheckout
                        + ": deliverables/"
                        + release.series()
                        + "/"
                        + release.deliverable()
                        + ".yaml")
                .note(
                    "The range's end; its start is the repository's final release in the previous "
                        + "series' file. Picked by rule "
                        + release.rule().id()
                        + ".")
                .build());
  }

  /** {@return the series of the list, oldest first (by initial release)} */
  public ImmutableList<ReleaseSeries> series() {
    return series;
  }

  /** {@return every range, series oldest first, then as the files list them} */
  public ImmutableList<ReleaseRange> ranges() {
    return ranges;
  }

  /**
   * {@return the ranges of one series (empty for a series with no final release yet)}
   *
   * @param series a series name or release id, in any case
   * @throws NotFoundException naming the series and the known ones
   */
  public ImmutableList<ReleaseRange> ranges(String series) {
    String name = seriesName(series);
    return ranges.stream()
        .filter(r -> r.series().equals(name))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the series' name for a name or release id: {@code "epoxy"} for {@code "2025.1"}}
   *
   * @param series a series name or release id, in any case
   */
  public Optional<String> findSeriesName(String series) {
    return Optional.ofNullable(seriesNames.get(series.toLowerCase(Locale.ROOT)));
  }

  private String seriesName(String series) {
    Objects.requireNonNull(series, "series");
    return findSeriesName(series)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "series",
                    series,
                    series().reverse().stream().map(ReleaseSeries::name).toList()));
  }

  /**
   * {@return a project's range in a series, if the series has a final release of it}
   *
   * @param series a series name or release id ({@code "folsom"}, {@code "2024.1"}), any case
   * @param project a repository ({@code "openstack/nova"}), its name ({@code "nova"}) or its
   *     deliverable, any case; a former name ({@code "quantum"}) is read as the current one
   * @throws NotFoundException naming the series and the known ones, if the series is unknown
   * @throws InvalidDataException if the project names a deliverable of several repositories none of
   *     which has the project's name (name one of them)
   */
  public Optional<ReleaseRange> findRange(String series, String project) {
    Objects.requireNonNull(project, "project");
    String name = seriesName(series);
    ImmutableMap<String, ImmutableList<ReleaseRange>> keys =
        bySeries.getOrDefault(name, ImmutableMap.of());
    for (String candidate : ProjectRenames.namesOf(project)) {
      ImmutableList<ReleaseRange> found = keys.get(candidate);
      if (found == null) {
        continue;
      }
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
      for (ReleaseRange range : found) {
        if (range.project().equals(candidate)
            || range.repository().toLowerCase(Locale.ROOT).equals(candidate)) {
          return Optional.of(range);
        }
      }
      throw new InvalidDataException(
          "Project '"
              + project
              + "' of "
              + name
              + " names a "
              + "deliverable of "
              + found.size()
              + " repositories, expected one of "
              + found.stream().map(ReleaseRange::repository).toList());
    }
    return Optional.empty();
  }

  /**
   * {@return a project's range in a series}
   *
   * @param series a series name or release id ({@code "folsom"}, {@code "2024.1"}), any case
   * @param project a repository, its name or its deliverable, any case (see {@link
   *     #findRange(String, String)})
   * @throws NotFoundException naming the series or project and the known ones
   */
  public ReleaseRange getRange(String series, String project) {
    return findRange(series, project)
        .orElseThrow(
            () -> {
              String name = seriesName(series);
              List<String> known =
                  ranges.stream()
                      .filter(r -> r.series().equals(name))
                      .map(ReleaseRange::project)
                      .sorted()
                      .toList();
              return new NotFoundException(
                  "project",
                  project,
                  known,
                  "Unknown project '"
                      + project
                      + "' in series "
                      + name
                      + (known.isEmpty()
                          ? ": it has no final release of any project"
                          : ", expected one of "
                              + String.join(", ", known.subList(0, Math.min(30, known.size())))
                              + (known.size() > 30 ? ", ... (" + known.size() + " in all)" : "")));
            });
  }

  /**
   * {@return the final-release index this object was made from, as the CSV text bundled in the jar:
   * how {@code ReleaseRangesIndexTool} (test scope) regenerates the bundled index from a checkout}
   */
  public String toIndex() {
    StringBuilder text =
        new StringBuilder()
            .append(
                "# Each repository's final release of each OpenStack series, derived from the\n")
            .append(
                "# deliverable files of openstack/releases by dev.stackholder.contribution.releases\n")
            .append(
                "# (see README.md beside this file). Columns: series, deliverable (empty when it\n")
            .append("# is the repository's name), repository, version, full commit id, rule.\n")
            .append(HEADER)
            .append('\n');
    for (FinalRelease release : finals) {
      text.append(release.series())
          .append(',')
          .append(release.deliverable().equals(release.project()) ? "" : release.deliverable())
          .append(',')
          .append(release.repository())
          .append(',')
          .append(release.version())
          .append(',')
          .append(release.hash())
          .append(',')
          .append(release.rule().id())
          .append('\n');
    }
    return text.toString();
  }

  /** Reads what {@link #toIndex()} writes, strictly: a malformed line names its number. */
  static List<FinalRelease> readIndex(InputStream in, String where) {
    String text = Documents.utf8(Documents.read(in, where, "Final-release index"), where);
    List<String> lines = Documents.lines(text, where);
    List<FinalRelease> result = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      String location = where + ":" + (i + 1);
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new InvalidDataException(location, "expected the header '" + HEADER + "'", null);
        }
        header = true;
        continue;
      }
      String[] fields = line.split(",", -1);
      if (fields.length != 6) {
        throw new InvalidDataException(location, fields.length + " fields, expected 6", null);
      }
      String repository = fields[2];
      String deliverable =
          fields[1].isEmpty()
              ? repository.substring(repository.indexOf('/') + 1).toLowerCase(Locale.ROOT)
              : fields[1];
      try {
        FinalRelease release =
            new FinalRelease(
                fields[0],
                deliverable,
                repository,
                fields[3],
                fields[4],
                FinalReleaseRule.fromId(fields[5]));
        release.tag(); // checks series, version and hash
        if (!Releases.isRepository(repository)) {
          throw new InvalidDataException(
              "repository '" + repository + "' is not one such as " + "'openstack/nova'");
        }
        result.add(release);
      } catch (InvalidDataException | NotFoundException e) {
        throw new InvalidDataException(location, e.getMessage(), e);
      }
    }
    if (!header) {
      throw new InvalidDataException(where, "no header '" + HEADER + "'", null);
    }
    return result;
  }

  @Override
  public String toString() {
    return "ReleaseRanges{" + series.size() + " series, " + ranges.size() + " ranges}";
  }
}
