package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.adoption.community.CommunityCatalog;
import dev.stackholder.adoption.community.Event;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

/** The case-studies, case-study and events commands, run in-process. */
class AdoptionCommandsTest {
  @Test
  void caseStudiesListsEveryStudyWithTotals() {
    CliRun run = new CliRun("case-studies");
    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out.lines().findFirst().orElseThrow()).startsWith("ID ").contains("ORGANIZATION", "COUNTRY", "SECTOR", "TITLE");
    assertThat(run.out).contains("tencent-tstack", "sina-sws", "essex-service-provider")
        .contains("13 case studies")
        .contains("By sector: online-gaming-media 4, cloud-hosting-service-provider-telco 4, academic-research-government 2, none recorded 3")
        .contains("By country: CH 1, CN 2, HK 1, JP 4, US 3, none recorded 2");
  }

  @Test
  void caseStudiesFilterBySectorAndCountry() {
    CliRun japan = new CliRun("case-studies", "--country", "jp");
    assertThat(japan.out).contains("yahoo-japan", "gree", "gmo-conoha", "nii", "4 case studies").doesNotContain("tencent");
    CliRun academic = new CliRun("case-studies", "--sector", "academic-research-government", "--json");
    CaseStudy[] studies = StackholderJson.read(academic.out, CaseStudy[].class);
    assertThat(studies).extracting(CaseStudy::id).containsExactly("cern", "nii");
  }

  @Test
  void unknownSectorIsAUsageError() {
    CliRun run = new CliRun("case-studies", "--sector", "banking");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("stackholder: Invalid value for option '--sector': ").contains("Unknown sector 'banking'");
  }

  @Test
  void caseStudyJsonIsTheBuiltInRecord() {
    CliRun run = new CliRun("case-study", "tencent-tstack", "--json");
    assertThat(run.status).isZero();
    assertThat(StackholderJson.read(run.out, CaseStudy.class))
        .isEqualTo(AdoptionCatalog.builtIn().getCaseStudy("tencent-tstack"));
  }

  @Test
  void caseStudyTextShowsFiguresCalculationsAndSources() {
    CliRun run = new CliRun("case-study", "tencent-tstack");
    assertThat(run.status).isZero();
    assertThat(run.out.lines()).contains(
        "  size: more than 6,000 nodes (000_6cb65ebcd6c07861.txt)",
        "  availability more than 99.99%: downtime budget at most 52m 35.76s a year (365.25 days)",
        "  - resource delivery: 14d -> 30m (672x faster)",
        "  - global mail system deployment: 10d -> 1d (10x faster)",
        "  - more than CNY 100,000,000.00 saved a year",
        "  - Superuser Award, OpenStack Summit Sydney (2017)");
  }

  @Test
  void unknownCaseStudyIsOneLineAndStatusOne() {
    CliRun run = new CliRun("case-study", "tencent");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("stackholder: Unknown case study 'tencent', expected one of tencent-tstack, cern,")
        .endsWith("hp-public-cloud\n");
    assertThat(run.err.lines()).hasSize(1);
  }

  @Test
  void eventsShowsStopsRatioAndLecturerCheck() {
    CliRun run = new CliRun("events");
    assertThat(run.status).isZero();
    assertThat(run.out.lines()).contains(
        "openstack-china-tour-2012: 2012 OpenStack China Tour, 2012-09-16 to 2012-12-22",
        "  1  Beijing   2012-09-16 more than 150    7         workplace of Shanda Innovations",
        "  totals: registered 1,060, attended 710, lecturers 31",
        "  attendance ratio: 0.6698 (66.98% of registrations)",
        "  lecturer check: 8 stops sum to 47 lecturers; the event states 31 (16 more)");
  }

  @Test
  void eventsJsonRoundTrips() {
    CliRun run = new CliRun("events", "--json");
    assertThat(run.status).isZero();
    assertThat(StackholderJson.read(run.out, Event[].class)).containsExactlyElementsOf(CommunityCatalog.builtIn().events());
  }

  @Test
  void everyAdoptionCommandHasHelp() {
    for (String command : new String[] {"case-studies", "case-study", "events"}) {
      CliRun run = new CliRun(command, "--help");
      assertThat(run.status).as(command).isZero();
      assertThat(run.out).as(command).startsWith("Usage: stackholder " + command);
    }
  }
}
