package dev.stackholder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

/**
 * The adoption catalogs read and written from outside their module: a missing {@code opens} of
 * {@code dev.stackholder.adoption} or {@code dev.stackholder.adoption.community} fails here.
 */
class AdoptionJsonFromOutsideTest {
  @Test
  void adoptionCatalogRoundTrips() {
    AdoptionCatalog catalog = AdoptionCatalog.builtIn();
    assertThat(StackholderJson.read(StackholderJson.write(catalog), AdoptionCatalog.class))
        .isEqualTo(catalog);
  }

  @Test
  void communityCatalogRoundTrips() {
    CommunityCatalog catalog = CommunityCatalog.builtIn();
    assertThat(StackholderJson.read(StackholderJson.writePretty(catalog), CommunityCatalog.class))
        .isEqualTo(catalog);
  }
}
