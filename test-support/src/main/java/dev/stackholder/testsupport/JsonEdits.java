package dev.stackholder.testsupport;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Small edits of a JSON document at a JSON Pointer, for tests that break a valid document in one
 * place (a schema must refuse it, a reader must name the place).
 */
public final class JsonEdits {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private JsonEdits() {}

  /** The document as a tree, read by a plain mapper (no Stackholder rules). */
  public static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document with {@code value} at {@code pointer} (a new property, or in place of the old).
   */
  public static String set(String json, String pointer, JsonNode value) {
    JsonNode root = tree(json);
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode parent = root.at(path.head());
    String last = path.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return root.toString();
  }

  /**
   * The document without the property at {@code pointer}.
   *
   * @throws IllegalArgumentException when there is no such property (a test that removes nothing
   *     would pass for the wrong reason)
   */
  public static String remove(String json, String pointer) {
    JsonNode root = tree(json);
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode parent = root.at(path.head());
    if (!parent.has(path.last().getMatchingProperty())) {
      throw new IllegalArgumentException("Nothing at " + pointer);
    }
    ((ObjectNode) parent).remove(path.last().getMatchingProperty());
    return root.toString();
  }
}
