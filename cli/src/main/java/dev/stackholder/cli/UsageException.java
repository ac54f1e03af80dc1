package dev.stackholder.cli;

/**
 * A command line the program cannot act on, found outside picocli's parser (an {@code @file} that
 * is too large, a repeated key, a value out of range): exit status 2, one line. Immutable.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
