package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankCommandTest {
  private static final String FOLSOM_CHANGESETS_JSON_START = "{\"release\":\"folsom\","
      + "\"project\":\"all\",\"metric\":\"changesets\",\"ties\":\"competition\",\"rows\":["
      + "{\"rank\":1,\"employer\":\"Rackspace\",\"value\":806,\"share\":25.9},"
      + "{\"rank\":2,\"employer\":\"Red Hat\",\"value\":688,\"share\":22.1},";

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
    assertThat(run.out).startsWith(FOLSOM_CHANGESETS_JSON_START).endsWith("]}" + System.lineSeparator());
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
    RankedRow linesChanged = sina("rank", "--release", "folsom", "--metric", "lines-changed", "--json");
    assertThat(linesChanged.rank()).isEqualTo(8);
    assertThat(linesChanged.value()).isEqualTo(11_787);
    assertThat(linesChanged.share()).isEqualTo(new BigDecimal("2.5"));
    assertThat(sina("rank", "--release", "folsom", "--metric", "developers", "--json").rank())
        .isEqualTo(2);
    assertThat(sina("rank", "--release", "folsom", "--metric", "changesets", "--project", "nova",
        "--json").rank()).isEqualTo(6);
  }

  @Test
  void horizonIsTenthByCompetitionAndEleventhByOrdinal() {
    assertThat(sina("rank", "--release", "folsom", "--metric", "changesets", "--project",
        "horizon", "--json").rank()).isEqualTo(10);
    CliRun ordinal = new CliRun("rank", "--release", "folsom", "--metric", "changesets", "--project",
        "horizon", "--ties", "ordinal", "--json");
    assertThat(table(ordinal).ties()).isEqualTo(TieMode.ORDINAL);
    assertThat(table(ordinal).findRow("SINA").orElseThrow().rank()).isEqualTo(11);
  }

  @Test
  void printsATableByDefault() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "developers");
    assertThat(run.status).isZero();
    assertThat(run.out).startsWith("folsom, all projects: employers by developers (competition "
        + "ranking)" + System.lineSeparator()
        + "rank  employer                           value   share" + System.lineSeparator()
        + "   1  Rackspace                             44   14.6%" + System.lineSeparator()
        + "   2  SINA                                  18    6.0%" + System.lineSeparator()
        + "   2  HP                                    18    6.0%" + System.lineSeparator());
  }

  @Test
  void unknownMetricIsAUsageError() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "commits");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).isEqualTo("stackholder: Invalid value for option '--metric': Unknown "
        + "metric 'commits', expected one of changesets, lines-changed, lines-added, lines-removed, "
        + "developers, bugs-fixed, reviews (see 'stackholder rank --help')" + System.lineSeparator());
  }

  @Test
  void aTableGitdmDoesNotHaveIsRefused() {
    CliRun run = new CliRun("rank", "--release", "folsom", "--metric", "lines-removed");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).isEqualTo("stackholder: gitdm report folsom/git-stats.txt has no table of "
        + "lines-removed by employer (it lists lines-removed by developer only)"
        + System.lineSeparator());
    CliRun havana = new CliRun("rank", "--release", "havana", "--metric", "changesets");
    assertThat(havana.status).isEqualTo(1);
    assertThat(havana.err).isEqualTo("stackholder: No gitdm reports for release 'havana'; "
        + "releases: essex, folsom, grizzly" + System.lineSeparator());
  }

  @Test
  void readsAnotherDirectoryAndNamesTheBadLine(@TempDir Path dir) throws IOException {
    Path havana = Files.createDirectories(dir.resolve("havana"));
    Files.writeString(havana.resolve("git-stats.txt"), "Processed 3 csets from 2 developers\n"
        + "2 employers found\nA total of 10 lines added, 4 removed (delta 6)\n\n"
        + "Top changeset contributors by employer\nSINA   3 (100.0%)\nCovers 100.0% of changesets\n");
    CliRun run = new CliRun("rank", "--release", "havana", "--metric", "changesets", "--gitdm",
        dir.toString(), "--json");
    assertThat(run.status).isZero();
    assertThat(run.out).isEqualTo("{\"release\":\"havana\",\"project\":\"all\",\"metric\":"
        + "\"changesets\",\"ties\":\"competition\",\"rows\":[{\"rank\":1,\"employer\":\"SINA\","
        + "\"value\":3,\"share\":100.0}]}" + System.lineSeparator());

    Files.writeString(havana.resolve("nova-git-stats.txt"), "Processed 3 csets\n");
    CliRun bad = new CliRun("rank", "--release", "havana", "--metric", "changesets", "--gitdm",
        dir.toString());
    assertThat(bad.status).isEqualTo(1);
    assertThat(bad.err).isEqualTo("stackholder: havana/nova-git-stats.txt:1: expected "
        + "'Processed N csets from M developers', found 'Processed 3 csets'"
        + System.lineSeparator());
  }
}
