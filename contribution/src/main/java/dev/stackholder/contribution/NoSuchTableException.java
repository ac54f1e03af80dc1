package dev.stackholder.contribution;

import dev.stackholder.core.StackholderException;

/**
 * The data holds no table for the question: an unknown release or project, or a metric the source
 * does not publish by employer (gitdm lists lines removed by developer only).
 */
public class NoSuchTableException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /** @param message the release, project and metric asked for, and what the data does have */
  public NoSuchTableException(String message) {
    super(message);
  }
}
