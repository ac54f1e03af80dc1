package dev.stackholder.testing;

import static dev.stackholder.testing.MembershipGenerators.foundations;
import static dev.stackholder.testing.MembershipGenerators.rosters;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Foundation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Generated foundations and rosters, as the library writes them, validate against the JSON Schemas
 * the membership jar ships, checked by a third-party validator (com.networknt, format assertions
 * on) from outside the library's module, as a user's build would read them.
 */
class SchemaPropertiesTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Schema FOUNDATION = membershipSchema("foundation");
  private static final Schema ROSTER = membershipSchema("roster");

  @Test
  void generatedFoundationsAsWrittenValidate() {
    qt().withExamples(200).forAll(foundations())
        .check(foundation -> FOUNDATION.validate(StackholderJson.write(foundation), InputFormat.JSON).isEmpty());
  }

  @Test
  void generatedRostersAsWrittenValidate() {
    qt().withExamples(200).forAll(foundations().flatMap(foundation -> rosters(foundation)))
        .check(roster -> ROSTER.validate(StackholderJson.write(roster), InputFormat.JSON).isEmpty());
  }

  /** A schema from the membership jar; its folder is not a package, so a module may read it. */
  private static Schema membershipSchema(String name) {
    String path = "/dev/stackholder/membership/json-schema/" + name + ".schema.json";
    try (InputStream in = Foundation.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No schema " + path + " in the membership jar");
      }
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
