package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.board.BoardComposition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BoardCommandTest {
  @Test
  void theFirstYearsBoardAndItsRules() {
    CliRun run = new CliRun("board", "--on", "2013-01-01");
    assertThat(run.status).isZero();
    assertThat(run.out)
        .contains(
            "  platinum       8",
            "  gold           8",
            "  individual     8",
            "  total         24",
            "Basis: Platinum: one director per member known or presumed on 2013-01-01 (roster)",
            "Rules: openstack-2012 (");
  }

  @Test
  void june2024HasTheStatedFifteenSeatsWithTheirSource() {
    LocalDate on = LocalDate.of(2024, 6, 1);
    BoardComposition board = OpenStackFoundation.roster().boardOn(on);
    CliRun run = new CliRun("board", "--on", on.toString());
    assertThat(run.out)
        .contains(
            "  platinum       5",
            "  gold           5",
            "  individual     5",
            "  total         15",
            "Basis: " + board.basis().get());
    assertThat(board.sources()).isNotEmpty();
    board
        .sources()
        .forEach(
            source ->
                assertThat(run.out)
                    .contains("Source: " + source.title() + " (" + source.document()));
    assertThat(run.out).contains("\"The 2024 Board will be composed of 15 directors\"");
  }

  @Test
  void seatsNoSourceGivesAreNotKnownAndSaySo() throws Exception {
    CliRun run = new CliRun("board", "--on", "2017-06-01");
    assertThat(run.status).isZero();
    assertThat(run.out)
        .contains("  seats not known\n", "Basis: not known: ")
        .doesNotContain("  total ");
    JsonNode json =
        StackholderJson.mapper().readTree(new CliRun("board", "--on", "2017-06-01", "--json").out);
    assertThat(json.get("seatsKnown").asBoolean()).isFalse();
    assertThat(json.get("basis").asText()).startsWith("not known");
    assertThat(new CliRun("board", "--on", "2017-06-01", "--format", "csv").out)
        .isEqualTo("class,directors\r\ntotal,not known\r\n");
  }

  @Test
  void jsonAndCsvAgreeWithTheLibrary() throws Exception {
    LocalDate on = LocalDate.of(2013, 1, 1);
    BoardComposition board = OpenStackFoundation.roster().boardOn(on);
    JsonNode json =
        StackholderJson.mapper().readTree(new CliRun("board", "--on", on.toString(), "--json").out);
    assertThat(json.get("total").asInt()).isEqualTo(board.total());
    assertThat(json.get("ruleSet").get("id").asText()).isEqualTo(board.ruleSetId());
    assertThat(json.get("basis").asText()).isEqualTo(board.basis().get());
    CliRun csv = new CliRun("board", "--on", on.toString(), "--format", "csv");
    assertThat(csv.out)
        .startsWith("class,directors\r\n")
        .endsWith("total," + board.total() + "\r\n");
  }

  @Test
  void badDateIsAUsageErrorAndAnEarlyOneIsRefused() {
    CliRun bad = new CliRun("board", "--on", "2013-02-30");
    assertThat(bad.status).isEqualTo(2);
    assertThat(bad.err)
        .startsWith("stackholder: Invalid value for option '--on': '2013-02-30' is not a date");
    assertThat(new CliRun("board", "--on", "2011-12-31").status).isEqualTo(1);
  }
}
