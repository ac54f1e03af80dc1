package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.SchemaValidation;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code dev/stackholder/contribution/json-schema/} against a third-party
 * validator: every employer table of every bundled gitdm report, ranked both ways, and generated
 * tables validate as written; broken documents do not. (The bundled data are gitdm text reports,
 * not JSON, so the JSON this module has is what it writes.)
 */
class JsonSchemaTest {

  @Test
  void everyTableOfEveryBundledGitdmReportAndItsRankingsValidate() {
    GitdmReports reports = GitdmReports.builtIn();
    int tables = 0;
    for (String release : reports.releases()) {
      for (String project : reports.projects(release)) {
        for (Metric metric : Metric.values()) {
          ContributionTable table;
          try {
            table = reports.table(release, project, metric);
          } catch (NoSuchTableException notInTheReports) {
            continue;
          }
          String what = release + " " + project + " " + metric.id();
          assertThat(errors("contribution-table", StackholderJson.write(table))).as(what).isEmpty();
          for (TieMode ties : TieMode.values()) {
            assertThat(errors("ranked-table", StackholderJson.write(Ranking.of(ties).rank(table))))
                .as(what + " " + ties.id())
                .isEmpty();
          }
          tables++;
        }
      }
    }
    assertThat(tables).isGreaterThan(reports.size());
  }

  @Test
  void aTableComputedFromHistoryNamesItsInputsAndValidates() {
    ContributionStatistics statistics =
        ContributionStatistics.of("folsom", GitFolsom.config().directory())
            .addInput(
                InputSource.builder()
                    .kind(InputSource.GITDM_CONFIG)
                    .name("gitdm-config")
                    .date(java.time.LocalDate.of(2012, 9, 26))
                    .build())
            .addLog(GitFolsom.log("keystone"));
    RankedTable ranked = statistics.rank("keystone", Metric.CHANGESETS, TieMode.COMPETITION);
    assertThat(ranked.provenance().policy()).hasValue("gitdm");
    assertThat(ranked.provenance().inputs())
        .extracting(InputSource::kind)
        .containsExactly("gitdm-config", "git-log");
    String json = StackholderJson.write(ranked);
    assertThat(errors("ranked-table", json)).isEmpty();
    assertThat(StackholderJson.read(json, RankedTable.class)).isEqualTo(ranked);
    assertThat(errors("ranked-table", json.replace("\"kind\":\"git-log\",", ""))).isNotEmpty();
  }

  @Test
  void aRankingChangeValidatesAndAnAbsentRowHasNoDelta() {
    GitdmReports reports = GitdmReports.builtIn();
    Ranking ranking = Ranking.of(TieMode.COMPETITION);
    RankingChange change =
        RankingChange.between(
            ranking.rank(reports.table("essex", "all", Metric.CHANGESETS)),
            ranking.rank(reports.table("folsom", "all", Metric.CHANGESETS)));
    String json = StackholderJson.write(change);
    assertThat(errors("ranking-change", json)).isEmpty();
    assertThat(StackholderJson.read(json, RankingChange.class)).isEqualTo(change);
    assertThat(change.rows()).anyMatch(row -> row.before().isEmpty() && row.valueDelta().isEmpty());
    // a made-up zero for an absent row is refused by the schema
    String madeUp =
        edit(
            json,
            t -> {
              for (JsonNode row : t.get("rows")) {
                if (!row.has("before")) {
                  ((ObjectNode) row).put("valueDelta", 0);
                }
              }
            });
    assertThat(errors("ranking-change", madeUp)).isNotEmpty();
  }

  @Test
  void generatedTablesAndTheirRankingsValidate() {
    qt().withExamples(500)
        .forAll(Generators.tables(), Generators.tieModes())
        .check(
            (table, ties) ->
                errors("contribution-table", StackholderJson.write(table)).isEmpty()
                    && errors("ranked-table", StackholderJson.write(Ranking.of(ties).rank(table)))
                        .isEmpty());
  }

  static Stream<Arguments> brokenDocuments() {
    ContributionTable table =
        GitdmReports.builtIn().table("folsom", ContributionTable.ALL_PROJECTS, Metric.CHANGESETS);
    String written = StackholderJson.write(table);
    String ranked = StackholderJson.write(Ranking.of(TieMode.COMPETITION).rank(table));
    return Stream.of(
        Arguments.of(
            "unknown metric", "contribution-table", edit(written, t -> t.put("metric", "commits"))),
        Arguments.of(
            "table without release", "contribution-table", edit(written, t -> t.remove("release"))),
        Arguments.of(
            "entry value as a string",
            "contribution-table",
            edit(written, t -> ((ObjectNode) t.get("entries").get(0)).put("value", "many"))),
        Arguments.of(
            "negative value",
            "contribution-table",
            edit(written, t -> ((ObjectNode) t.get("entries").get(0)).put("value", -1))),
        Arguments.of(
            "entry without employer",
            "contribution-table",
            edit(written, t -> ((ObjectNode) t.get("entries").get(0)).remove("employer"))),
        Arguments.of("unknown tie mode", "ranked-table", edit(ranked, t -> t.put("ties", "dense"))),
        Arguments.of(
            "ranked table without rows", "ranked-table", edit(ranked, t -> t.remove("rows"))),
        Arguments.of(
            "rank zero",
            "ranked-table",
            edit(ranked, t -> ((ObjectNode) t.get("rows").get(0)).put("rank", 0))),
        Arguments.of(
            "share as a word",
            "ranked-table",
            edit(ranked, t -> ((ObjectNode) t.get("rows").get(0)).put("share", "half"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void brokenDocumentsAreRejected(String what, String schema, String document) {
    assertThat(errors(schema, document)).as(what).isNotEmpty();
  }

  @Test
  void unknownPropertiesAreAllowedAsTheReadersIgnoreThem() {
    ContributionTable table = GitdmReports.builtIn().table("folsom", "nova", Metric.CHANGESETS);
    // Edited as text: a tree would normalise the shares' decimals (26.0 to 26).
    String newer =
        "{\"generatedBy\":\"a newer Stackholder\"," + StackholderJson.write(table).substring(1);
    assertThat(errors("contribution-table", newer)).isEmpty();
    assertThat(StackholderJson.read(newer, ContributionTable.class)).isEqualTo(table);
  }

  private static String edit(String json, Consumer<ObjectNode> change) {
    try {
      JsonNode root = StackholderJson.mapper().readTree(json);
      change.accept((ObjectNode) root);
      return root.toString();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validator's messages for a document against this module's schema {@code name}. */
  private static List<String> errors(String name, String json) {
    return SchemaValidation.errors("contribution", name, json);
  }
}
