package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
    assertThat(
            StackholderJson.write(
                AutomatedAccounts.of("jenkins@openstack.org", "OpenStack Jenkins")))
        .isEqualTo("{\"names\":[\"jenkins@openstack.org\",\"OpenStack Jenkins\"],\"sources\":[]}");
    AutomatedAccounts back =
        StackholderJson.read(
            StackholderJson.write(AutomatedAccounts.defaults()), AutomatedAccounts.class);
    assertThat(back).isEqualTo(AutomatedAccounts.defaults());
    assertThat(back.test("openstack jenkins")).isTrue();
  }

  @Test
  void theDefaultsAreStackalyticsRobotsAndGitdmsBotWithTheirSources() {
    AutomatedAccounts defaults = AutomatedAccounts.defaults();
    // Zuul, the proposal bot's list address, Gerrit: all in Stackalytics' *robots user
    for (String bot :
        List.of(
            "zuul@openstack.org",
            "ZUUL@zuul.openstack.org",
            "openstack-infra@lists.openstack.org",
            "review@openstack.org",
            "jenkins@openstack.org",
            "OpenStack Jenkins")) {
      assertThat(defaults.test(bot)).as(bot).isTrue();
    }
    assertThat(defaults.test("someone@redhat.com")).isFalse();
    assertThat(defaults.sources())
        .extracting(dev.stackholder.core.Source::document)
        .anyMatch(d -> d.contains("f6f54bec1248") && d.endsWith("etc/default_data.json"));
    assertThat(defaults.with("bot@example.org").sources()).isEqualTo(defaults.sources());
  }

  @Test
  void blankNameIsRejected() {
    assertThatThrownBy(() -> AutomatedAccounts.none().with(" "))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("AutomatedAccounts names contain a blank name");
  }

  /**
   * The rule compares ASCII texts without lower-casing them first: whatever the text and the names
   * (letters whose lower case is ASCII or longer, such as the Kelvin sign and the dotted capital
   * I), the answer is that of lower-casing both.
   */
  @Test
  void answersAsLowerCasingBothWould() {
    List<String> pieces =
        List.of(
            "a", "A", "z", "Z", "@", "a b", "i", "I", "k", "K", "\u212A", "\u0130", "\u0131",
            "\u00DF", "\u00E9", "\u00C9", "jenkins", "JENKINS");
    Gen<String> texts =
        lists().of(Generate.pick(pieces)).ofSizeBetween(1, 4).map(parts -> String.join("", parts));
    qt().withExamples(3000)
        .forAll(lists().of(texts).ofSizeBetween(1, 10), texts)
        .checkAssert(
            (names, text) -> {
              AutomatedAccounts rule = AutomatedAccounts.of(names);
              boolean expected =
                  names.stream()
                      .map(name -> name.toLowerCase(Locale.ROOT))
                      .collect(Collectors.toSet())
                      .contains(text.toLowerCase(Locale.ROOT));
              assertThat(rule.test(text)).as("%s in %s", text, names).isEqualTo(expected);
              assertThat(rule.test(names.get(0))).isTrue();
            });
  }
}
