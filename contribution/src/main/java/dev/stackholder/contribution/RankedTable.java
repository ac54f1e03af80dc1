package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A ranking of employers for one release, project and metric, best first. Its JSON form is what
 * {@code stackholder rank --json} prints:
 *
 * <pre>{@code
 * {"release":"folsom","project":"all","metric":"changesets","ties":"competition",
 *  "rows":[{"rank":1,"employer":"Rackspace","value":806,"share":25.9}, ...],
 *  "provenance":{"inputs":[{"kind":"gitdm-report","name":"folsom/git-stats.txt"}]}}
 * }</pre>
 *
 * <p>Only {@link Ranking} makes ranked tables (or JSON reading, which checks them): there is no
 * public builder, so a table cannot claim a ranking it was not given. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedTable.class)
@JsonDeserialize(as = ImmutableRankedTable.class)
public abstract class RankedTable {
  RankedTable() {}

  /** {@return the release, lower-case, e.g. {@code "folsom"}} */
  @Value.Parameter
  public abstract String release();

  /** {@return the project, lower-case, or {@code "all"}} */
  @Value.Parameter
  public abstract String project();

  /** {@return what the values count} */
  @Value.Parameter
  public abstract Metric metric();

  /** {@return how ties were ranked} */
  @Value.Parameter
  public abstract TieMode ties();

  /**
   * {@return the rows, best first; values never increase and ranks never decrease down the list}
   */
  @Value.Parameter
  public abstract ImmutableList<RankedRow> rows();

  /**
   * {@return what the table was computed from: the gitdm report file of a bundled table, or the
   * logs, repositories (with HEAD and range), affiliation sources and policy of a computed one}
   */
  @Value.Default
  public Provenance provenance() {
    return Provenance.none();
  }

  /**
   * {@return this table with its inputs named (the affiliation sources a command read, say)}
   *
   * @param provenance what the table was computed from
   */
  public RankedTable withProvenance(Provenance provenance) {
    return ImmutableRankedTable.copyOf(this).withProvenance(provenance);
  }

  /**
   * The row of an employer, matched exactly as the source spells it.
   *
   * @param employer e.g. {@code "SINA"}
   * @return the row, or empty if the employer is not in the table
   */
  public Optional<RankedRow> findRow(String employer) {
    return rows().stream().filter(row -> row.employer().equals(employer)).findFirst();
  }

  /**
   * {@return the row of an employer, matched exactly as the source spells it}
   *
   * @param employer e.g. {@code "SINA"}
   * @throws NotFoundException (kind {@code "employer"}) naming the employer and those in the table
   */
  public RankedRow getRow(String employer) {
    return findRow(employer)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "employer",
                    employer,
                    rows().stream()
                        .map(RankedRow::employer)
                        .collect(ImmutableList.toImmutableList())));
  }

  @Value.Check
  void check() {
    Checks.lowerCaseName("RankedTable", "release", release());
    Checks.lowerCaseName("RankedTable", "project", project());
    List<RankedRow> rows = rows();
    Set<String> seen = new HashSet<>(Math.max(16, rows.size() * 2));
    RankedRow previous = null;
    for (int i = 0; i < rows.size(); i++) {
      RankedRow row = rows.get(i);
      if (!seen.add(row.employer())) {
        InvalidDataException.check(
            false,
            "RankedTable %s/%s/%s lists employer '%s' twice",
            release(),
            project(),
            metric(),
            row.employer());
      }
      if (previous != null && (row.value() > previous.value() || row.rank() < previous.rank())) {
        InvalidDataException.check(
            false,
            "RankedTable %s/%s/%s row '%s' (rank %d, value %d) follows '%s' (rank %d, value %d): "
                + "expected rows best first",
            release(),
            project(),
            metric(),
            row.employer(),
            row.rank(),
            row.value(),
            previous.employer(),
            previous.rank(),
            previous.value());
      }
      previous = row;
    }
  }
}
