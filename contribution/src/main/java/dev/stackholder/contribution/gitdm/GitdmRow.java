package dev.stackholder.contribution.gitdm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One line of a gitdm table: a developer or employer, a count and its printed share. Only the
 * parser makes rows.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGitdmRow.class)
@JsonDeserialize(as = ImmutableGitdmRow.class)
public abstract class GitdmRow {
  GitdmRow() {}

  /**
   * {@return the developer or employer as printed, e.g. {@code "SINA"} or {@code "Russell Bryant"}}
   */
  public abstract String name();

  /** {@return the count} */
  public abstract long value();

  /** {@return the share of the total in percent, as printed ({@code 4.7} for "(4.7%)")} */
  public abstract BigDecimal share();

  /** {@return the line of the report the row was read from, from 1} */
  public abstract int line();

  @Value.Check
  void check() {
    InvalidDataException.check(!name().isBlank(), "GitdmRow name at line %d is blank", line());
    InvalidDataException.check(
        value() >= 0, "GitdmRow value of '%s' is %d, expected 0 or more", name(), value());
    InvalidDataException.check(
        share().signum() >= 0 && share().compareTo(BigDecimal.valueOf(100)) <= 0,
        "GitdmRow share of '%s' is %s, expected a percentage from 0 to 100",
        name(),
        share());
    InvalidDataException.check(
        line() >= 1, "GitdmRow line of '%s' is %d, expected 1 or more", name(), line());
  }
}
