package dev.stackholder.core;

import java.util.Optional;

/**
 * Data that breaks a rule of the model: a negative revenue, a minimum above its maximum, an unknown
 * tier, a malformed JSON document. When the data came from JSON the message starts with the JSON path
 * (and the file, when there is one), e.g. {@code "rules.json: $.ruleSets[0].tiers[1].dues.percent:
 * ..."}.
 */
public class InvalidDataException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /** Where in a JSON document the bad value is; null when the data did not come from JSON. */
  private final String jsonPath;

  /** @param message what was wrong, naming the value and what was expected */
  public InvalidDataException(String message) {
    super(message);
    this.jsonPath = null;
  }

  /**
   * @param message what was wrong, naming the value and what was expected
   * @param cause the lower-level failure
   */
  public InvalidDataException(String message, Throwable cause) {
    super(message, cause);
    this.jsonPath = null;
  }

  /**
   * A failure located in a JSON document.
   *
   * @param jsonPath where in the document, e.g. {@code $.ruleSets[0].currency}
   * @param message what was wrong there (the full message is {@code "<path>: <message>"})
   * @param cause the lower-level failure
   */
  public InvalidDataException(String jsonPath, String message, Throwable cause) {
    super(jsonPath + ": " + message, cause);
    this.jsonPath = jsonPath;
  }

  /**
   * Where the bad value is, when the data was read from JSON: its JSON path ({@code $.ruleSets[0]}),
   * preceded by the file and line when it was read from a file ({@code rules.json:3: $.ruleSets[0]}).
   */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /**
   * Throws an {@code InvalidDataException} with the formatted message unless {@code condition}
   * holds; a small helper for {@code @Value.Check} methods.
   *
   * @param condition what must be true
   * @param format a {@link String#format} pattern naming the field and the value
   * @param args the pattern's arguments
   */
  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new InvalidDataException(String.format(java.util.Locale.ROOT, format, args));
    }
  }
}
