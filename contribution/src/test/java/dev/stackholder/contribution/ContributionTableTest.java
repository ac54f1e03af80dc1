package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ContributionTableTest {
  private static final ContributionEntry SINA =
      ContributionEntry.of("SINA", 3, new BigDecimal("1.0"));

  @Test
  void generatedTablesRoundTripExactly() {
    qt().forAll(Generators.tables())
        .checkAssert(
            table ->
                assertThat(
                        StackholderJson.read(StackholderJson.write(table), ContributionTable.class))
                    .isEqualTo(table));
  }

  @Test
  void realTablesWithSourcesRoundTrip() {
    ContributionTable table = GitdmReports.builtIn().table("grizzly", "nova", Metric.LINES_CHANGED);
    assertThat(StackholderJson.read(StackholderJson.write(table), ContributionTable.class))
        .isEqualTo(table);
  }

  @Test
  void releaseAndProjectAreLowerCase() {
    assertThatThrownBy(
            () ->
                ContributionTable.builder()
                    .release("Folsom")
                    .project("all")
                    .metric(Metric.CHANGESETS)
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "ContributionTable release 'Folsom' is not a lower-case name such as "
                + "'folsom' or 'nova'");
    assertThatThrownBy(
            () ->
                ContributionTable.builder()
                    .release("folsom")
                    .project("Nova Compute")
                    .metric(Metric.CHANGESETS)
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "ContributionTable project 'Nova Compute' is not a lower-case name such as "
                + "'folsom' or 'nova'");
  }

  @Test
  void employersAreDistinct() {
    assertThatThrownBy(
            () ->
                ContributionTable.builder()
                    .release("folsom")
                    .project("horizon")
                    .metric(Metric.CHANGESETS)
                    .addEntries(SINA, SINA)
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("ContributionTable folsom/horizon/changesets lists employer 'SINA' twice");
  }
}
