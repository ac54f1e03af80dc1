package dev.stackholder.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class SlugsTest {
  // The rules as regular expressions: the checks are loops for speed and must accept exactly these.
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern LOWER_CASE_NAME = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

  @Test
  void theLoopsAcceptWhatTheRegularExpressionsAccept() {
    // Strings over an alphabet of letters, digits, every separator and a few characters that are
    // never allowed, so that runs of separators and separators at the ends come up often.
    String alphabet = "ab9z0-_.A /";
    qt().forAll(
            SourceDSL.lists()
                .of(SourceDSL.integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(0, 8))
        .checkAssert(
            indexes -> {
              StringBuilder text = new StringBuilder();
              indexes.forEach(i -> text.append(alphabet.charAt(i)));
              String candidate = text.toString();
              assertThat(Slugs.isSlug(candidate))
                  .as(candidate)
                  .isEqualTo(SLUG.matcher(candidate).matches());
              assertThat(Slugs.isLowerCaseName(candidate))
                  .as(candidate)
                  .isEqualTo(LOWER_CASE_NAME.matcher(candidate).matches());
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tencent", "red-hat", "openstack-2012", "a", "8x8", "tencent-tstack"})
  void slugs(String text) {
    assertThat(Slugs.isSlug(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Red-Hat", "red_hat", "red--hat", "-red", "red-", "red hat", "腾讯", "red.hat"})
  void notSlugs(String text) {
    assertThat(Slugs.isSlug(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"folsom", "python-novaclient", "oslo.config", "oslo_config", "all", "red-hat"})
  void lowerCaseNames(String text) {
    assertThat(Slugs.isLowerCaseName(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Folsom", "nova..api", "-nova", "nova.", "nova api", "nova/api"})
  void notLowerCaseNames(String text) {
    assertThat(Slugs.isLowerCaseName(text)).isFalse();
  }
}
