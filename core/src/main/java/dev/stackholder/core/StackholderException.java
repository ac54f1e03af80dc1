package dev.stackholder.core;

/**
 * The root of every exception Stackholder throws on purpose. All are unchecked: they report bad
 * data or a question the rules cannot answer, and each message names the offending value and what
 * was expected.
 *
 * <p>Immutable once thrown: subclasses keep only final fields.
 */
public class StackholderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Reports a failure.
   *
   * @param message what was wrong, naming the value and what was expected
   */
  public StackholderException(String message) {
    super(message);
  }

  /**
   * Reports a failure caused by a lower-level one.
   *
   * @param message what was wrong, naming the value and what was expected
   * @param cause the lower-level failure
   */
  public StackholderException(String message, Throwable cause) {
    super(message, cause);
  }
}
