package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.Company;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.TestData;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StackalyticsDataTest {
  private static final StackalyticsData DATA = StackalyticsData.read(TestData.STACKALYTICS);

  private static StackalyticsData read(String json) {
    return StackalyticsData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryCompanyAndRelease() {
    assertThat(DATA.companies().companies()).hasSize(533);
    assertThat(DATA.companies().companies().stream().filter(c -> !c.aliases().isEmpty()))
        .hasSize(159);
    // 627 domains in the file, less the blank one of "*independent".
    assertThat(DATA.companies().companies().stream().mapToInt(c -> c.domains().size()).sum())
        .isEqualTo(626);
    assertThat(DATA.releases().releases()).hasSize(21);
    assertThat(DATA.releases().releases().get(0)).isEqualTo(
        Release.of("prehistory", LocalDate.of(2010, 1, 1)));
    assertThat(DATA.releases().findRelease("folsom")).hasValue(
        Release.of("folsom", LocalDate.of(2012, 10, 4)));
    assertThat(DATA.releases().releases().get(20)).isEqualTo(
        Release.of("train", LocalDate.of(2019, 10, 16)));
  }

  @Test
  void resolvesKnownCompanies() {
    assertThat(DATA.companies().employerOf("someone@sina.com")).isEqualTo("SINA");
    assertThat(DATA.companies().employerOf("sina weibo fund")).isEqualTo("SINA");
    assertThat(DATA.companies().employerOf("x@linux.vnet.ibm.com")).isEqualTo("IBM");
    assertThat(DATA.companies().employerOf("x@us.ibm.com")).isEqualTo("IBM");
    assertThat(DATA.companies().employerOf("x@enovance.com")).isEqualTo("Red Hat");
    assertThat(DATA.companies().employerOf("x@taobao.com")).isEqualTo("Alibaba");
    assertThat(DATA.companies().employerOf("Unaffiliated")).isEqualTo("*independent");
    assertThat(DATA.companies().employerOf("lemonlatte@gmail.com")).isEqualTo("lemonlatte@gmail.com");
  }

  @Test
  void datesFallInStackalyticsReleases() {
    assertThat(DATA.releases().releaseOn(LocalDate.of(2012, 6, 1)).map(Release::name))
        .hasValue("folsom");
    assertThat(DATA.releases().releaseOn(LocalDate.of(2012, 10, 3)).map(Release::name))
        .hasValue("folsom");
    assertThat(DATA.releases().releaseOn(LocalDate.of(2012, 10, 4)).map(Release::name))
        .hasValue("grizzly");
    assertThat(DATA.releases().releaseOn(LocalDate.of(2019, 10, 16))).isEmpty();
  }

  @Test
  void badEndDateNamesThePath() {
    assertThatThrownBy(() -> read("{\"companies\":[],\"releases\":[{\"release_name\":\"Folsom\","
        + "\"end_date\":\"2012-10-04\"}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("$.releases[0]: Release 'Folsom' end_date '2012-10-04' is not a date such as "
            + "'2012-Oct-04'");
  }

  @Test
  void badDomainNamesThePath() {
    assertThatThrownBy(() -> read("{\"companies\":[{\"company_name\":\"SINA\",\"domains\":"
        + "[\"SINA.com\"]}],\"releases\":[]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("$.companies[0]: Company 'SINA' has domain 'SINA.com', expected a lower-case "
            + "domain such as 'redhat.com'");
  }

  @Test
  void missingSectionIsRejected() {
    assertThatThrownBy(() -> read("{\"companies\":[]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("$.releases: Missing required creator property 'releases' (index 1)");
  }

  @Test
  void missingFileNamesTheFile() {
    java.nio.file.Path missing = TestData.STACKALYTICS.resolveSibling("nope.json");
    assertThatThrownBy(() -> StackalyticsData.read(missing))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("JSON file " + missing + " does not exist");
  }
}
