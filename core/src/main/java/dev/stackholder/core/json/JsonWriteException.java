package dev.stackholder.core.json;

import dev.stackholder.core.StackholderException;

/**
 * A value could not be written as JSON: a type that neither Stackholder nor Jackson knows how to
 * write (a Stackholder value always can be). Not an {@link
 * dev.stackholder.core.InvalidDataException}: nothing was read, and no data is wrong; the caller
 * passed something that is not a JSON value.
 *
 * <p>Immutable once thrown.
 */
public class JsonWriteException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception.
   *
   * @param message names the type that could not be written and why
   * @param cause Jackson's failure
   */
  public JsonWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
