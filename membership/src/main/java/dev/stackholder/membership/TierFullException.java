package dev.stackholder.membership;

import dev.stackholder.core.StackholderException;

/**
 * Admitting or upgrading a member would take a tier past the member limit of the rule set in force
 * on that date. The message names the tier, the date, the current count, the limit and its source.
 *
 * <p>Immutable once thrown.
 */
public class TierFullException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /**
   * Reports an admission the tier's limit refuses.
   *
   * @param message names the tier, the date, the count, the limit and where the limit comes from
   */
  public TierFullException(String message) {
    super(message);
  }
}
