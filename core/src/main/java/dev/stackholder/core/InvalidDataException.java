package dev.stackholder.core;

import java.util.Optional;

/**
 * Data that is wrong: a negative revenue, a minimum above its maximum, a malformed JSON document or
 * gitdm report. The message names the value and what was expected. When the data was read from a
 * document the message starts with its {@link #location()}: the file and line, and the JSON path,
 * e.g. {@code "rules.json:3: $.ruleSets[0].tiers[1].dues.percent: ..."}.
 *
 * <p>An id nobody knows is a {@link NotFoundException}, and a figure the caller did not declare a
 * {@link MissingDeclarationException}, not this. Immutable once thrown.
 */
public class InvalidDataException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /** Where in a document the bad value is; null when the data did not come from a document. */
  private final String location;

  /**
   * Reports data that was refused.
   *
   * @param message what was wrong, naming the value and what was expected
   */
  public InvalidDataException(String message) {
    super(message);
    this.location = null;
  }

  /**
   * Reports data that was refused because of a lower-level failure.
   *
   * @param message what was wrong, naming the value and what was expected
   * @param cause the lower-level failure
   */
  public InvalidDataException(String message, Throwable cause) {
    super(message, cause);
    this.location = null;
  }

  /**
   * A failure located in a document.
   *
   * @param location where in the document: a JSON path such as {@code $.ruleSets[0].currency},
   *     preceded by the file and line when there is a file ({@code rules.json:3: $.ruleSets[0]}),
   *     or a file and line alone ({@code folsom/git-stats.txt:12})
   * @param message what was wrong there (the full message is {@code "<location>: <message>"})
   * @param cause the lower-level failure, or {@code null}
   */
  public InvalidDataException(String location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = location;
  }

  /**
   * {@return where the bad value is, when the data was read from a document: its JSON path ({@code
   * $.ruleSets[0]}), preceded by the file and line when it was read from a file ({@code
   * rules.json:3: $.ruleSets[0]}); or the file and line of a text format ({@code
   * folsom/git-stats.txt:12})} Empty for values built in code.
   */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  /**
   * Throws an {@code InvalidDataException} with the formatted message unless {@code condition}
   * holds; a small helper for {@code @Value.Check} methods. The message is formatted only when the
   * check fails, and a {@link java.math.BigDecimal} argument is written by {@link Limits#describe}
   * and a long string by {@link Limits#abbreviate}, so pass the value itself (use {@code %s}), not
   * its {@code toPlainString()}: a hostile {@code 1e999999999} then costs nothing to check or to
   * name.
   *
   * @param condition what must be true
   * @param format a {@link String#format} pattern naming the field and the value
   * @param args the pattern's arguments
   */
  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      Object[] described = args.clone();
      for (int i = 0; i < described.length; i++) {
        if (described[i] instanceof java.math.BigDecimal) {
          described[i] = Limits.describe((java.math.BigDecimal) described[i]);
        } else if (described[i] instanceof String) {
          described[i] = Limits.abbreviate((String) described[i]);
        }
      }
      throw new InvalidDataException(String.format(java.util.Locale.ROOT, format, described));
    }
  }
}
