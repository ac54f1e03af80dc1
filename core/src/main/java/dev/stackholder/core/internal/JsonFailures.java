package dev.stackholder.core.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.StackholderException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a Jackson failure (JSON, or YAML read through Jackson) into the {@link
 * InvalidDataException} every Stackholder reader throws, with the location of the bad value: {@code
 * "<document>:<line>: <JSON path>: <what was wrong>"}.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonFailures {
  private static final Pattern COERCION_ADVICE =
      Pattern.compile("\\s*\\(but (?:might|could) if coercion[^)]*\\)");

  private JsonFailures() {}

  /**
   * {@return the JSON path of a failure, {@code $} for the root, e.g. {@code
   * $.ruleSets[0].currency}} The path comes from where the parser stood when reading failed, which
   * has the array indices (Jackson's own reference path has none inside Guava collections, and a
   * validation failure of an object just read stops there, at the object). When the parser's
   * position does not agree with Jackson's reference path (a buffered polymorphic value, say) the
   * reference path is used.
   *
   * @param e the failure, from parsing or from mapping
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
    List<Object> fromParser =
        e.getProcessor() instanceof JsonParser
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
   * when {@code document} is empty.
   *
   * @param document the file or resource name, or {@code ""} for text with no name
   * @param e the failure, from parsing or from mapping
   * @return the exception to throw, with the Jackson failure as its cause
   */
  public static InvalidDataException invalidData(JsonProcessingException e, String document) {
    String where =
        (document.isEmpty() ? "" : document + ":" + line(e.getLocation()) + ": ") + jsonPath(e);
    // A reason may quote the bad value; a hostile one is long.
    String reason = reason(e);
    return new InvalidDataException(
        where,
        reason.length() <= 4 * Limits.MAX_QUOTED_LENGTH
            ? reason
            : reason.substring(0, 4 * Limits.MAX_QUOTED_LENGTH)
                + "... ("
                + reason.length()
                + " characters)",
        e);
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
      if (cause instanceof IllegalStateException
          || cause instanceof IllegalArgumentException
          || cause instanceof ArithmeticException
          || cause instanceof NullPointerException) {
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
      }
    }
    // Jackson's advice on enabling coercion is for the mapper's author, not for whoever wrote the
    // data.
    return COERCION_ADVICE.matcher(e.getOriginalMessage()).replaceAll("");
  }

  /**
   * Names the bad type id and the known ones, read from the base type's {@link JsonSubTypes}:
   * Jackson's own message lists no known ids for Immutables' delegating creators ("known type ids =
   * []").
   */
  private static String unknownType(InvalidTypeIdException e) {
    Class<?> base = e.getBaseType().getRawClass();
    List<String> known = new ArrayList<>();
    JsonSubTypes subTypes = base.getAnnotation(JsonSubTypes.class);
    if (subTypes != null) {
      for (JsonSubTypes.Type type : subTypes.value()) {
        JsonTypeName named = type.value().getAnnotation(JsonTypeName.class);
        known.add(
            !type.name().isEmpty()
                ? type.name()
                : named != null ? named.value() : type.value().getSimpleName());
      }
    }
    return (e.getTypeId() == null
            ? "missing \"type\" of " + base.getSimpleName()
            : "unknown " + base.getSimpleName() + " type '" + e.getTypeId() + "'")
        + ", expected one of "
        + String.join(", ", known);
  }

  private static String line(JsonLocation location) {
    return location == null || location.getLineNr() < 0
        ? "?"
        : String.valueOf(location.getLineNr());
  }
}
