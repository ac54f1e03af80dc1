package dev.stackholder.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.StackholderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
  private static final Pattern COERCION_ADVICE =
      Pattern.compile("\\s*\\(but (?:might|could) if coercion[^)]*\\)");

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
      throw invalidData(e, "");
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
      throw invalidData(e, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from a JSON file.
   *
   * @throws InvalidDataException naming the file, the line, the JSON path and what was wrong; also
   *     when the file does not exist
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, type);
    } catch (JsonProcessingException e) {
      throw invalidData(e, file.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidDataException("JSON file " + file + " does not exist", e);
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

  /**
   * The JSON path of a failure, {@code $} for the root, e.g. {@code $.ruleSets[0].currency}.
   * Public so that readers of other formats (YAML, say) can report paths the same way.
   *
   * <p>The path comes from where the parser stood when reading failed, which has the array indices
   * (Jackson's own reference path has none inside Guava collections, and a validation failure of an
   * object just read stops there, at the object). When the parser's position does not agree with
   * Jackson's reference path (a buffered polymorphic value, say) the reference path is used.
   */
  public static String jsonPath(JsonProcessingException e) {
    List<Object> fromMapping = new ArrayList<>();
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        if (ref.getFieldName() != null) {
          fromMapping.add(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          fromMapping.add(ref.getIndex());
        }
      }
    }
    List<Object> fromParser = e.getProcessor() instanceof JsonParser
        ? steps(((JsonParser) e.getProcessor()).getParsingContext())
        : List.of();
    return format(agrees(fromParser, fromMapping) ? fromParser : fromMapping);
  }

  /** The steps (field names and array indices) from the root to the parser's position. */
  private static List<Object> steps(JsonStreamContext context) {
    List<Object> steps = new ArrayList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        steps.add(0, Math.max(0, at.getCurrentIndex()));
      } else if (at.getCurrentName() != null) {
        steps.add(0, at.getCurrentName());
      }
    }
    return steps;
  }

  /**
   * Whether the parser's steps extend Jackson's reference path: the same field names in the same
   * order (the parser's may go deeper), and the same indices where the reference path has them.
   */
  private static boolean agrees(List<Object> fromParser, List<Object> fromMapping) {
    int p = 0;
    for (Object step : fromMapping) {
      if (step instanceof Integer) {
        if (p >= fromParser.size() || !step.equals(fromParser.get(p))) {
          return false;
        }
        p++;
        continue;
      }
      while (p < fromParser.size() && fromParser.get(p) instanceof Integer) {
        p++;
      }
      if (p >= fromParser.size() || !step.equals(fromParser.get(p))) {
        return false;
      }
      p++;
    }
    return true;
  }

  private static String format(List<Object> steps) {
    StringBuilder path = new StringBuilder("$");
    for (Object step : steps) {
      if (step instanceof Integer) {
        path.append('[').append(step).append(']');
      } else {
        path.append('.').append(step);
      }
    }
    return path.toString();
  }

  /**
   * Turns a Jackson failure into the {@link InvalidDataException} Stackholder's readers throw:
   * {@code "<document>:<line>: <JSON path>: <what was wrong>"}, or without the document and line
   * when {@code document} is empty. Public so that readers of other formats through Jackson (YAML,
   * say) report failures exactly as {@code read} does.
   *
   * @param document the file or resource name, or {@code ""} for text with no name
   */
  public static InvalidDataException invalidData(JsonProcessingException e, String document) {
    String where = (document.isEmpty() ? "" : document + ":" + line(e.getLocation()) + ": ") + jsonPath(e);
    return new InvalidDataException(where, reason(e), e);
  }

  /** The most specific message: a Stackholder validation message when one caused the failure. */
  private static String reason(JsonProcessingException e) {
    if (e instanceof InvalidTypeIdException && ((InvalidTypeIdException) e).getBaseType() != null) {
      return unknownType((InvalidTypeIdException) e);
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StackholderException) {
        return cause.getMessage();
      }
      if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException
          || cause instanceof ArithmeticException || cause instanceof NullPointerException) {
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
      }
    }
    // Jackson's advice on enabling coercion is for the mapper's author, not for whoever wrote the data.
    return COERCION_ADVICE.matcher(e.getOriginalMessage()).replaceAll("");
  }

  /**
   * Names the bad type id and the known ones, read from the base type's {@link JsonSubTypes}: Jackson's
   * own message lists no known ids for Immutables' delegating creators ("known type ids = []").
   */
  private static String unknownType(InvalidTypeIdException e) {
    Class<?> base = e.getBaseType().getRawClass();
    List<String> known = new ArrayList<>();
    JsonSubTypes subTypes = base.getAnnotation(JsonSubTypes.class);
    if (subTypes != null) {
      for (JsonSubTypes.Type type : subTypes.value()) {
        JsonTypeName named = type.value().getAnnotation(JsonTypeName.class);
        known.add(!type.name().isEmpty() ? type.name()
            : named != null ? named.value() : type.value().getSimpleName());
      }
    }
    return (e.getTypeId() == null ? "missing \"type\" of " + base.getSimpleName()
        : "unknown " + base.getSimpleName() + " type '" + e.getTypeId() + "'")
        + ", expected one of " + String.join(", ", known);
  }

  private static String line(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? "?" : String.valueOf(location.getLineNr());
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
