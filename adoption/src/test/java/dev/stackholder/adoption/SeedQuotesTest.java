package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every quote the built-in catalogs attribute to a seed is in that seed, word for word. */
class SeedQuotesTest {
  private static final Path SEEDS = Path.of("src/test/resources/seeds");

  @Test
  void everySeedQuoteIsVerbatim() throws IOException {
    List<JsonNode> sources = new ArrayList<>();
    collect(StackholderJson.mapper().valueToTree(AdoptionCatalog.builtIn()), sources);
    collect(StackholderJson.mapper().valueToTree(CommunityCatalog.builtIn()), sources);
    int checked = 0;
    for (JsonNode source : sources) {
      Path seed = SEEDS.resolve(source.get("document").asText());
      if (Files.exists(seed) && source.hasNonNull("quote")) {
        String text = normalize(Files.readString(seed, StandardCharsets.UTF_8));
        String quote = normalize(source.get("quote").asText());
        assertThat(text.contains(quote)).as("quote %s in %s", quote, seed.getFileName()).isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  private static void collect(JsonNode node, List<JsonNode> sources) {
    if (node.isObject() && node.has("document") && node.has("title")) {
      sources.add(node);
    }
    node.forEach(child -> collect(child, sources));
  }

  private static String normalize(String text) {
    // Unicode white space: the seeds contain no-break spaces.
    return text.replaceAll("(?U)\\s+", " ");
  }
}
