package dev.stackholder.contribution.gitdm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.Metric;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One table of a gitdm report, such as "Top changeset contributors by employer": at most 20 rows,
 * best first, closed by a "Covers N% of ..." line. Only the parser makes tables.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGitdmTable.class)
@JsonDeserialize(as = ImmutableGitdmTable.class)
public abstract class GitdmTable {
  GitdmTable() {}

  /** Whom a gitdm table lists. Immutable and thread-safe, as every enum. */
  public enum Subject {
    /** Rows are people (names or Launchpad ids). */
    DEVELOPER,
    /** Rows are employers (or, for contributors gitdm could not place, their e-mail addresses). */
    EMPLOYER
  }

  /** {@return the title as printed, without the "(total N)" gitdm appends to some} */
  public abstract String title();

  /** {@return whom the rows are} */
  public abstract Subject subject();

  /** {@return what the values count} */
  public abstract Metric metric();

  /**
   * {@return the total gitdm prints after some titles, as in "Employers with the most hackers
   * (total N)"}
   */
  public abstract Optional<Long> total();

  /** {@return the rows in the report's order} */
  public abstract ImmutableList<GitdmRow> rows();

  /** {@return the percentage the closing "Covers N% of changesets" line gives} */
  public abstract BigDecimal coverage();

  /** {@return the line of the title, from 1} */
  public abstract int line();

  @Value.Check
  void check() {
    InvalidDataException.check(!title().isBlank(), "GitdmTable title at line %d is blank", line());
    total()
        .ifPresent(
            total ->
                InvalidDataException.check(
                    total >= 0, "GitdmTable '%s' total is %d, expected 0 or more", title(), total));
    InvalidDataException.check(
        coverage().signum() >= 0 && coverage().compareTo(BigDecimal.valueOf(100)) <= 0,
        "GitdmTable '%s' coverage is %s, expected a percentage from 0 to 100",
        title(),
        coverage());
  }
}
