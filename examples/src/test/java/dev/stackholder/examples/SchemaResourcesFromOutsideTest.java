package dev.stackholder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Foundation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas as a user finds them, from a module downstream of the library modules: the
 * README's resource paths resolve through each module's class loader, although the modules open no
 * package to this one (the folder {@code json-schema} is not a package name, so it is not
 * encapsulated), and each schema names itself.
 */
class SchemaResourcesFromOutsideTest {
  /** The README's table of schemas, by module, with a class of that module to find its loader. */
  private static final Map<Class<?>, List<String>> SCHEMAS =
      Map.of(
          Foundation.class,
              List.of(
                  "foundation",
                  "rule-set",
                  "foundation-index",
                  "roster",
                  "observations",
                  "membership-history",
                  "dues-quote",
                  "fee-comparison"),
          AdoptionCatalog.class, List.of("case-studies", "community"),
          ContributionTable.class, List.of("contribution-table", "ranked-table"));

  @Test
  void everySchemaInTheReadmeIsFoundFromOutsideItsModule() throws IOException {
    // The contrast that makes the test mean something: data in a package folder is hidden from
    // here.
    assertThat(
            Foundation.class
                .getClassLoader()
                .getResource("dev/stackholder/membership/foundations/index.json"))
        .isNull();
    for (Map.Entry<Class<?>, List<String>> module : SCHEMAS.entrySet()) {
      String owner = module.getKey().getModule().getName().substring("dev.stackholder.".length());
      assertThat(module.getKey().getModule()).isNotEqualTo(getClass().getModule());
      for (String name : module.getValue()) {
        String path = "dev/stackholder/" + owner + "/json-schema/" + name + ".schema.json";
        try (InputStream in = module.getKey().getClassLoader().getResourceAsStream(path)) {
          assertThat(in).as(path).isNotNull();
          JsonNode schema = StackholderJson.mapper().readTree(in);
          assertThat(schema.path("$schema").asText())
              .isEqualTo("https://json-schema.org/draft/2020-12/schema");
          assertThat(schema.path("$id").asText()).as(path).endsWith("/" + path);
          assertThat(schema.path("title").asText()).as(path).isNotBlank();
          assertThat(schema.path("description").asText()).as(path).isNotBlank();
        }
      }
    }
  }
}
