package dev.stackholder.contribution.cncf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.Attribution;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * CNCF's affiliation format on a small hand-written file, strictness, and a round-trip property.
 */
class DevelopersAffiliationsTest {
  private static final Path SAMPLE = sample();

  private static Path sample() {
    try {
      return Path.of(
          DevelopersAffiliationsTest.class
              .getResource("developers_affiliations_sample.txt")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsDevelopersAddressesAndEmployerSpans() {
    DevelopersAffiliations file = DevelopersAffiliations.read(SAMPLE);
    List<Developer> developers = file.developers();
    assertThat(developers)
        .extracting(Developer::login)
        .containsExactly("alice-example", "bob", "bob", "carol99");
    Developer alice = developers.get(0);
    assertThat(alice.emails())
        .containsExactly("alice-example@users.noreply.github.com", "alice@example.org");
    assertThat(alice.employers())
        .extracting(EmployerSpan::toString)
        .containsExactly(
            "Independent until 2016-06-01",
            "Example Corp from 2016-06-01 until 2019-01-01",
            "Sample Holdings Ltd. from 2019-01-01");
    assertThat(alice.origin().orElseThrow()).endsWith("developers_affiliations_sample.txt:3");
    assertThat(developers.get(3).employers().get(0).organization())
        .isEqualTo("Über Beispiel GmbH · Team");
    assertThat(developers.get(3).employers().get(0).from()).contains(LocalDate.of(2018, 2, 1));
    assertThat(file.files()).containsExactly(SAMPLE.toString());
  }

  @Test
  void affiliationsAnswerWhoEmployedAnAddressOnADay() {
    DevelopersAffiliations file = DevelopersAffiliations.read(SAMPLE);
    List<Affiliation> rules = file.affiliations();
    // 3 spans x 2 addresses, 1, 2, 1
    assertThat(rules).hasSize(10);
    assertThat(rules.get(2).from()).contains(LocalDate.of(2016, 6, 1));
    assertThat(rules.get(4).from())
        .as("a span without 'from' starts where the last one ended")
        .contains(LocalDate.of(2019, 1, 1));
    AffiliationDirectory directory = file.directory(AttributionPolicy.GITDM);
    assertThat(employer(directory, "Alice@example.org", "2016-05-31")).isEqualTo("Independent");
    assertThat(employer(directory, "alice@example.org", "2016-06-01")).isEqualTo("Example Corp");
    assertThat(employer(directory, "alice-example@users.noreply.github.com", "2018-12-31"))
        .isEqualTo("Example Corp");
    assertThat(employer(directory, "alice@example.org", "2030-01-01"))
        .isEqualTo("Sample Holdings Ltd.");
    assertThat(employer(directory, "robert@example.com", "2020-02-29")).isEqualTo("Example Corp");
    // The file leaves March and April 2020 uncovered: a gap, not a guess.
    Attribution gap = directory.attribute("robert@example.com", LocalDate.of(2020, 4, 1));
    assertThat(gap.basis()).isEqualTo(Attribution.Basis.GAP);
    assertThat(employer(directory, "robert@example.com", "2020-05-01")).isEqualTo("Independent");
    assertThat(employer(directory, "carol@example.org", "2018-01-31"))
        .isEqualTo("carol@example.org");
  }

  @Test
  void developersAreIdentities() {
    DevelopersAffiliations file = DevelopersAffiliations.read(SAMPLE);
    assertThat(file.identities()).hasSize(4);
    assertThat(file.identities().get(0))
        .isEqualTo(
            dev.stackholder.contribution.Identity.of(
                "alice-example", "alice-example@users.noreply.github.com", "alice@example.org"));
    assertThat(file.identities().get(2).address()).isEqualTo("robert@example.com");
  }

  private static String employer(AffiliationDirectory directory, String address, String day) {
    return directory.attribute(address, LocalDate.parse(day)).employer();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "employer before a developer|\\tExample Corp\\n|:1|before any",
        "header without colon|bob bob!example.org\\n\\tX\\n|:1|exactly one ':'",
        "header with two colons|bob: a!b.org: c!d.org\\n\\tX\\n|:1|exactly one ':'",
        "address with @ and !|bob: a!b@c.org\\n\\tX\\n|:1|one '!'",
        "address without domain|bob: bob!\\n\\tX\\n|:1|one '!'",
        "empty address|bob: a!b.org, \\n\\tX\\n|:1|empty",
        "address twice|bob: a!b.org, A!B.org\\n\\tX\\n|:1|twice",
        "no employer, then another developer|bob: a!b.org\\ncarol: c!d.org\\n\\tX\\n|:1|no employer",
        "no employer at the end|bob: a!b.org\\n|:1|no employer",
        "not a day|bob: a!b.org\\n\\tX until 2016-02-30\\n|:2|2016-02-30",
        "month 13|bob: a!b.org\\n\\tX from 2016-13-01\\n|:2|2016-13-01",
        "short date|bob: a!b.org\\n\\tX until 2016-1-1\\n|:2|is not 'Company'",
        "ends before it starts|bob: a!b.org\\n\\tX from 2017-01-01 until 2016-01-01\\n|:2|before it starts",
        "ends on its first day|bob: a!b.org\\n\\tX from 2017-01-01 until 2017-01-01\\n|:2|before it starts",
        "overlapping spans|bob: a!b.org\\n\\tX until 2017-01-01\\n\\tY from 2016-06-01\\n|:1|without overlap",
        "open span not last|bob: a!b.org\\n\\tX\\n\\tY until 2016-06-01\\n|:1|without overlap",
        "year 0999|bob: a!b.org\\n\\tX until 0999-01-01\\n|:2|0999"
      })
  void malformedLinesNameTheFileAndLine(String what, String text, String line, String message) {
    String unescaped = text.replace("\\n", "\n").replace("\\t", "\t");
    assertThatThrownBy(() -> DevelopersAffiliations.parse(unescaped, "affs.txt"))
        .as(what)
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("affs.txt" + line + ":")
        .hasMessageContaining(message);
  }

  @Test
  void filesAreReadWithinTheLimits(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("developers_affiliations2.txt");
    Files.write(file, new byte[] {'b', ':', ' ', 'a', '!', 'b', '\n', '\t', (byte) 0xFF, '\n'});
    assertThatThrownBy(() -> DevelopersAffiliations.read(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("developers_affiliations2.txt:2");
    assertThatThrownBy(
            () -> DevelopersAffiliations.parse("b: a!b.org\n\t" + "X".repeat(20_000), "f"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("f:2");
    Files.writeString(file, "dave: dave!example.org\n\tExample Corp\n");
    DevelopersAffiliations both = DevelopersAffiliations.readAll(List.of(SAMPLE, file));
    assertThat(both.developers()).hasSize(5);
    assertThat(both.files()).hasSize(2);
  }

  @Test
  void developersRoundTripThroughJson() {
    for (Developer developer : DevelopersAffiliations.read(SAMPLE).developers()) {
      assertThat(StackholderJson.read(StackholderJson.write(developer), Developer.class))
          .isEqualTo(developer);
    }
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"login\":\"x\",\"emails\":[\"a@b.org\"],"
                        + "\"employers\":[{\"organization\":\"X\",\"from\":\"2017-01-01\",\"until\":\"2016-01-01\"}]}",
                    Developer.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("before it starts");
  }

  private static final List<String> COMPANIES =
      List.of(
          "Independent",
          "Example Corp",
          "Sample Holdings Ltd.",
          "Über Beispiel GmbH · Team",
          "(Unknown)",
          "Transition from Inc");

  /** Developers with 1 to 4 consecutive spans, some with gaps; the last one open. */
  private static Gen<Developer> developers() {
    return integers()
        .between(1, 4)
        .zip(
            integers().between(0, 10_000),
            lists().of(integers().between(0, COMPANIES.size() - 1)).ofSize(4),
            lists().of(integers().between(1, 900)).ofSize(4),
            (spans, seed, companies, lengths) -> {
              List<EmployerSpan> list = new ArrayList<>();
              LocalDate day = LocalDate.of(2010, 1, 1).plusDays(seed % 3000);
              for (int i = 0; i < spans; i++) {
                LocalDate end = day.plusDays(lengths.get(i));
                Optional<LocalDate> from =
                    i == 0 && seed % 2 == 0 ? Optional.empty() : Optional.of(day);
                list.add(
                    EmployerSpan.of(
                        COMPANIES.get(companies.get(i)),
                        from,
                        i == spans - 1 ? Optional.empty() : Optional.of(end)));
                day = end.plusDays(seed % 3 == 0 ? 0 : lengths.get(3 - i) % 40);
              }
              return Developer.builder()
                  .login("dev" + seed)
                  .addEmails("dev" + seed + "@example.org", "d" + seed + "@users.example.com")
                  .employers(list)
                  .build();
            });
  }

  /** The format written another way: what a file would say, read back, is the same developer. */
  @Test
  void whatIsWrittenInTheFormatReadsBackTheSame() {
    qt().withExamples(500)
        .forAll(lists().of(developers()).ofSizeBetween(1, 5))
        .checkAssert(
            list -> {
              String text =
                  list.stream()
                      .map(
                          d ->
                              d.login()
                                  + ": "
                                  + d.emails().stream()
                                      .map(e -> e.replace('@', '!'))
                                      .collect(Collectors.joining(", "))
                                  + "\n"
                                  + d.employers().stream()
                                      .map(s -> "\t" + s + "\n")
                                      .collect(Collectors.joining()))
                      .collect(Collectors.joining("# between\n"));
              List<Developer> read = DevelopersAffiliations.parse(text, "gen").developers();
              assertThat(read).hasSameSizeAs(list);
              for (int i = 0; i < list.size(); i++) {
                assertThat(read.get(i).login()).isEqualTo(list.get(i).login());
                assertThat(read.get(i).emails()).isEqualTo(list.get(i).emails());
                assertThat(read.get(i).employers()).isEqualTo(list.get(i).employers());
              }
            });
  }
}
