package dev.stackholder.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {
  @ParameterizedTest
  @ValueSource(strings = {"tencent", "red-hat", "openstack-2012", "a", "8x8", "tencent-tstack"})
  void slugs(String text) {
    assertThat(Slugs.isSlug(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Red-Hat", "red_hat", "red--hat", "-red", "red-", "red hat", "腾讯", "red.hat"})
  void notSlugs(String text) {
    assertThat(Slugs.isSlug(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"folsom", "python-novaclient", "oslo.config", "oslo_config", "all", "red-hat"})
  void lowerCaseNames(String text) {
    assertThat(Slugs.isLowerCaseName(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Folsom", "nova..api", "-nova", "nova.", "nova api", "nova/api"})
  void notLowerCaseNames(String text) {
    assertThat(Slugs.isLowerCaseName(text)).isFalse();
  }
}
