package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class CaseStudyCommandTest {
  @Test
  void jsonIsTheBuiltInRecord() {
    CliRun run = new CliRun("case-study", "tencent-tstack", "--json");
    assertThat(run.status).isZero();
    assertThat(StackholderJson.read(run.out, CaseStudy.class))
        .isEqualTo(AdoptionCatalog.builtIn().getCaseStudy("tencent-tstack"));
  }

  @Test
  void textShowsFiguresCalculationsAndSources() {
    CliRun run = new CliRun("case-study", "tencent-tstack");
    assertThat(run.status).isZero();
    assertThat(run.out.lines())
        .contains(
            "  size: more than 6,000 nodes (000_6cb65ebcd6c07861.txt)",
            "  availability more than 99.99%: downtime budget at most 52m 35.76s a year (365.25 days)",
            "  - resource delivery: 14d -> 30m (672x faster)",
            "  - global mail system deployment: 10d -> 1d (10x faster)",
            "  - more than CNY 100,000,000.00 saved a year",
            "  - Superuser Award, OpenStack Summit Sydney (2017)");
  }

  @Test
  void anUnknownIdIsNotFoundInOneLine() {
    CliRun run = new CliRun("case-study", "tencent");
    assertThat(run.status).isEqualTo(3);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith(
            "stackholder: Unknown case study 'tencent', expected one of tencent-tstack, cern,")
        .endsWith("hp-public-cloud\n");
    assertThat(run.err.lines()).hasSize(1);
  }
}
