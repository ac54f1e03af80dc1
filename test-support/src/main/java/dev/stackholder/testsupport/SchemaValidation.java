package dev.stackholder.testsupport;

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
 * Validates JSON against the JSON Schemas a library module ships, with a third-party validator
 * (com.networknt json-schema-validator), so the schemas are checked by code that is not ours.
 * Format assertions are on: draft 2020-12 makes "format" an annotation only, and a date such as
 * 2012-13-45 must be refused.
 *
 * <p>A module's schemas are in {@code dev/stackholder/<module>/json-schema/} of its jar. That
 * folder is not a package (its name has a hyphen), so a module's encapsulation does not hide it and
 * this class, outside every module, reads it through the class loader.
 */
public final class SchemaValidation {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /** The schema {@code name} of the module {@code module}, such as ("membership", "foundation"). */
  public static Schema schema(String module, String name) {
    return SCHEMAS.computeIfAbsent(
        module + "/" + name,
        key -> {
          String path = "dev/stackholder/" + module + "/json-schema/" + name + ".schema.json";
          try (InputStream in = SchemaValidation.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
              throw new IllegalArgumentException("No schema " + path + " on the class path");
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The validator's messages for a document, empty when it is valid. */
  public static List<String> errors(String module, String schemaName, String json) {
    return schema(module, schemaName).validate(json, InputFormat.JSON).stream()
        .map(Error::toString)
        .collect(Collectors.toList());
  }

  /**
   * The text of a resource the caller opened ({@code Foo.class.getResourceAsStream(path)}: a test
   * resource in a module's package can only be opened by that module's own code).
   *
   * @throws IllegalArgumentException naming {@code what} when the stream is null (no such resource)
   */
  public static String text(InputStream in, String what) {
    if (in == null) {
      throw new IllegalArgumentException("No resource " + what);
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
