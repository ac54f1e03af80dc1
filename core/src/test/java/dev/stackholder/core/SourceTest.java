package dev.stackholder.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.core.json.StackholderJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceTest {
  private static final String SEED = "000_6cb65ebcd6c07861.txt";
  private static final Source SEED_SOURCE =
      Source.builder()
          .document(SEED)
          .title("Chinese WeChat is powered by OpenStack")
          .date(LocalDate.of(2017, 11, 6))
          .quote("Gold members contribute .025% of their annual revenue")
          .note("Published November 2017 — “OpenStack Summit Sydney”")
          .build();

  @Test
  void ofNeedsOnlyADocumentAndATitle() {
    Source source = Source.of(SEED, "Chinese WeChat is powered by OpenStack");
    assertThat(source.document()).isEqualTo(SEED);
    assertThat(source.title()).isEqualTo("Chinese WeChat is powered by OpenStack");
    assertThat(source.date()).isEmpty();
    assertThat(source.quote()).isEmpty();
    assertThat(source.note()).isEmpty();
  }

  @Test
  void rejectsABlankDocument() {
    assertThatThrownBy(() -> Source.of(" ", "A title"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Source document is blank (title 'A title')");
  }

  @Test
  void rejectsABlankTitle() {
    assertThatThrownBy(() -> Source.of(SEED, ""))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("Source '" + SEED + "' has a blank title");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Source.of(SEED, "T"), Source.of(SEED, "T"))
        .addEqualityGroup(Source.of(SEED, "Other"))
        .addEqualityGroup(SEED_SOURCE, Source.builder().from(SEED_SOURCE).build())
        .addEqualityGroup(
            Source.builder().from(SEED_SOURCE).date(LocalDate.of(2017, 11, 7)).build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Source.class);
  }

  @Test
  void jsonWritesTheDateAsAnIsoStringAndRoundTrips() {
    String json = StackholderJson.write(SEED_SOURCE);
    assertThat(json).contains("\"date\":\"2017-11-06\"").contains("“OpenStack Summit Sydney”");
    assertThat(StackholderJson.read(json, Source.class)).isEqualTo(SEED_SOURCE);
    Source bare = Source.of("https://www.openstack.org/", "OpenStack");
    assertThat(StackholderJson.read(StackholderJson.write(bare), Source.class)).isEqualTo(bare);
  }

  @Test
  void jsonWithoutATitleNamesTheField() {
    assertThatThrownBy(() -> StackholderJson.read("{\"document\":\"" + SEED + "\"}", Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage("$: Cannot build Source, some of required attributes are not set [title]");
  }

  @Test
  void jsonWithAnImpossibleDateNamesThePath() {
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"document\":\"" + SEED + "\",\"title\":\"T\",\"date\":\"2017-13-06\"}",
                    Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.date: ")
        .hasMessageContaining("2017-13-06");
  }
}
