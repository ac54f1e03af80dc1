package dev.stackholder.contribution.stackalytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stackalytics' {@code corrections.json}: entries that replace fields of stored records, found by
 * {@code primary_key} ({@code stackalytics/processor/main.py}, {@code apply_corrections}, and
 * {@code runtime_storage.MemcachedStorage.apply_corrections}). An entry without {@code primary_key}
 * is left out, as Stackalytics leaves it out; an entry whose key is no record changes nothing. The
 * fields that can change a company table are applied: {@code loc}, {@code company_name} and {@code
 * module}; the others ({@code subject}, {@code change_id}, {@code correction_comment}, ...)
 * describe the record and are kept only as the comment.
 *
 * <p>Immutable and thread-safe.
 */
public final class StackalyticsCorrections {
  private final ImmutableMap<String, Correction> byKey;

  private StackalyticsCorrections(ImmutableMap<String, Correction> byKey) {
    this.byKey = byKey;
  }

  /** {@return no corrections} */
  public static StackalyticsCorrections none() {
    return new StackalyticsCorrections(ImmutableMap.of());
  }

  /**
   * Reads a {@code corrections.json}.
   *
   * @param file the file, an object with a {@code corrections} array
   * @return its corrections
   * @throws InvalidDataException naming the file and JSON path of a malformed entry
   * @throws dev.stackholder.core.NotFoundException if the file does not exist
   */
  public static StackalyticsCorrections read(Path file) {
    JsonNode root = StackholderJson.read(file, JsonNode.class);
    JsonNode list = root.path("corrections");
    if (!list.isArray()) {
      throw new InvalidDataException(file + ": $.corrections", "expected an array", null);
    }
    Map<String, Correction> byKey = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode c = list.get(i);
      String at = file + ": $.corrections[" + i + "]";
      if (!c.isObject()) {
        throw new InvalidDataException(at, "expected an object", null);
      }
      if (!c.has("primary_key")) {
        continue;
      }
      String key = text(c, "primary_key", at).orElseThrow();
      Optional<Long> loc = Optional.empty();
      if (c.has("loc")) {
        JsonNode n = c.get("loc");
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
          throw new InvalidDataException(
              at + ".loc", "expected a whole number >= 0, got " + c.get("loc"), null);
        }
        loc = Optional.of(c.get("loc").asLong());
      }
      byKey.put(
          key,
          new Correction(
              key,
              loc,
              text(c, "company_name", at),
              text(c, "module", at),
              text(c, "correction_comment", at).orElse("")));
    }
    return new StackalyticsCorrections(ImmutableMap.copyOf(byKey));
  }

  private static Optional<String> text(JsonNode c, String field, String at) {
    if (!c.has(field)) {
      return Optional.empty();
    }
    if (!c.get(field).isTextual()) {
      throw new InvalidDataException(
          at + "." + field, "expected a string, got " + c.get(field), null);
    }
    return Optional.of(c.get(field).asText());
  }

  /**
   * {@return the correction of a record, if any}
   *
   * @param primaryKey the record's key
   */
  public Optional<Correction> find(String primaryKey) {
    return Optional.ofNullable(byKey.get(primaryKey));
  }

  /** {@return the corrections, in file order} */
  public ImmutableList<Correction> all() {
    return byKey.values().asList();
  }

  /**
   * One correction.
   *
   * @param primaryKey the record it corrects
   * @param loc the {@code loc} it sets
   * @param companyName the company it sets
   * @param module the module it sets
   * @param comment its {@code correction_comment}, empty if none
   */
  public record Correction(
      String primaryKey,
      Optional<Long> loc,
      Optional<String> companyName,
      Optional<String> module,
      String comment) {}
}
