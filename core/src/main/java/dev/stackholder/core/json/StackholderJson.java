package dev.stackholder.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.JsonFailures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one place Stackholder data becomes JSON and back.
 *
 * <p>{@link #mapper()} is shared, configured once and thread-safe: camelCase properties, ISO-8601
 * dates, money as {@code {"amount": "200000.00", "currency": "USD"}}, and polymorphic types named by
 * a {@code "type"} property from a closed set. Reading is strict about what it knows (a string where
 * a number belongs, a float where an integer belongs, a missing required field, an invalid value are
 * all errors) and lenient about what it does not (unknown properties are ignored so files written by
 * newer versions stay readable). A round trip returns an equal object, decimals keep their scale.
 *
 * <p>The {@code read} methods turn every failure into an {@link InvalidDataException} whose message
 * starts with the JSON path of the bad value, e.g. {@code $.ruleSets[0].tiers[1].dues.percent}, and
 * for files, the file name and line.
 */
public final class StackholderJson {
  private static final ObjectMapper MAPPER = newMapper();

  private StackholderJson() {}

  /** The shared, configured mapper. Do not reconfigure it: copy it ({@code mapper().copy()}). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The same set-up as a Jackson {@link Module}, for a mapper of your own. */
  public static Module module() {
    return new StackholderModule();
  }

  /**
   * Reads a value from a JSON text.
   *
   * @throws InvalidDataException naming the JSON path and what was wrong
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, "");
    }
  }

  /**
   * Reads a value from a JSON stream (which is not closed).
   *
   * @throws InvalidDataException naming the JSON path and what was wrong
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from a JSON file.
   *
   * @throws InvalidDataException naming the file, the line, the JSON path and what was wrong
   * @throws NotFoundException naming the file if it does not exist
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, type);
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, file.toString());
    } catch (NoSuchFileException e) {
      throw new NotFoundException("file", file.toString(), "JSON file " + file + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Writes a value as JSON (compact, one line).
   *
   * @throws InvalidDataException if the value cannot be written (a type Stackholder does not know)
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException("Cannot write " + value.getClass().getName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /** Writes a value as indented JSON, for people and for files kept under version control. */
  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException("Cannot write " + value.getClass().getName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  private static ObjectMapper newMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new StackholderModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
    // Wrong JSON types are errors: "12" is not an integer, 12 is not a string, "" is not a value.
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean}) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }
}
