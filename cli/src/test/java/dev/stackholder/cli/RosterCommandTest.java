package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.OpenStackFoundation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RosterCommandTest {
  @Test
  void namesTencentAsGoldInNovember2017AndTheRules() {
    CliRun run = new CliRun("roster", "--on", "2017-11-06");
    assertThat(run.status).isZero();
    assertThat(run.out).containsPattern("Gold +Tencent +since 2017-11-06");
    assertThat(run.out).contains("Sources state 8 Platinum members on 2017-11-06 (Chinese WeChat is powered by OpenStack)");
    assertThat(run.out).contains("Rules: openstack-2012 (");
  }

  @Test
  void jsonListsMembersCountsAndTheRuleSet() throws Exception {
    CliRun run = new CliRun("roster", "--on", "2012-09-07", "--json");
    assertThat(run.out).contains("\"platinum\" : 8", "\"gold\" : 14");
    JsonNode json = StackholderJson.mapper().readTree(run.out);
    assertThat(json.get("ruleSet").get("id").asText()).isEqualTo("openstack-2012");
    assertThat(json.get("members")).hasSize(OpenStackFoundation.roster().membersOn(LocalDate.of(2012, 9, 7)).size());
  }

  @Test
  void csvHasOneRowPerMember() {
    LocalDate on = LocalDate.of(2013, 1, 1);
    CliRun run = new CliRun("roster", "--on", on.toString(), "--format", "csv");
    assertThat(run.out.split("\r\n")).hasSize(OpenStackFoundation.roster().membersOn(on).size() + 1);
    assertThat(run.out).startsWith("tier,organization,name,since,source\r\n");
  }

  @Test
  void defaultsToToday() {
    assertThat(new CliRun("roster").out).isEqualTo(new CliRun("roster", "--on", CliRun.TODAY.toString()).out);
  }

  @Test
  void aDateBeforeTheFoundationIsRefused() {
    CliRun run = new CliRun("roster", "--on", "2010-01-01");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).startsWith("stackholder: No OpenStack Foundation rule set is in force on 2010-01-01;");
    assertThat(run.out).isEmpty();
  }
}
