package dev.stackholder.contribution;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates JSON against this module's shipped JSON Schemas with a third-party validator
 * (com.networknt json-schema-validator), so the schemas are checked by code that is not ours.
 * Format assertions are on: draft 2020-12 makes "format" an annotation only, and a date such as
 * 2012-13-45 must be refused.
 */
final class SchemaValidation {
  /** Where this module's schemas are, on the class path and in its jar. */
  static final String FOLDER = "/dev/stackholder/contribution/json-schema/";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  static Schema schema(String name) {
    return SCHEMAS.computeIfAbsent(name, n -> {
      try (InputStream in = SchemaValidation.class.getResourceAsStream(FOLDER + n + ".schema.json")) {
        if (in == null) {
          throw new IllegalArgumentException("No schema " + FOLDER + n + ".schema.json");
        }
        return REGISTRY.getSchema(in, InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The validator's messages for a document, empty when it is valid. */
  static List<String> errors(String schemaName, String json) {
    return schema(schemaName).validate(json, InputFormat.JSON).stream()
        .map(Error::toString).collect(Collectors.toList());
  }

  static String resource(String path) {
    try (InputStream in = SchemaValidation.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
