package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void everyVariantRoundTripsThroughItsTypeName() {
    qt().withExamples(500)
        .forAll(AdoptionGenerators.outcomes())
        .checkAssert(
            outcome -> {
              String json = StackholderJson.write(outcome);
              assertThat(json)
                  .matches(
                      "(?s)\\{\"type\":\"(cost-reduction|annual-saving|lead-time|users-served|award)\",.*");
              assertThat(StackholderJson.read(json, Outcome.class)).isEqualTo(outcome);
            });
  }

  @Test
  void aMissingOrUnknownTypeIsRejected() {
    assertThatThrownBy(() -> StackholderJson.read("{\"name\":\"Superuser Award\"}", Outcome.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$: missing \"type\" of Outcome, expected one of cost-reduction, annual-saving, lead-time,"
                + " users-served, award");
    assertThatThrownBy(
            () ->
                StackholderJson.read("{\"type\":\"ImmutableAward\",\"name\":\"x\"}", Outcome.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.type: unknown Outcome type 'ImmutableAward', expected one of");
  }

  @Test
  void theHierarchyIsSealedToTheFiveVariants() {
    assertThat(Outcome.class.isSealed()).isTrue();
    assertThat(Outcome.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            CostReduction.class,
            AnnualSaving.class,
            LeadTime.class,
            UsersServed.class,
            Award.class);
    for (Class<?> variant : Outcome.class.getPermittedSubclasses()) {
      assertThat(variant.isSealed())
          .as("%s is open to its generated implementation", variant)
          .isFalse();
      assertThat(Modifier.isAbstract(variant.getModifiers())).isTrue();
    }
  }

  @Test
  void eachVariantHasAPublicBuilder() {
    Source source = Source.of("https://example.org/case-study", "A case study");
    assertThat(
            CostReduction.builder()
                .category("servers")
                .percent(new BigDecimal("30"))
                .addSources(source)
                .build()
                .describe())
        .isEqualTo("servers costs cut by 30%");
    assertThat(
            AnnualSaving.builder()
                .amount(Money.parse("EUR 2000000.00"))
                .approximation(Approximation.MORE_THAN)
                .addSources(source)
                .build()
                .describe())
        .isEqualTo("more than EUR 2,000,000.00 saved a year");
    assertThat(
            LeadTime.builder()
                .activity("delivery")
                .before(Duration.ofDays(1))
                .after(Duration.ofHours(1))
                .addSources(source)
                .build()
                .speedUp())
        .isEqualByComparingTo("24");
    assertThat(UsersServed.builder().users(Count.exactly(5)).addSources(source).build().describe())
        .isEqualTo("5 users");
    assertThat(Award.builder().name("Prize").addSources(source).build().describe())
        .isEqualTo("Prize");
    assertThatThrownBy(() -> Award.builder().name("Prize").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Award 'Prize' has no sources");
  }
}
