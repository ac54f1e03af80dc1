package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SectorTest {
  private static final String KNOWN =
      "online-gaming-media, cloud-hosting-service-provider-telco,"
          + " academic-research-government, enterprise, vendor";

  @Test
  void idsAndLabels() {
    assertThat(Sector.ONLINE_GAMING_MEDIA.id()).isEqualTo("online-gaming-media");
    assertThat(Sector.ONLINE_GAMING_MEDIA.label()).isEqualTo("Online/Gaming/Media");
    assertThat(Sector.CLOUD_HOSTING_SERVICE_PROVIDER_TELCO.label())
        .isEqualTo("Cloud Hosting/Service Provider/Telco");
    assertThat(Sector.ACADEMIC_RESEARCH_GOVERNMENT.id()).isEqualTo("academic-research-government");
  }

  @ParameterizedTest
  @EnumSource(Sector.class)
  void fromIdFindsEachSector(Sector sector) {
    assertThat(Sector.fromId(sector.id())).isSameAs(sector);
  }

  @ParameterizedTest
  @EnumSource(Sector.class)
  void jsonIsTheId(Sector sector) {
    String json = StackholderJson.write(sector);
    assertThat(json).isEqualTo("\"" + sector.id() + "\"");
    assertThat(StackholderJson.read(json, Sector.class)).isSameAs(sector);
  }

  @Test
  void unknownIdNamesItAndTheKnownOnes() {
    assertThatThrownBy(() -> Sector.fromId("ONLINE_GAMING_MEDIA"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("Unknown sector 'ONLINE_GAMING_MEDIA', expected one of " + KNOWN);
  }

  @Test
  void unknownIdInJsonNamesThePath() {
    assertThatThrownBy(() -> StackholderJson.read("\"mining\"", Sector.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: Unknown sector 'mining', expected one of " + KNOWN);
  }

  @Test
  void numberInJsonIsNotASector() {
    assertThatThrownBy(() -> StackholderJson.read("1", Sector.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$: ");
  }
}
