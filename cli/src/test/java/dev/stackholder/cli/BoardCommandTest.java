package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.BoardComposition;
import dev.stackholder.membership.OpenStackFoundation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BoardCommandTest {
  @Test
  void theFirstYearsBoardAndItsRules() {
    CliRun run = new CliRun("board", "--on", "2013-01-01");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("  platinum       8", "  gold           8", "  individual     8", "  total         24",
        "Rules: openstack-2012 (");
  }

  @Test
  void jsonAndCsvAgreeWithTheLibrary() throws Exception {
    LocalDate on = LocalDate.of(2013, 1, 1);
    BoardComposition board = OpenStackFoundation.roster().boardOn(on);
    JsonNode json = StackholderJson.mapper().readTree(new CliRun("board", "--on", on.toString(), "--json").out);
    assertThat(json.get("total").asInt()).isEqualTo(board.total());
    assertThat(json.get("ruleSet").get("id").asText()).isEqualTo(board.ruleSetId());
    CliRun csv = new CliRun("board", "--on", on.toString(), "--format", "csv");
    assertThat(csv.out).startsWith("class,directors\r\n").endsWith("total," + board.total() + "\r\n");
  }

  @Test
  void badDateIsAUsageErrorAndAnEarlyOneIsRefused() {
    CliRun bad = new CliRun("board", "--on", "2013-02-30");
    assertThat(bad.status).isEqualTo(2);
    assertThat(bad.err).startsWith("stackholder: Invalid value for option '--on': '2013-02-30' is not a date");
    assertThat(new CliRun("board", "--on", "2011-12-31").status).isEqualTo(1);
  }
}
