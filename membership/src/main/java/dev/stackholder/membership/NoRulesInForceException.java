package dev.stackholder.membership;

import dev.stackholder.core.StackholderException;

/**
 * A question was asked for a date no rule set of the foundation covers (before its first rule set,
 * or in a gap between two). The message names the date and the ranges that are covered.
 *
 * <p>Immutable once thrown.
 */
public class NoRulesInForceException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /**
   * Reports a date no rule set covers.
   *
   * @param message names the date asked for and the dates the rules cover
   */
  public NoRulesInForceException(String message) {
    super(message);
  }
}
