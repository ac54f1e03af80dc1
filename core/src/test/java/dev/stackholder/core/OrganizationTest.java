package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.json.StackholderJson;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationTest {
  private static final Organization TENCENT =
      Organization.builder()
          .id("tencent")
          .name("腾讯")
          .addAliases("Tencent", "Tencent Holdings")
          .country("CN")
          .sector(Sector.ONLINE_GAMING_MEDIA)
          .website(URI.create("https://www.tencent.com/"))
          .build();

  @Test
  void ofNeedsOnlyAnIdAndAName() {
    Organization redHat = Organization.of("red-hat", "Red Hat");
    assertThat(redHat.id()).isEqualTo("red-hat");
    assertThat(redHat.name()).isEqualTo("Red Hat");
    assertThat(redHat.aliases()).isEmpty();
    assertThat(redHat.country()).isEmpty();
    assertThat(redHat.sector()).isEmpty();
    assertThat(redHat.website()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tencent", "red-hat", "99cloud", "a-b-c-1"})
  void acceptsLowerCaseSlugs(String id) {
    assertThat(Organization.of(id, "Name").id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Red-Hat", "red_hat", "red hat", "-red", "red-", "red--hat", "", "腾讯"})
  void rejectsIdsThatAreNotSlugs(String id) {
    assertThatThrownBy(() -> Organization.of(id, "Name"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Organization id '" + id + "' is not a lower-case slug such as 'red-hat'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejectsABlankName(String name) {
    assertThatThrownBy(() -> Organization.of("tencent", name))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Organization 'tencent' has a blank name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CHN", "cn", "XX", "", "China"})
  void rejectsACountryThatIsNotAnIsoCode(String country) {
    assertThatThrownBy(
            () -> Organization.builder().id("tencent").name("Tencent").country(country).build())
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(
            "Organization 'tencent' has country '"
                + country
                + "', expected an ISO 3166-1 alpha-2 code such as 'CN'");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Organization.of("red-hat", "Red Hat"), Organization.of("red-hat", "Red Hat"))
        .addEqualityGroup(Organization.of("red-hat", "Red Hat, Inc."))
        .addEqualityGroup(TENCENT, Organization.builder().from(TENCENT).build())
        .addEqualityGroup(Organization.builder().from(TENCENT).country("HK").build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Organization.class);
  }

  @Test
  void jsonRoundTripKeepsUnicodeAndOptionals() {
    String json = StackholderJson.write(TENCENT);
    assertThat(json)
        .isEqualTo(
            "{\"id\":\"tencent\",\"name\":\"腾讯\",\"aliases\":[\"Tencent\",\"Tencent Holdings\"],"
                + "\"country\":\"CN\",\"sector\":\"online-gaming-media\",\"website\":\"https://www.tencent.com/\"}");
    assertThat(StackholderJson.read(json, Organization.class)).isEqualTo(TENCENT);
    Organization bare = Organization.of("sina", "新浪");
    assertThat(StackholderJson.read(StackholderJson.write(bare), Organization.class))
        .isEqualTo(bare);
  }

  @Test
  void jsonWithABadIdNamesTheId() {
    assertThatThrownBy(
            () -> StackholderJson.read("{\"id\":\"Tencent\",\"name\":\"腾讯\"}", Organization.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: Organization id 'Tencent' is not a lower-case slug such as 'red-hat'");
  }

  @Test
  void jsonWithAnUnknownSectorNamesThePath() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"id\":\"tencent\",\"name\":\"腾讯\",\"sector\":\"mining\"}",
                    Organization.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(
            "$.sector: Unknown sector 'mining', expected one of online-gaming-media,");
  }
}
