package dev.stackholder.membership;

import dev.stackholder.core.InvalidDataException;
import java.util.Objects;

/**
 * A tier was asked about under a rule set that does not have it: a quote, an admission or tier
 * change in a roster, or a replayed event, on a date when the rule set in force lacks the tier.
 * Every path that meets this situation throws this one type (it was an {@code InvalidDataException}
 * on some paths and a different message shape on others), and it is an {@link
 * InvalidDataException}, which the quote API has always promised. The message names the tier, the
 * rule set and the tiers or rule sets that would do.
 *
 * <p>{@link RuleSet#getRules} is a lookup by a rule set the caller chose, not a question about a
 * date, and keeps the lookups' {@link dev.stackholder.core.NotFoundException}.
 *
 * <p>Immutable once thrown.
 */
public class TierNotInForceException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  /** The id of the tier asked about. */
  private final String tierId;

  /** The id of the rule set that lacks the tier. */
  private final String ruleSetId;

  /**
   * Makes the exception.
   *
   * @param tierId the id of the tier asked about
   * @param ruleSetId the id of the rule set that lacks it
   * @param message the whole message: the tier, the rule set and what would do
   */
  public TierNotInForceException(String tierId, String ruleSetId, String message) {
    super(message);
    this.tierId = Objects.requireNonNull(tierId, "tierId");
    this.ruleSetId = Objects.requireNonNull(ruleSetId, "ruleSetId");
  }

  /** {@return the id of the tier asked about} */
  public String tierId() {
    return tierId;
  }

  /** {@return the id of the rule set that does not have it} */
  public String ruleSetId() {
    return ruleSetId;
  }
}
