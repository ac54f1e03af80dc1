package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.NoSuchTableException;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankCommandTest {

  private static RankedTable table(CliRun run) {
    return StackholderJson.read(run.out, RankedTable.class);
  }

  private static RankedRow sina(String... args) {
    CliRun run = new CliRun(args);
    assertThat(run.status).isZero();
    return table(run).findRow("SINA").orElseThrow();
  }

  @Test
  void printsOneJsonObjectWithTheDocumentedFields() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "changesets", "--json");
    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith(
            "{\n  \"release\" : \"folsom\",\n  \"project\" : \"all\",\n  \"metric\" :"
                + " \"changesets\",\n  \"ties\" : \"competition\",\n  \"rows\" : [ {\n    \"rank\" : 1,");
    RankedTable table = table(run);
    assertThat(table.release()).isEqualTo("folsom");
    assertThat(table.metric()).isEqualTo(Metric.CHANGESETS);
    assertThat(table.ties()).isEqualTo(TieMode.COMPETITION);
    RankedRow sina = table.getRow("SINA");
    assertThat(sina.rank()).isEqualTo(4);
    assertThat(sina.value()).isEqualTo(147);
    assertThat(sina.share()).isEqualTo(new BigDecimal("4.7"));
  }

  @Test
  void reproducesTheSeedsSinaRanks() {
    assertThat(sina("rank", "--release", "folsom", "--metric", "bugs-fixed", "--json").rank())
        .isEqualTo(4);
    RankedRow linesChanged =
        sina("rank", "--release", "folsom", "--metric", "lines-changed", "--json");
    assertThat(linesChanged.rank()).isEqualTo(8);
    assertThat(linesChanged.value()).isEqualTo(11_787);
    assertThat(linesChanged.share()).isEqualTo(new BigDecimal("2.5"));
    assertThat(sina("rank", "--release", "folsom", "--metric", "developers", "--json").rank())
        .isEqualTo(2);
    assertThat(
            sina(
                    "rank",
                    "--release",
                    "folsom",
                    "--metric",
                    "changesets",
                    "--project",
                    "nova",
                    "--json")
                .rank())
        .isEqualTo(6);
  }

  @Test
  void horizonIsTenthByCompetitionAndEleventhByOrdinal() {
    assertThat(
            sina(
                    "rank",
                    "--release",
                    "folsom",
                    "--metric",
                    "changesets",
                    "--project",
                    "horizon",
                    "--json")
                .rank())
        .isEqualTo(10);
    CliRun ordinal =
        new CliRun(
            "rank",
            "--release",
            "folsom",
            "--metric",
            "changesets",
            "--project",
            "horizon",
            "--ties",
            "ordinal",
            "--json");
    assertThat(table(ordinal).ties()).isEqualTo(TieMode.ORDINAL);
    assertThat(table(ordinal).findRow("SINA").orElseThrow().rank()).isEqualTo(11);
  }

  @Test
  void printsATableByDefault() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "developers");
    assertThat(run.status).isZero();
    assertThat(run.out)
        .startsWith(
            "folsom, all projects: employers by developers (competition "
                + "ranking)"
                + System.lineSeparator()
                + "rank  employer                           value   share"
                + System.lineSeparator()
                + "   1  Rackspace                             44   14.6%"
                + System.lineSeparator()
                + "   2  SINA                                  18    6.0%"
                + System.lineSeparator()
                + "   2  HP                                    18    6.0%"
                + System.lineSeparator());
  }

  @Test
  void unknownMetricIsAUsageError() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "commits");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "stackholder: Invalid value for option '--metric': Unknown "
                + "metric 'commits', expected one of changesets, lines-changed, lines-added, lines-removed, "
                + "developers, bugs-fixed, reviews, lines-added-plus-removed (see 'stackholder rank --help')"
                + System.lineSeparator());
  }

  @Test
  void aTableGitdmDoesNotHaveIsNotFound() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "lines-removed");
    assertThat(run.status).isEqualTo(3);
    assertThat(run.err)
        .isEqualTo(
            "stackholder: gitdm report folsom/git-stats.txt has no table of "
                + "lines-removed by employer (it lists lines-removed by developer only)"
                + System.lineSeparator());
    CliRun havana = new CliRun("rank", "--release", "havana", "--metric", "changesets");
    assertThat(havana.status).isEqualTo(3);
    assertThat(havana.err)
        .isEqualTo(
            "stackholder: Unknown release 'havana', expected one of essex, folsom, grizzly"
                + System.lineSeparator());
  }

  @Test
  void readsAnotherDirectoryAndNamesTheBadLine(@TempDir Path dir) throws IOException {
    Path havana = Files.createDirectories(dir.resolve("havana"));
    Files.writeString(
        havana.resolve("git-stats.txt"),
        "Processed 3 csets from 2 developers\n"
            + "2 employers found\nA total of 10 lines added, 4 removed (delta 6)\n\n"
            + "Top changeset contributors by employer\nSINA   3 (100.0%)\nCovers 100.0% of changesets\n");
    CliRun run =
        new CliRun(
            "rank",
            "--release",
            "havana",
            "--metric",
            "changesets",
            "--gitdm",
            dir.toString(),
            "--json");
    assertThat(run.status).isZero();
    RankedTable havanaTable = table(run);
    assertThat(havanaTable.release()).isEqualTo("havana");
    assertThat(havanaTable.rows()).hasSize(1);
    assertThat(havanaTable.getRow("SINA").value()).isEqualTo(3);

    Files.writeString(havana.resolve("nova-git-stats.txt"), "Processed 3 csets\n");
    CliRun bad =
        new CliRun(
            "rank", "--release", "havana", "--metric", "changesets", "--gitdm", dir.toString());
    assertThat(bad.status).isEqualTo(1);
    assertThat(bad.err)
        .isEqualTo(
            "stackholder: havana/nova-git-stats.txt:1: expected "
                + "'Processed N csets from M developers', found 'Processed 3 csets'"
                + System.lineSeparator());
  }

  @Test
  void employerPrintsEveryRankOfTheReleaseInOneCommand() throws Exception {
    CliRun run = new CliRun("rank", "--employer", "sina", "--release", "FOLSOM", "--json");
    assertThat(run.status).isZero();
    JsonNode json = StackholderJson.mapper().readTree(run.out);
    assertThat(json.get("employer").asText()).isEqualTo("SINA");
    GitdmReports reports = GitdmReports.builtIn();
    int expected = 0;
    for (String project : reports.projects("folsom")) {
      for (Metric metric : Metric.values()) {
        try {
          if (Ranking.of(TieMode.COMPETITION)
              .rank(reports.table("folsom", project, metric))
              .findRow("SINA")
              .isPresent()) {
            expected++;
          }
        } catch (NoSuchTableException e) {
          // no such table
        }
      }
    }
    assertThat(json.get("ranks")).hasSize(expected);
    JsonNode horizon = null;
    for (JsonNode rank : json.get("ranks")) {
      if (rank.get("project").asText().equals("horizon")
          && rank.get("metric").asText().equals("changesets")) {
        horizon = rank;
      }
    }
    assertThat(horizon).isNotNull();
    assertThat(horizon.get("rank").asInt()).isEqualTo(10);
    CliRun table = new CliRun("rank", "--employer", "SINA", "--release", "folsom");
    // a heading, the column names, the ranks and the line naming the reports read
    assertThat(table.out.lines()).hasSize(expected + 3);
    assertThat(table.out).contains("Computed from: gitdm-report folsom/");
    assertThat(table.out)
        .contains(
            "SINA in folsom: rank and value for every metric and project (competition ranking)");
  }

  @Test
  void projectsAreFoundInAnyCaseAndUnderTheirOtherName() {
    RankedTable neutron =
        table(
            new CliRun(
                "rank",
                "--release",
                "Folsom",
                "--metric",
                "changesets",
                "--project",
                "NEUTRON",
                "--json"));
    assertThat(neutron.project()).isEqualTo("quantum");
    assertThat(neutron.findRow("SINA").orElseThrow().rank()).isEqualTo(3);
  }

  @Test
  void gitdmPlaceholdersAreLeftOutByDefaultAndSaidSo() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "bugs-fixed", "--json");
    assertThat(table(run).findRow("unknown@hacker.net")).isEmpty();
    CliRun kept =
        new CliRun(
            "rank",
            "--release",
            "folsom",
            "--metric",
            "bugs-fixed",
            "--keep-placeholders",
            "--json");
    assertThat(table(kept).findRow("unknown@hacker.net")).isPresent();
    assertThat(new CliRun("rank", "--release", "folsom", "--metric", "bugs-fixed").out)
        .contains("Left out (automated accounts and gitdm placeholders): unknown@hacker.net 60");
  }

  @Test
  void csvHasAHeaderAndOneRowPerEmployer() {
    CliRun run =
        new CliRun("rank", "--release", "folsom", "--metric", "developers", "--format", "csv");
    RankedTable ranked =
        table(new CliRun("rank", "--release", "folsom", "--metric", "developers", "--json"));
    assertThat(java.util.Arrays.stream(run.out.split("\r\n")).filter(l -> !l.startsWith("#")))
        .hasSize(ranked.rows().size() + 1);
    assertThat(run.out).startsWith("rank,employer,value,share\r\n1,Rackspace,44,14.6\r\n");
    // the provenance follows the rows as comment lines, one per report read, as the JSON lists them
    assertThat(run.out.lines().filter(l -> l.startsWith("# input: ")).count())
        .isEqualTo(ranked.provenance().inputs().size())
        .isPositive();
    assertThat(run.out.lines().dropWhile(l -> !l.startsWith("#")).allMatch(l -> l.startsWith("#")))
        .isTrue();
  }

  @Test
  void anUnknownEmployerIsNotFound() {
    CliRun run = new CliRun("rank", "--employer", "Nobody Inc", "--release", "folsom");
    assertThat(run.status).isEqualTo(3);
    assertThat(run.err).startsWith("stackholder: Unknown employer 'Nobody Inc', expected one of ");
  }
}
