package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RankedTableTest {
  private static final RankedTable TABLE =
      ImmutableRankedTable.builder()
          .release("folsom")
          .project("all")
          .metric(Metric.DEVELOPERS)
          .ties(TieMode.COMPETITION)
          .addRows(
              RankedRow.of(1, "Rackspace", 44, new BigDecimal("14.6")),
              RankedRow.of(2, "SINA", 18, new BigDecimal("6.0")),
              RankedRow.of(2, "HP", 18, new BigDecimal("6.0")))
          .build();
  private static final String JSON =
      "{\"release\":\"folsom\",\"project\":\"all\","
          + "\"metric\":\"developers\",\"ties\":\"competition\",\"rows\":["
          + "{\"rank\":1,\"employer\":\"Rackspace\",\"value\":44,\"share\":14.6},"
          + "{\"rank\":2,\"employer\":\"SINA\",\"value\":18,\"share\":6.0},"
          + "{\"rank\":2,\"employer\":\"HP\",\"value\":18,\"share\":6.0}],"
          + "\"provenance\":{\"inputs\":[]}}";

  @Test
  void writesTheCliJsonShape() {
    assertThat(StackholderJson.write(TABLE)).isEqualTo(JSON);
    assertThat(StackholderJson.read(JSON, RankedTable.class)).isEqualTo(TABLE);
    // a table written before provenance existed still reads, as a table that names no inputs
    String older = JSON.replace(",\"provenance\":{\"inputs\":[]}", "");
    assertThat(StackholderJson.read(older, RankedTable.class)).isEqualTo(TABLE);
  }

  @Test
  void aProvenanceRoundTripsAndABundledTableNamesItsReport() {
    RankedTable named =
        TABLE.withProvenance(
            Provenance.of(
                java.util.Optional.of("gitdm"),
                java.util.List.of(
                    InputSource.builder()
                        .kind(InputSource.REPOSITORY)
                        .name("/src/nova")
                        .project("nova")
                        .head("0123456789abcdef0123456789abcdef01234567")
                        .range("2012.1..2012.2")
                        .date(java.time.LocalDate.of(2012, 9, 27))
                        .note("mailmap ignore")
                        .build())));
    assertThat(StackholderJson.read(StackholderJson.write(named), RankedTable.class))
        .isEqualTo(named)
        .isNotEqualTo(TABLE);
    RankedTable bundled =
        Ranking.of(TieMode.COMPETITION)
            .rank(
                dev.stackholder.contribution.gitdm.GitdmReports.builtIn()
                    .table("folsom", "nova", Metric.CHANGESETS));
    assertThat(bundled.provenance().inputs())
        .singleElement()
        .satisfies(
            input -> {
              assertThat(input.kind()).isEqualTo("gitdm-report");
              assertThat(input.name()).isEqualTo("folsom/nova-git-stats.txt");
            });
  }

  @Test
  void rankedGeneratedTablesRoundTripExactly() {
    qt().forAll(Generators.tables(), Generators.tieModes())
        .checkAssert(
            (table, ties) -> {
              RankedTable ranked = Ranking.of(ties).rank(table);
              RankedTable back =
                  StackholderJson.read(StackholderJson.write(ranked), RankedTable.class);
              assertThat(back).isEqualTo(ranked);
              for (int i = 0; i < ranked.rows().size(); i++) {
                assertThat(back.rows().get(i).share().scale())
                    .isEqualTo(ranked.rows().get(i).share().scale());
              }
            });
  }

  @Test
  void findsARowByEmployer() {
    assertThat(TABLE.findRow("HP")).hasValue(RankedRow.of(2, "HP", 18, new BigDecimal("6.0")));
    assertThat(TABLE.findRow("hp")).isEmpty();
  }

  @Test
  void rowsMustBeBestFirst() {
    assertThatThrownBy(
            () ->
                ImmutableRankedTable.builder()
                    .from(TABLE)
                    .addRows(RankedRow.of(4, "IBM", 19, BigDecimal.ONE))
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "RankedTable folsom/all/developers row 'IBM' (rank 4, value 19) follows 'HP' "
                + "(rank 2, value 18): expected rows best first");
  }

  @Test
  void employersAreDistinct() {
    assertThatThrownBy(
            () ->
                ImmutableRankedTable.builder()
                    .from(TABLE)
                    .addRows(RankedRow.of(4, "HP", 1, BigDecimal.ONE))
                    .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("RankedTable folsom/all/developers lists employer 'HP' twice");
  }

  @Test
  void unknownMetricInJsonNamesThePath() {
    assertThatThrownBy(
            () -> StackholderJson.read(JSON.replace("developers", "hackers"), RankedTable.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$.metric: Unknown metric 'hackers', expected one of changesets, "
                + "lines-changed, lines-added, lines-removed, developers, bugs-fixed, reviews, "
                + "lines-added-plus-removed");
  }

  @Test
  void missingRowsFieldsAreRejected() {
    assertThatThrownBy(
            () -> StackholderJson.read(JSON.replace("\"rank\":1,", ""), RankedTable.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "$.rows[0]: Cannot build RankedRow, some of required attributes are not set "
                + "[rank]");
  }
}
