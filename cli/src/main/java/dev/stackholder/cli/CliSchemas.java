package dev.stackholder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of each command's {@code --format json} output. A command's
 * schema is a resource of this module, {@code dev/stackholder/cli/json-schema/COMMAND.schema.json},
 * that names the library schemas it builds on ({@code "x-stackholder-include"}); their definitions
 * are copied into its {@code $defs} here, so that what {@code stackholder schema COMMAND} prints
 * stands alone and follows the libraries' schemas as they change. Stateless, thread-safe.
 */
final class CliSchemas {
  /** The commands whose JSON output has a schema, in the order {@code --help} lists them. */
  static final List<String> COMMANDS =
      List.of(
          "dues",
          "roster",
          "board",
          "income",
          "case-studies",
          "case-study",
          "events",
          "users",
          "compare",
          "rank",
          "contributions");

  private static final String INCLUDE = "x-stackholder-include";

  private CliSchemas() {}

  /**
   * The schema of a command's JSON output; an unknown command is a "not found" naming the known
   * ones.
   */
  static ObjectNode of(String command) {
    if (!COMMANDS.contains(command)) {
      throw new NotFoundException("command with a JSON schema", command, COMMANDS);
    }
    ObjectNode schema =
        (ObjectNode) resource("dev/stackholder/cli/json-schema/" + command + ".schema.json");
    JsonNode includes = schema.remove(INCLUDE);
    ObjectNode defs = schema.with("$defs");
    if (includes != null) {
      for (JsonNode include : includes) {
        String[] parts = include.asText().split("/", 2);
        JsonNode library =
            resource("dev/stackholder/" + parts[0] + "/json-schema/" + parts[1] + ".schema.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = library.path("$defs").fields();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> def = it.next();
          if (!defs.has(def.getKey())) {
            defs.set(def.getKey(), def.getValue());
          }
        }
      }
    }
    return schema;
  }

  /** A built-in schema; a missing or broken one is a packaging bug. */
  private static JsonNode resource(String path) {
    try (InputStream in = CliSchemas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "Built-in schema " + path + " is missing (a packaging bug)");
      }
      return StackholderJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read built-in schema " + path, e);
    }
  }
}
