package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.roster.RosterAnswer;
import dev.stackholder.membership.roster.Standing;
import dev.stackholder.membership.roster.TierCompleteness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCommandTest {
  private static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);

  @Test
  void printsKnownMembersTheLastSeenAndHowCompleteEachTierIs() {
    CliRun run = new CliRun("roster", "--on", JUNE_2024.toString());
    assertThat(run.status).isZero();
    RosterAnswer answer = OpenStackFoundation.roster().answerOn(JUNE_2024);
    assertThat(answer.lastSeen()).isNotEmpty();
    assertThat(run.out)
        .containsPattern("Platinum +Huawei +since ")
        .containsPattern("Platinum +Red Hat +last seen 2024-01-29, P4M3D before")
        .contains(
            "  Facebook: last seen in Platinum on 2023-01-17, P1Y4M15D before; the board page of 2024-01-29")
        .contains(
            "Status unknown on 2024-06-01 (seen too long ago to presume, or contradicted since):",
            "How complete:",
            "Last complete list per tier: Platinum on 2022-06-07")
        .contains("Rules: openinfra-2021-09 (");
    for (Standing seen : answer.standings()) {
      assertThat(run.out).contains(seen.organization().name());
    }
    for (Standing presumed : answer.presumed()) {
      assertThat(run.out)
          .containsPattern(
              presumed.organization().name()
                  + " +last seen "
                  + presumed.lastSighting().orElseThrow()
                  + ", "
                  + presumed.age().orElseThrow()
                  + " before");
    }
    for (TierCompleteness tier : answer.completeness()) {
      assertThat(run.out).contains("  " + tier + "\n");
    }
    assertThat(run.out).contains("  Platinum: 5 known, ");
  }

  @Test
  void withoutADateItAnswersTodayWithThePresumedMembersAndTheirAges() {
    CliRun run = new CliRun("roster");
    assertThat(run.status).isZero();
    LocalDate today = CliRun.TODAY;
    RosterAnswer answer = OpenStackFoundation.roster().answerOn(today);
    assertThat(answer.presumed()).isNotEmpty();
    assertThat(run.out)
        .contains("Presumed members on " + today, "Last complete list per tier: Platinum on ");
    for (Standing presumed : answer.presumed()) {
      assertThat(run.out).contains(presumed.age().orElseThrow() + " before");
    }
  }

  @Test
  void aStatedCountTheEvidenceDoesNotReachIsPrintedWithItsSource() {
    CliRun run = new CliRun("roster", "--on", "2017-12-31");
    assertThat(run.out)
        .contains(
            "Disagrees with a stated count: Platinum: 8 members on 2017-11-06 by Chinese WeChat"
                + " is powered by OpenStack (000_6cb65ebcd6c07861.txt); the roster knows or presumes 5 on 2017-12-31");
  }

  @Test
  void aDayWithCompleteListsSaysSoAndHasNobodyOfUnknownStatus() {
    CliRun run = new CliRun("roster", "--on", "2012-09-09");
    assertThat(run.out)
        .contains("  Platinum: complete (", "  Gold: complete (")
        .doesNotContain("Status unknown");
    assertThat(run.out).contains("Sources state 14 Gold members on 2012-09-07");
  }

  @Test
  void rosterAndBoardAgreeOnJune2024() throws Exception {
    JsonNode roster =
        StackholderJson.mapper()
            .readTree(new CliRun("roster", "--on", JUNE_2024.toString(), "--json").out);
    List<String> platinum = new ArrayList<>();
    roster
        .get("members")
        .forEach(
            member -> {
              if (member.get("tier").get("id").asText().equals("platinum")) {
                platinum.add(member.get("organization").get("id").asText());
              }
            });
    JsonNode board =
        StackholderJson.mapper()
            .readTree(new CliRun("board", "--on", JUNE_2024.toString(), "--json").out);
    assertThat(platinum).hasSize(5);
    assertThat(board.get("directorsByClass").get("platinum").asInt()).isEqualTo(platinum.size());
    assertThat(board.get("total").asInt()).isEqualTo(15);
    assertThat(roster.get("counts").get("platinum").asInt()).isEqualTo(platinum.size());
  }

  @Test
  void jsonCarriesTheWholeAnswerAndTheRuleSet() throws Exception {
    RosterAnswer answer = OpenStackFoundation.roster().answerOn(JUNE_2024);
    JsonNode json =
        StackholderJson.mapper()
            .readTree(new CliRun("roster", "--on", JUNE_2024.toString(), "--json").out);
    assertThat(json.get("ruleSet").get("id").asText()).isEqualTo("openinfra-2021-09");
    assertThat(json.get("members")).hasSize(answer.known().size());
    assertThat(json.get("lastSeen")).hasSize(answer.lastSeen().size());
    assertThat(json.get("completeness")).hasSize(answer.completeness().size());
    assertThat(json.get("completeness").get(0).get("status").asText())
        .isEqualTo(answer.completeness().get(0).status().name());
  }

  @Test
  void csvHasOneRowPerMemberPerLastSeenAndPerTier() {
    RosterAnswer answer = OpenStackFoundation.roster().answerOn(JUNE_2024);
    CliRun run = new CliRun("roster", "--on", JUNE_2024.toString(), "--format", "csv");
    String[] rows = run.out.split("\r\n");
    assertThat(rows)
        .hasSize(
            answer.known().size() + answer.lastSeen().size() + answer.completeness().size() + 1);
    assertThat(rows[0]).isEqualTo("status,tier,organization,name,date,source");
    assertThat(run.out)
        .contains("\r\npresumed,platinum,red-hat,Red Hat,2024-01-29,")
        .contains("\r\ncompleteness-unknowns,platinum,,,2022-06-07,");
  }

  @Test
  void defaultsToToday() {
    assertThat(new CliRun("roster").out)
        .isEqualTo(new CliRun("roster", "--on", CliRun.TODAY.toString()).out);
  }

  @Test
  void aDateBeforeTheFoundationIsRefused() {
    CliRun run = new CliRun("roster", "--on", "2010-01-01");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err)
        .startsWith("stackholder: No OpenStack Foundation rule set is in force on 2010-01-01;");
    assertThat(run.out).isEmpty();
  }
}
