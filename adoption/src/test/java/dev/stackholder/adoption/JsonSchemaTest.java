package dev.stackholder.adoption;

import static dev.stackholder.testsupport.JsonEdits.remove;
import static dev.stackholder.testsupport.JsonEdits.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.SchemaValidation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code dev/stackholder/adoption/json-schema/} against a third-party
 * validator: the built-in catalogs, as shipped and as written, and generated case studies validate;
 * broken documents do not.
 */
class JsonSchemaTest {
  private static final String CASE_STUDIES = "/dev/stackholder/adoption/case-studies.json";
  private static final String EVENTS = "/dev/stackholder/adoption/community/events.json";

  @Test
  void theBuiltInDataFilesValidate() {
    assertThat(errors("case-studies", resource(CASE_STUDIES))).isEmpty();
    assertThat(errors("community", resource(EVENTS))).isEmpty();
  }

  @Test
  void theBuiltInCatalogsAsWrittenValidate() {
    assertThat(AdoptionCatalog.builtIn().caseStudies()).isNotEmpty();
    assertThat(errors("case-studies", StackholderJson.write(AdoptionCatalog.builtIn()))).isEmpty();
    assertThat(CommunityCatalog.builtIn().events()).isNotEmpty();
    assertThat(errors("community", StackholderJson.write(CommunityCatalog.builtIn()))).isEmpty();
  }

  @Test
  void generatedCaseStudiesAsWrittenValidate() {
    qt().withExamples(300)
        .forAll(AdoptionGenerators.caseStudies())
        .check(
            study ->
                errors(
                        "case-studies",
                        StackholderJson.write(
                            AdoptionCatalog.builder().addCaseStudies(study).build()))
                    .isEmpty());
  }

  static Stream<Arguments> brokenDocuments() {
    String studies = resource(CASE_STUDIES);
    String events = resource(EVENTS);
    JsonNodeFactory json = JsonNodeFactory.instance;
    return Stream.of(
        Arguments.of("case study without id", "case-studies", remove(studies, "/caseStudies/0/id")),
        Arguments.of(
            "case study id not a slug",
            "case-studies",
            set(studies, "/caseStudies/0/id", json.textNode("Case 1"))),
        Arguments.of(
            "organization without name",
            "case-studies",
            remove(studies, "/caseStudies/0/organization/name")),
        Arguments.of(
            "unknown outcome type",
            "case-studies",
            set(studies, "/caseStudies/0/outcomes/0/type", json.textNode("speed-up"))),
        Arguments.of(
            "outcome without type",
            "case-studies",
            remove(studies, "/caseStudies/0/outcomes/0/type")),
        Arguments.of(
            "saving amount as a number",
            "case-studies",
            set(studies, "/caseStudies/0/outcomes/2/amount/amount", json.numberNode(1000))),
        Arguments.of(
            "unknown approximation",
            "case-studies",
            set(
                studies,
                "/caseStudies/0/deployments/0/scale/0/count/approximation",
                json.textNode("roughly"))),
        Arguments.of(
            "count as a string",
            "case-studies",
            set(
                studies,
                "/caseStudies/0/deployments/0/scale/0/count/value",
                json.textNode("many"))),
        Arguments.of(
            "unknown scale unit",
            "case-studies",
            set(studies, "/caseStudies/0/deployments/0/scale/0/unit", json.textNode("racks"))),
        Arguments.of(
            "source without document",
            "case-studies",
            remove(studies, "/caseStudies/0/sources/0/document")),
        Arguments.of(
            "case studies an object",
            "case-studies",
            set(studies, "/caseStudies", json.objectNode())),
        Arguments.of("event without name", "community", remove(events, "/events/0/name")),
        Arguments.of(
            "impossible event date",
            "community",
            set(events, "/events/0/startDate", json.textNode("2019-02-30"))),
        Arguments.of(
            "event date as a number",
            "community",
            set(events, "/events/0/startDate", json.numberNode(2019))),
        Arguments.of("stop without city", "community", remove(events, "/events/0/stops/0/city")),
        Arguments.of(
            "user group id not a slug",
            "community",
            set(events, "/userGroups/0/id", json.textNode("CN User Group"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void brokenDocumentsAreRejected(String what, String schema, String document) {
    assertThat(errors(schema, document)).as(what).isNotEmpty();
  }

  @Test
  void unknownPropertiesAreAllowedAsTheReadersIgnoreThem() {
    String newer =
        set(resource(EVENTS), "/events/0/futureField", JsonNodeFactory.instance.numberNode(1));
    assertThat(errors("community", newer)).isEmpty();
    assertThat(StackholderJson.read(newer, CommunityCatalog.class))
        .isEqualTo(CommunityCatalog.builtIn());
  }

  /** The validator's messages for a document against this module's schema {@code name}. */
  private static List<String> errors(String name, String json) {
    return SchemaValidation.errors("adoption", name, json);
  }

  private static String resource(String path) {
    return SchemaValidation.text(JsonSchemaTest.class.getResourceAsStream(path), path);
  }
}
