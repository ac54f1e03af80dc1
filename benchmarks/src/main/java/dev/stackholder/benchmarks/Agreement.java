package dev.stackholder.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The benchmarks' set-up checks that the library and its baseline give the same whole answer, not a
 * count or a last id: a baseline that read less, or differently, would make the ratio a lie.
 */
final class Agreement {
  private Agreement() {}

  /**
   * Checks that every value the plain records hold is the library's, field by field: both are
   * written as JSON trees (the library by {@link StackholderJson}, the records by {@link
   * Plain#MAPPER}) and compared at every path the records have a non-null value; numbers compare by
   * value, and a number equals the same decimal written as a string (money amounts are strings in
   * the library).
   *
   * @throws IllegalStateException naming the first path where they differ
   */
  static void sameJson(String what, Object library, Object plain) {
    JsonNode left = StackholderJson.mapper().valueToTree(library);
    JsonNode right = Plain.MAPPER.valueToTree(plain);
    String difference = difference("$", left, right);
    if (difference != null) {
      throw new IllegalStateException(
          what + ": the library and the baseline differ at " + difference);
    }
  }

  private static String difference(String path, JsonNode library, JsonNode plain) {
    if (plain == null || plain.isNull() || plain.isMissingNode()) {
      return null;
    }
    if (library == null || library.isNull() || library.isMissingNode()) {
      return path + " (the library has nothing, the baseline " + plain + ")";
    }
    if (plain.isObject()) {
      if (!library.isObject()) {
        return path + " (" + library + " versus " + plain + ")";
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = plain.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String found =
            difference(path + "." + field.getKey(), library.get(field.getKey()), field.getValue());
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (plain.isArray()) {
      if (!library.isArray() || library.size() != plain.size()) {
        return path + " (" + library.size() + " elements versus " + plain.size() + ")";
      }
      for (int i = 0; i < plain.size(); i++) {
        String found = difference(path + "[" + i + "]", library.get(i), plain.get(i));
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (plain.isNumber() || library.isNumber()) {
      try {
        return new BigDecimal(library.asText()).compareTo(new BigDecimal(plain.asText())) == 0
            ? null
            : path + " (" + library + " versus " + plain + ")";
      } catch (NumberFormatException e) {
        return path + " (" + library + " versus " + plain + ")";
      }
    }
    return library.asText().equals(plain.asText())
        ? null
        : path + " (" + library + " versus " + plain + ")";
  }
}
