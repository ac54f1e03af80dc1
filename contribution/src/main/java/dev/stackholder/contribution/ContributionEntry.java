package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One line of a contribution table before ranking: an employer (or, for an unaffiliated
 * contributor, the e-mail address gitdm prints instead), its value and its share of the total.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionEntry.class)
@JsonDeserialize(as = ImmutableContributionEntry.class)
public abstract class ContributionEntry {
  ContributionEntry() {}

  /**
   * {@return the employer as the source spells it, e.g. {@code "SINA"} or {@code
   * "jenkins@openstack.org"}}
   */
  @Value.Parameter
  public abstract String employer();

  /** {@return the count: changesets, lines, developers, bugs or reviews} Never negative. */
  @Value.Parameter
  public abstract long value();

  /**
   * {@return the share of the table's total, in percent with one decimal ({@code 4.7} for 4.7%), as
   * gitdm prints it ({@link Shares}: the rule of every table the library computes)}
   */
  @Value.Parameter
  public abstract BigDecimal share();

  /**
   * {@return an entry}
   *
   * @param employer the employer label, as the table shows it; not blank
   * @param value the count of the table's metric (commits, lines, ...); 0 or more
   * @param share the share of the table's total, in percent, 0 to 100 as the source rounds it
   * @throws InvalidDataException if the employer is blank, the value negative or the share outside
   *     0 to 100
   */
  public static ContributionEntry of(String employer, long value, BigDecimal share) {
    return ImmutableContributionEntry.of(employer, value, share);
  }

  @Value.Check
  void check() {
    // Test first, format after: made once per table row, the message's arguments only on failure.
    if (employer().isBlank()) {
      InvalidDataException.check(false, "ContributionEntry employer is blank");
    }
    if (value() < 0) {
      InvalidDataException.check(
          false, "ContributionEntry value of '%s' is %d, expected 0 or more", employer(), value());
    }
    Checks.share("ContributionEntry", employer(), share());
  }
}
