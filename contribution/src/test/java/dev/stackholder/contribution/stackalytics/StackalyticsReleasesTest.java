package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.TestData;
import dev.stackholder.core.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one reader of default_data.json on Stackalytics' companies and releases (the file the retired
 * lenient reader read): the same companies by domain, the releases' end dates, and dates read
 * strictly.
 */
class StackalyticsReleasesTest {
  private static final StackalyticsDefaultData DATA =
      StackalyticsDefaultData.read(TestData.STACKALYTICS);

  private static StackalyticsDefaultData read(String json) {
    return StackalyticsDefaultData.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "default_data.json");
  }

  @Test
  void readsEveryRelease() {
    assertThat(DATA.releases().releases()).hasSize(21);
    assertThat(DATA.releases().releases().get(0))
        .isEqualTo(Release.of("prehistory", LocalDate.of(2010, 1, 1)));
    assertThat(DATA.releases().findRelease("folsom"))
        .hasValue(Release.of("folsom", LocalDate.of(2012, 10, 4)));
    assertThat(DATA.releases().releases().get(20))
        .isEqualTo(Release.of("train", LocalDate.of(2019, 10, 16)));
    assertThat(DATA.releases().releaseOn(LocalDate.of(2012, 10, 4)).map(Release::name))
        .hasValue("grizzly");
  }

  @Test
  void companiesGoByTheLongestDomainSuffix() {
    AffiliationDirectory directory = DATA.directory();
    LocalDate day = LocalDate.of(2012, 6, 1);
    assertThat(directory.attribute("someone@sina.com", day).employer()).isEqualTo("SINA");
    assertThat(directory.attribute("x@linux.vnet.ibm.com", day).employer()).isEqualTo("IBM");
    assertThat(directory.attribute("x@us.ibm.com", day).employer()).isEqualTo("IBM");
    assertThat(directory.attribute("x@enovance.com", day).employer()).isEqualTo("Red Hat");
    assertThat(directory.attribute("lemonlatte@gmail.com", day).employer())
        .isEqualTo("*independent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2012-Feb-30", "2012-02-29", "0999-Jan-01", "+10000-Jan-01", "2012-Foo-01", ""})
  void aReleaseDateThatIsNoRealDayIsRefusedNamingWhere(String date) {
    assertThatThrownBy(
            () ->
                read(
                    "{\"releases\":[{\"release_name\":\"Folsom\",\"end_date\":\"" + date + "\"}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("default_data.json: $.releases[0].end_date")
        .hasMessageContaining("'" + date + "'");
  }

  @Test
  void aUsersEndDateIsReadAsStrictly() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"users\":[{\"emails\":[\"a@b.org\"],\"companies\":["
                        + "{\"company_name\":\"A\",\"end_date\":\"2012-Feb-30\"}]}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("$.users[0].companies[0].end_date")
        .hasMessageContaining("2012-Feb-30");
  }

  @Test
  void aReleaseWithoutItsNameOrDateIsRefused() {
    assertThatThrownBy(() -> read("{\"releases\":[{\"end_date\":\"2012-Oct-04\"}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("release_name");
    assertThatThrownBy(() -> read("{\"releases\":[{\"release_name\":\"Folsom\"}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("end_date");
  }
}
