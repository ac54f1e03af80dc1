package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import org.junit.jupiter.api.Test;

class AutomatedAccountsTest {
  @Test
  void defaultsKnowTheOpenStackBotIgnoringCase() {
    assertThat(AutomatedAccounts.defaults().test("jenkins@openstack.org")).isTrue();
    assertThat(AutomatedAccounts.defaults().test("JENKINS@openstack.org")).isTrue();
    assertThat(AutomatedAccounts.defaults().test("OpenStack Jenkins")).isTrue();
    assertThat(AutomatedAccounts.defaults().test("unknown@hacker.net")).isFalse();
    assertThat(AutomatedAccounts.defaults().test("SINA")).isFalse();
  }

  @Test
  void noneLeavesNothingOut() {
    assertThat(AutomatedAccounts.none().test("jenkins@openstack.org")).isFalse();
  }

  @Test
  void withAddsANameAndKeepsTheOthers() {
    AutomatedAccounts rule = AutomatedAccounts.defaults().with("unknown@hacker.net");
    assertThat(rule.test("Unknown@Hacker.net")).isTrue();
    assertThat(rule.test("jenkins@openstack.org")).isTrue();
    assertThat(AutomatedAccounts.defaults().test("unknown@hacker.net")).isFalse();
  }

  @Test
  void roundTripsThroughJson() {
    assertThat(StackholderJson.write(AutomatedAccounts.defaults()))
        .isEqualTo("{\"names\":[\"jenkins@openstack.org\",\"OpenStack Jenkins\"]}");
    AutomatedAccounts back = StackholderJson.read(
        StackholderJson.write(AutomatedAccounts.defaults()), AutomatedAccounts.class);
    assertThat(back).isEqualTo(AutomatedAccounts.defaults());
    assertThat(back.test("openstack jenkins")).isTrue();
  }

  @Test
  void blankNameIsRejected() {
    assertThatThrownBy(() -> AutomatedAccounts.none().with(" "))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("AutomatedAccounts names contain a blank name");
  }
}
