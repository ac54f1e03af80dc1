package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Contributions by employer for one release, one project (or {@code all}) and one metric, in the
 * source's order, before ranking. gitdm's employer tables are of this kind, and so is what {@link
 * ContributionStatistics} makes of git history and records; {@link Ranking} turns one into a {@link
 * RankedTable}.
 *
 * <pre>{@code
 * ContributionTable table = ContributionTable.builder()
 *     .release("folsom").project(ContributionTable.ALL_PROJECTS).metric(Metric.CHANGESETS)
 *     .addEntries(ContributionEntry.of("Rackspace", 806, new BigDecimal("25.9")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionTable.class)
@JsonDeserialize(as = ImmutableContributionTable.class)
public abstract class ContributionTable {
  /** The project name that stands for the whole release: {@value}. */
  public static final String ALL_PROJECTS = "all";

  ContributionTable() {}

  /** {@return the release, lower-case, e.g. {@code "folsom"}} */
  @Value.Parameter
  public abstract String release();

  /**
   * {@return the project, lower-case, e.g. {@code "nova"}, or {@code "all"} for the whole release}
   */
  @Value.Parameter
  public abstract String project();

  /** {@return what the values count} */
  @Value.Parameter
  public abstract Metric metric();

  /** {@return the entries in the source's order (best first in gitdm); employers are distinct} */
  @Value.Parameter
  public abstract ImmutableList<ContributionEntry> entries();

  /** {@return where the figures come from: a gitdm report file, say} */
  @Value.Parameter
  public abstract ImmutableList<Source> sources();

  /**
   * {@return a builder; {@code build()} checks that names are lower-case and employers distinct}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContributionTable}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableContributionTable.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.lowerCaseName("ContributionTable", "release", release());
    Checks.lowerCaseName("ContributionTable", "project", project());
    List<ContributionEntry> entries = entries();
    Set<String> seen = new HashSet<>(Math.max(16, entries.size() * 2));
    for (int i = 0; i < entries.size(); i++) {
      if (!seen.add(entries.get(i).employer())) {
        InvalidDataException.check(
            false,
            "ContributionTable %s/%s/%s lists employer '%s' twice",
            release(),
            project(),
            metric(),
            entries.get(i).employer());
      }
    }
  }
}
