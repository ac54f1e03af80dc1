package dev.stackholder.contribution.cncf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.contribution.git.Mailmap;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.SchemaValidation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * cncf-developers.schema.json and mailmap-identities.schema.json against a third-party validator:
 * what the readers give validates as written; broken documents do not.
 */
class ReadersSchemaTest {
  private static final String CNCF =
      "alice: alice!example.org, a!example.com\n"
          + "\tIndependent until 2016-06-01\n\tExample Corp from 2016-06-01\n"
          + "bob: bob!example.net\n\tSample Ltd.\n";

  @Test
  void developersValidateAndBrokenOnesDoNot() {
    String json = StackholderJson.write(DevelopersAffiliations.parse(CNCF, "f").developers());
    assertThat(errors("cncf-developers", json)).isEmpty();
    assertThat(errors("cncf-developers", json.replace("alice@example.org", "Alice@example.org")))
        .isNotEmpty();
    assertThat(errors("cncf-developers", json.replace("2016-06-01", "June 2016"))).isNotEmpty();
    assertThat(errors("cncf-developers", json.replace("\"employers\"", "\"jobs\""))).isNotEmpty();
    assertThat(errors("cncf-developers", json.replace("\"bob@example.net\"", ""))).isNotEmpty();
  }

  @Test
  void mailmapIdentitiesValidateAndBrokenOnesDoNot() {
    Mailmap mailmap =
        Mailmap.parse(
            "Jane <jane@example.net> jdoe <jd@example.net>\n"
                + "<joe@example.org> <joe@old.example.org>\n",
            ".mailmap");
    String json = StackholderJson.write(mailmap.identities());
    assertThat(errors("mailmap-identities", json)).isEmpty();
    assertThat(errors("mailmap-identities", json.replace("\"aliases\"", "\"others\"")))
        .isNotEmpty();
    assertThat(errors("mailmap-identities", json.replace("\"jd@example.net\"", "7"))).isNotEmpty();
  }

  private static List<String> errors(String schema, String json) {
    return SchemaValidation.errors("contribution", schema, json);
  }
}
