package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link AffiliationSources}: the first source wins, and what it hides is listed. */
class AffiliationSourcesTest {
  private static final LocalDate DAY = LocalDate.of(2012, 7, 1);

  private static AffiliationDirectory directory(Map<String, String> aliases, Affiliation... rules) {
    return AffiliationDirectory.of(AttributionPolicy.GITDM, aliases, List.of(rules));
  }

  @Test
  void theFirstSourceWinsAndTheShadowedRuleIsListedWithItsSource() {
    AffiliationDirectory first =
        directory(Map.of(), Affiliation.of(Affiliation.Kind.ADDRESS, "bob@example.org", "Acme"));
    AffiliationDirectory second =
        directory(
            Map.of(),
            Affiliation.of(Affiliation.Kind.ADDRESS, "bob@example.org", "Globex"),
            Affiliation.of(Affiliation.Kind.ADDRESS, "cy@example.org", "Initech"));
    AffiliationSources sources = AffiliationSources.of(List.of(first, second), List.of());
    assertThat(sources.directory().attribute("bob@example.org", DAY).employer()).isEqualTo("Acme");
    assertThat(sources.directory().attribute("cy@example.org", DAY).employer())
        .isEqualTo("Initech");
    assertThat(sources.shadowed()).hasSize(1);
    AffiliationSources.Shadowed shadowed = sources.shadowed().get(0);
    assertThat(shadowed.shadowed().organization()).isEqualTo("Globex");
    assertThat(shadowed.winner().organization()).isEqualTo("Acme");
    assertThat(shadowed.shadowedSource()).isEqualTo(1);
    assertThat(shadowed.winnerSource()).isZero();
    AffiliationSources swapped = AffiliationSources.of(List.of(second, first), List.of());
    assertThat(swapped.directory().attribute("bob@example.org", DAY).employer())
        .isEqualTo("Globex");
    assertThat(swapped.shadowed().get(0).shadowed().organization()).isEqualTo("Acme");
  }

  @Test
  void rulesOfOtherDaysOrTheSameEmployerShadowNothing() {
    AffiliationDirectory first =
        directory(
            Map.of(),
            Affiliation.builder()
                .kind(Affiliation.Kind.ADDRESS)
                .key("bob@example.org")
                .organization("Acme")
                .until(LocalDate.of(2012, 1, 1))
                .build(),
            Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat"));
    AffiliationDirectory second =
        directory(
            Map.of(),
            Affiliation.builder()
                .kind(Affiliation.Kind.ADDRESS)
                .key("bob@example.org")
                .organization("Globex")
                .from(LocalDate.of(2012, 1, 1))
                .build(),
            Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat"));
    AffiliationSources sources = AffiliationSources.of(List.of(first, second), List.of());
    assertThat(sources.shadowed()).isEmpty();
    assertThat(sources.directory().attribute("bob@example.org", DAY).employer())
        .isEqualTo("Globex");
  }

  @Test
  void identitiesAddAliasesButNeverReplaceADirectorysOwn() {
    AffiliationDirectory first =
        directory(
            Map.of("bob@home.example", "bob@example.org"),
            Affiliation.of(Affiliation.Kind.ADDRESS, "bob@example.org", "Acme"),
            Affiliation.of(Affiliation.Kind.ADDRESS, "ann@example.org", "Initech"));
    List<Identity> identities =
        List.of(
            Identity.of("Ann", List.of("ann@example.org", "ann@home.example")),
            Identity.of("Other", List.of("ann@example.org", "bob@home.example")));
    AffiliationSources sources = AffiliationSources.of(List.of(first), identities);
    assertThat(sources.directory().attribute("ann@home.example", DAY).employer())
        .isEqualTo("Initech");
    assertThat(sources.directory().attribute("bob@home.example", DAY).employer()).isEqualTo("Acme");
    assertThat(sources.shadowedAliases())
        .containsExactly(Map.entry("bob@home.example", "ann@example.org"));
  }

  @Test
  void identitiesAloneAreNoSource() {
    assertThatThrownBy(() -> AffiliationSources.of(List.of(), List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("at least one");
  }
}
