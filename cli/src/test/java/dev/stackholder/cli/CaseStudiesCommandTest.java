package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.adoption.AdoptionCatalog;
import dev.stackholder.adoption.CaseStudy;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class CaseStudiesCommandTest {
  @Test
  void listsEveryStudyWithTotals() {
    CliRun run = new CliRun("case-studies");
    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out.lines().findFirst().orElseThrow())
        .startsWith("ID ")
        .contains("ORGANIZATION", "COUNTRY", "SECTOR", "TITLE");
    assertThat(run.out)
        .contains("tencent-tstack", "sina-sws", "essex-service-provider")
        .contains(AdoptionCatalog.builtIn().caseStudies().size() + " case studies")
        .contains(
            "By sector: online-gaming-media 4, cloud-hosting-service-provider-telco 4, academic-research-government 2, none recorded 3")
        .contains("By country: CH 1, CN 2, HK 1, JP 4, US 3, none recorded 2");
  }

  @Test
  void filtersBySectorAndCountryInAnyCase() {
    CliRun japan = new CliRun("case-studies", "--country", "jp");
    assertThat(japan.out)
        .contains("yahoo-japan", "gree", "gmo-conoha", "nii", "4 case studies")
        .doesNotContain("tencent");
    CliRun academic =
        new CliRun("case-studies", "--sector", "Academic-Research-Government", "--json");
    CaseStudy[] studies = StackholderJson.read(academic.out, CaseStudy[].class);
    assertThat(studies).extracting(CaseStudy::id).containsExactly("cern", "nii");
  }

  @Test
  void aKnownCountryWithoutStudiesIsAnEmptyAnswerNotAnError() {
    CliRun run = new CliRun("case-studies", "--country", "FR");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("0 case studies");
  }

  @Test
  void csvHasAHeaderAndOneRowPerStudy() {
    CliRun run = new CliRun("case-studies", "--format", "csv", "--country", "CN");
    assertThat(run.status).isZero();
    assertThat(run.out.split("\r\n")).hasSize(3);
    assertThat(run.out)
        .startsWith("id,organization,country,sector,title,sources\r\n")
        .contains("tencent-tstack,Tencent,CN,");
  }

  @Test
  void aFilterValueThatIsNoKnownIdIsAUsageErrorNamingIt() {
    CliRun sector = new CliRun("case-studies", "--sector", "games");
    assertThat(sector.status).isEqualTo(2);
    assertThat(sector.err)
        .startsWith(
            "stackholder: Invalid value for option '--sector': Unknown sector 'games',"
                + " expected one of online-gaming-media")
        .doesNotContain("Exception");
    CliRun country = new CliRun("case-studies", "--country", "China");
    assertThat(country.status).isEqualTo(2);
    assertThat(country.err).contains("'China' is not an ISO 3166-1 alpha-2 country code");
  }
}
