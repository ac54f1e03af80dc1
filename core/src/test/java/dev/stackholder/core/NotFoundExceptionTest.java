package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotFoundExceptionTest {
  @Test
  void namesTheIdAndTheKnownIds() {
    NotFoundException e =
        new NotFoundException("foundation", "apache", List.of("openstack", "eclipse"));
    assertThat(e).hasMessage("Unknown foundation 'apache', expected one of openstack, eclipse");
    assertThat(e.kind()).isEqualTo("foundation");
    assertThat(e.id()).isEqualTo("apache");
    assertThat(e.knownIds()).containsExactly("openstack", "eclipse");
    assertThat(e).isInstanceOf(StackholderException.class);
  }

  @Test
  void saysWhenThereIsNothingToChooseFrom() {
    assertThat(new NotFoundException("tier", "gold", List.of()))
        .hasMessage("Unknown tier 'gold': there are none");
  }

  @Test
  void longListsAreCutInTheMessageButKeptWhole() {
    List<String> known =
        IntStream.range(0, 500).mapToObj(i -> "company-" + i).collect(Collectors.toList());
    NotFoundException e = new NotFoundException("company", "acme", known);
    assertThat(e.getMessage())
        .endsWith("company-29, ... (500 in all)")
        .doesNotContain("company-30,");
    assertThat(e.knownIds()).hasSize(500);
  }

  @Test
  void aMessageOfItsOwnForFiles() {
    NotFoundException e =
        new NotFoundException("file", "/tmp/x.json", "JSON file /tmp/x.json does not exist");
    assertThat(e).hasMessage("JSON file /tmp/x.json does not exist");
    assertThat(e.knownIds()).isEqualTo(ImmutableList.of());
  }

  @Test
  void aMessageOfItsOwnWithTheKnownIds() {
    NotFoundException e =
        new NotFoundException(
            "release",
            "havana",
            List.of("essex", "folsom"),
            "No gitdm reports for release 'havana'; releases: essex, folsom");
    assertThat(e).hasMessage("No gitdm reports for release 'havana'; releases: essex, folsom");
    assertThat(e.knownIds()).containsExactly("essex", "folsom");
  }

  @Test
  void missingDeclarationNamesTheFigure() {
    MissingDeclarationException e =
        new MissingDeclarationException("annualRevenue", "Gold dues need the annual revenue");
    assertThat(e.figure()).isEqualTo("annualRevenue");
    assertThat(e)
        .hasMessage("Gold dues need the annual revenue")
        .isInstanceOf(StackholderException.class);
  }
}
