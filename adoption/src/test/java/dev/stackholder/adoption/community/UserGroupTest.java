package dev.stackholder.adoption.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class UserGroupTest {
  private static final UserGroup COSUG = CommunityCatalog.builtIn().getUserGroup("cosug");

  @Test
  void latestEstimateIsTheLatestDated() {
    assertThat(COSUG.latestEstimate().orElseThrow().members().value()).isEqualTo(3000);
    assertThat(CommunityCatalog.builtIn().getUserGroup("hkosug").latestEstimate()).isEmpty();
  }

  @Test
  void builtInGroups() {
    assertThat(COSUG.name()).isEqualTo("China OpenStack User Group");
    assertThat(COSUG.country()).contains("CN");
    UserGroup hk = CommunityCatalog.builtIn().getUserGroup("hkosug");
    assertThat(hk.country()).contains("HK");
    assertThat(hk.leaders()).containsExactly("Bruce Lok (manager)");
  }

  @Test
  void idAndCountryAreChecked() {
    assertThatThrownBy(() -> UserGroup.builder().from(COSUG).id("COSUG").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("User group id 'COSUG' is not a lower-case slug such as 'cosug'");
    assertThatThrownBy(() -> UserGroup.builder().from(COSUG).country("China").build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "User group 'cosug' has country 'China', expected an ISO 3166-1 alpha-2 code such as 'CN'");
    assertThatThrownBy(() -> UserGroup.builder().from(COSUG).sources(ImmutableList.of()).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("User group 'cosug' has no sources");
  }

  @Test
  void jsonRoundTrip() {
    assertThat(StackholderJson.read(StackholderJson.write(COSUG), UserGroup.class))
        .isEqualTo(COSUG);
    qt().forAll(CommunityGenerators.userGroups())
        .checkAssert(
            group ->
                assertThat(StackholderJson.read(StackholderJson.write(group), UserGroup.class))
                    .isEqualTo(group));
  }
}
