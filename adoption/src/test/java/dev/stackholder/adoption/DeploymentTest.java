package dev.stackholder.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import java.time.Year;
import org.junit.jupiter.api.Test;

class DeploymentTest {
  private static final Source SEED =
      Source.of("000_6cb65ebcd6c07861.txt", "Chinese WeChat is powered by OpenStack");
  private static final Deployment TSTACK =
      Deployment.builder()
          .name("TStack")
          .clusters(Count.exactly(14))
          .inProductionSince(Year.of(2013))
          .addSources(SEED)
          .build();

  @Test
  void figuresAreOptional() {
    assertThat(TSTACK.scale()).isEmpty();
    assertThat(TSTACK.availability()).isEmpty();
    assertThat(StackholderJson.write(TSTACK))
        .contains("\"inProductionSince\":\"2013\"")
        .doesNotContain("regions");
  }

  @Test
  void jsonRoundTripOfGeneratedDeployments() {
    qt().forAll(AdoptionGenerators.deployments())
        .checkAssert(
            deployment ->
                assertThat(
                        StackholderJson.read(StackholderJson.write(deployment), Deployment.class))
                    .isEqualTo(deployment));
  }

  @Test
  void nameAndSourcesAreRequired() {
    assertThatThrownBy(() -> Deployment.builder().from(TSTACK).name("").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Deployment name is blank");
    assertThatThrownBy(() -> Deployment.builder().from(TSTACK).sources(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("Deployment 'TStack' has no sources");
  }

  @Test
  void missingSourcesInJsonAreReportedWithThePath() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"name\":\"TStack\",\"clusters\":{\"value\":-14}}", Deployment.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("$.clusters: Count value is -14, expected zero or more");
  }
}
