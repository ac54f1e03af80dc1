package dev.stackholder.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.Documents;
import dev.stackholder.core.internal.JsonFailures;
import dev.stackholder.core.internal.StrictMappers;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one place Stackholder data becomes JSON and back.
 *
 * <p>{@link #mapper()} is shared, configured once and thread-safe: camelCase properties, ISO-8601
 * dates, money as {@code {"amount": "200000.00", "currency": "USD"}}, and polymorphic types named
 * by a {@code "type"} property from a closed set. Reading is strict about what it knows (a string
 * where a number belongs, a float where an integer belongs, a missing required field, an invalid
 * value are all errors) and lenient about what it does not (unknown properties are ignored so files
 * written by newer versions stay readable). A round trip returns an equal object, decimals keep
 * their scale.
 *
 * <p>The {@code read} methods turn every failure into an {@link InvalidDataException} whose message
 * starts with the JSON path of the bad value, e.g. {@code $.ruleSets[0].tiers[1].dues.percent}, and
 * for files, the file name and line. A document is never read as {@code null}, and every {@link
 * Limits limit} applies: document size, string and number length, nesting depth, decimal digits,
 * four-digit years; dates, years and durations are read only from their ISO-8601 strings.
 */
public final class StackholderJson {
  private static final ObjectMapper MAPPER = newMapper();

  private StackholderJson() {}

  /**
   * {@return the shared, configured mapper} Do not reconfigure it: copy it ({@code
   * mapper().copy()}).
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@return the same set-up as a Jackson {@link Module}, for a mapper of your own} */
  public static Module module() {
    return new StackholderModule();
  }

  /**
   * Reads a value from a JSON text.
   *
   * <p>Cost: time and allocation linear in the document's length, which is at most {@link
   * dev.stackholder.core.Limits#MAX_DOCUMENT_LENGTH}; strings, numbers and nesting are refused at
   * their limits before work proportional to them is done. Measured at the limits by {@code
   * JsonWorstCaseTest} (an allocation-counting harness): under 7 bytes allocated per character for
   * a plain document, less for every adversarial one.
   *
   * @param <T> the type of value read
   * @param json the JSON document
   * @param type the class to read, a Stackholder type or a JSON-friendly JDK type
   * @return the value, validated as its type's {@code of}/builder would
   * @throws InvalidDataException naming the JSON path and what was wrong
   */
  public static <T> T read(String json, Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    if (json.length() > Limits.MAX_DOCUMENT_LENGTH) {
      throw tooLong(json.length());
    }
    try {
      return nonNull(MAPPER.readValue(json, type), type, "");
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, "");
    }
  }

  /**
   * Reads a value from a JSON stream (which is not closed).
   *
   * @param <T> the type of value read
   * @param json the stream, read as UTF-8 to its end
   * @param type the class to read, a Stackholder type or a JSON-friendly JDK type
   * @return the value, validated as its type's {@code of}/builder would
   * @throws InvalidDataException naming the JSON path and what was wrong
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream json, Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    return read(Documents.read(json, "", "JSON document"), type, "");
  }

  /**
   * Reads a value from a JSON file.
   *
   * @param <T> the type of value read
   * @param file the file, read as UTF-8
   * @param type the class to read, a Stackholder type or a JSON-friendly JDK type
   * @return the value, validated as its type's {@code of}/builder would
   * @throws InvalidDataException naming the file, the line, the JSON path and what was wrong
   * @throws NotFoundException naming the file if it does not exist
   * @throws InvalidDataException naming the file if it is a directory, a symbolic-link loop,
   *     unreadable, or larger than {@link Limits#MAX_DOCUMENT_LENGTH}
   * @throws UncheckedIOException on an I/O failure of the file system
   */
  public static <T> T read(Path file, Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    return read(Documents.read(file, "JSON file"), type, file.toString());
  }

  private static <T> T read(byte[] json, Class<T> type, String document) {
    try {
      return nonNull(MAPPER.readValue(json, type), type, document);
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, document);
    } catch (CharConversionException e) {
      // Jackson's own decoders (UTF-16, UTF-32) report bad bytes as an IOException.
      throw new InvalidDataException(
          document.isEmpty() ? "$" : document,
          "the document is not "
              + "in a JSON encoding (UTF-8, UTF-16 or UTF-32): "
              + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + (document.isEmpty() ? "JSON" : document), e);
    }
  }

  /**
   * Writes a value as JSON (compact, one line).
   *
   * @param value a Stackholder value or a JSON-friendly JDK value
   * @return the JSON on one line, without a final line break
   * @throws JsonWriteException if the value cannot be written (a type neither Stackholder nor
   *     Jackson knows how to write; writing is not reading, so this is not an {@code
   *     InvalidDataException})
   */
  public static String write(Object value) {
    java.util.Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JsonWriteException(
          "Cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value as indented JSON, for people and for files kept under version control.
   *
   * @param value a Stackholder value or a JSON-friendly JDK value
   * @return the JSON as Jackson's default pretty printer writes it: two-space indents, one object
   *     field per line
   * @throws JsonWriteException if the value cannot be written, as {@link #write}
   */
  public static String writePretty(Object value) {
    java.util.Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JsonWriteException(
          "Cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder().streamReadConstraints(StrictMappers.constraints()).build();
    return StrictMappers.strict(JsonMapper.builder(factory), false).build();
  }

  /** The API has no nulls: a document that is {@code null} is an error, not a null value. */
  private static <T> T nonNull(T value, Class<T> type, String document) {
    if (value == null) {
      throw new InvalidDataException(
          (document.isEmpty() ? "" : document + ":1: ") + "$",
          "the document is null, expected " + type.getSimpleName(),
          null);
    }
    return value;
  }

  private static InvalidDataException tooLong(int length) {
    return new InvalidDataException(
        "$",
        "the document is "
            + length
            + " characters long, "
            + "more than the limit of "
            + Limits.MAX_DOCUMENT_LENGTH,
        null);
  }
}
