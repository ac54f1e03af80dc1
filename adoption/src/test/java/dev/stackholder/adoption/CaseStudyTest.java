package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CaseStudyTest {
  private static final Source SOURCE =
      Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack");
  private static final LeadTime DELIVERY =
      LeadTime.builder()
          .activity("resource delivery")
          .before(Duration.ofDays(14))
          .after(Duration.ofMinutes(30))
          .addSources(SOURCE)
          .build();
  private static final CostReduction SERVERS =
      CostReduction.builder()
          .category("servers")
          .percent(BigDecimal.valueOf(30))
          .addSources(SOURCE)
          .build();
  private static final CaseStudy STUDY =
      CaseStudy.builder()
          .id("tencent-tstack")
          .organization(Organization.of("tencent", "Tencent"))
          .title("TStack")
          .summary("A private cloud.")
          .addOutcomes(SERVERS, DELIVERY)
          .addSources(SOURCE)
          .build();
  private static final String VALID_JSON =
      "{\"id\":\"x\",\"organization\":{\"id\":\"o\",\"name\":\"O\"},"
          + "\"title\":\"T\",\"summary\":\"S\",\"sources\":[{\"document\":\"d\",\"title\":\"t\"}]";

  @Test
  void jsonRoundTripOfGeneratedCaseStudiesIsExact() {
    qt().withExamples(300)
        .forAll(AdoptionGenerators.caseStudies())
        .checkAssert(
            study ->
                assertThat(StackholderJson.read(StackholderJson.write(study), CaseStudy.class))
                    .isEqualTo(study));
  }

  @Test
  void outcomesOfOneVariantKeepTheirOrder() {
    assertThat(STUDY.outcomes(LeadTime.class)).containsExactly(DELIVERY);
    assertThat(STUDY.outcomes(CostReduction.class)).containsExactly(SERVERS);
    assertThat(STUDY.outcomes(Award.class)).isEmpty();
  }

  @Test
  void outcomesAreWrittenWithTheirTypeName() {
    assertThat(StackholderJson.write(STUDY))
        .contains(
            "\"outcomes\":[{\"type\":\"cost-reduction\",\"sources\":[{\"document\":\"000_6cb65ebcd6c07861.txt\"");
    assertThat(StackholderJson.write(STUDY)).contains("{\"type\":\"lead-time\"");
  }

  @Test
  void idMustBeASlug() {
    assertThatThrownBy(() -> CaseStudy.builder().from(STUDY).id("Tencent TStack").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Case study id 'Tencent TStack' is not a lower-case slug such as 'tencent-tstack'");
  }

  @Test
  void titleAndSummaryMustNotBeBlank() {
    assertThatThrownBy(() -> CaseStudy.builder().from(STUDY).title(" ").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Case study 'tencent-tstack' has a blank title");
    assertThatThrownBy(() -> CaseStudy.builder().from(STUDY).summary("").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Case study 'tencent-tstack' has a blank summary");
  }

  @Test
  void aSourceIsRequired() {
    assertThatThrownBy(() -> CaseStudy.builder().from(STUDY).sources(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Case study 'tencent-tstack' has no sources");
  }

  @Test
  void malformedJsonNamesThePath() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    VALID_JSON
                        + ",\"deployments\":[{\"name\":\"n\",\"sources\":[{\"document\":\"d\",\"title\":\"t\"}],"
                        + "\"availability\":{\"percent\":120}}]}",
                    CaseStudy.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$.deployments[0].availability: Availability percent is 120, expected above 0 and at most 100");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    VALID_JSON
                        + ",\"outcomes\":[{\"type\":\"cost-reduction\",\"category\":\"servers\",\"percent\":\"thirty\","
                        + "\"sources\":[{\"document\":\"d\",\"title\":\"t\"}]}]}",
                    CaseStudy.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.outcomes[0].percent: ");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    VALID_JSON + ",\"outcomes\":[{\"type\":\"cost-cutting\"}]}", CaseStudy.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$.outcomes[0].type: unknown Outcome type 'cost-cutting', expected one of cost-reduction,"
                + " annual-saving, lead-time, users-served, award");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"id\":\"x\",\"title\":\"T\",\"summary\":\"S\","
                        + "\"sources\":[{\"document\":\"d\",\"title\":\"t\"}]}",
                    CaseStudy.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("organization");
  }

  @Test
  void unknownPropertiesAreIgnored() {
    CaseStudy read = StackholderJson.read(VALID_JSON + ",\"since\":\"later\"}", CaseStudy.class);
    assertThat(read.id()).isEqualTo("x");
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicInstanceMethods(STUDY);
  }
}
