package dev.stackholder.testing;

import static dev.stackholder.testing.MembershipGenerators.foundations;
import static dev.stackholder.testing.MembershipGenerators.rosters;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.SchemaValidation;
import org.junit.jupiter.api.Test;

/**
 * Generated foundations and rosters, as the library writes them, validate against the JSON Schemas
 * the membership jar ships, checked by a third-party validator (com.networknt, format assertions
 * on) from outside the library's module, as a user's build would read them.
 */
class SchemaPropertiesTest {
  @Test
  void generatedFoundationsAsWrittenValidate() {
    qt().withExamples(200)
        .forAll(foundations())
        .check(
            foundation ->
                SchemaValidation.errors(
                        "membership", "foundation", StackholderJson.write(foundation))
                    .isEmpty());
  }

  @Test
  void generatedRostersAsWrittenValidate() {
    qt().withExamples(200)
        .forAll(foundations().flatMap(foundation -> rosters(foundation)))
        .check(
            roster ->
                SchemaValidation.errors("membership", "roster", StackholderJson.write(roster))
                    .isEmpty());
  }
}
