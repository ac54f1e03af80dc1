package dev.stackholder.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 5: the published author generators meet real variety, not 8 fixed addresses:
 * identities with several addresses, names outside ASCII, subdomains below an employer's domain.
 */
class AuthorGeneratorsTest {
  @Test
  void identitiesHaveSeveralDistinctAddressesUnicodeNamesAndSubdomains() {
    // A fixed seed: the sample, and so the test, is the same on every run.
    List<List<String>> identities = new ArrayList<>();
    qt().withFixedSeed(26)
        .withExamples(2_000)
        .forAll(ContributionGenerators.identities())
        .checkAssert(identities::add);
    assertThat(identities)
        .allSatisfy(
            addresses -> {
              assertThat(addresses).isNotEmpty().doesNotHaveDuplicates();
              assertThat(addresses).allSatisfy(address -> assertThat(address).contains("@"));
            });
    assertThat(identities).anySatisfy(addresses -> assertThat(addresses).hasSizeGreaterThan(1));
    assertThat(identities.stream().flatMap(List::stream).toList())
        .anySatisfy(address -> assertThat(address.chars().anyMatch(c -> c > 127)).isTrue())
        .anySatisfy(address -> assertThat(address).endsWith("@us.ibm.com"))
        .anySatisfy(address -> assertThat(address).endsWith("@mail.ntt.co.jp"));
    List<String> authors = new ArrayList<>();
    qt().withFixedSeed(26)
        .withExamples(2_000)
        .forAll(ContributionGenerators.authors())
        .checkAssert(authors::add);
    assertThat(authors.stream().distinct().count())
        .isGreaterThan(ContributionGenerators.AUTHORS.size() * 10L);
    assertThat(authors).containsAnyElementsOf(ContributionGenerators.AUTHORS);
  }
}
