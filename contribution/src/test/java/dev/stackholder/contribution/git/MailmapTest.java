package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * {@link Mailmap} against git itself: a tiny repository, one commit per author, and {@code git log
 * --use-mailmap} ({@code %aN}, {@code %aE}) as the oracle for every line form, for comments and odd
 * spacing, for case and for lines that override earlier ones; then 200 generated mailmaps.
 */
class MailmapTest {
  private static final List<String[]> AUTHORS =
      List.of(
          new String[] {"Joe", "joe@example.org"},
          new String[] {"joe", "JOE@Example.ORG"},
          new String[] {"Jane Doe", "jane@example.net"},
          new String[] {"jdoe", "Jane@Example.net"},
          new String[] {"J. Random", "random@example.com"},
          new String[] {"Old Name", "old@example.com"},
          new String[] {"Ünïcode", "unicode@example.org"},
          new String[] {"Bot", "bot@example.org"});

  @TempDir static Path dir;
  private static GitOracle git;

  @BeforeAll
  static void repository() {
    assumeTrue(GitOracle.available(), "git is not installed");
    git = GitOracle.create(dir, AUTHORS);
  }

  /** Every commit of the repository mapped by the class and by git: the same name and address. */
  private static void sameAsGit(String mailmap) {
    Mailmap parsed = Mailmap.parse(mailmap, ".mailmap");
    for (String[] commit : git.log(mailmap)) {
      Mailmap.Person mine = parsed.map(commit[0], commit[1]);
      assertThat(mine.name() + " <" + mine.email() + ">")
          .as("%s <%s> under\n%s", commit[0], commit[1], mailmap)
          .isEqualTo(commit[2] + " <" + commit[3] + ">");
    }
  }

  @Test
  void theFourFormsAsGitAppliesThem() {
    sameAsGit("Joseph Bloggs <joe@example.org>\n");
    sameAsGit("<jane.doe@example.net> <jane@example.net>\n");
    sameAsGit("Jane Doe <jane.doe@example.net> <jane@example.net>\n");
    sameAsGit("Jane Doe <jane.doe@example.net> jdoe <jane@example.net>\n");
    sameAsGit(
        "Joseph <joseph@example.org> joe <joe@example.org>\n"
            + "Random <r@example.com> J. RANDOM <random@example.com>\n");
  }

  @Test
  void commentsSpacingAndWhatGitIgnores() {
    sameAsGit("# a comment <joe@example.org>\n\n   \nJoseph <joe@example.org>   # trailing\n");
    sameAsGit("  # not a comment when indented <bot@example.org>\n");
    sameAsGit("\t Joseph  Bloggs \t<joe@example.org>\r\nNo address here\n<> <old@example.com>\n");
    sameAsGit("Someone <>\nNew <new@example.com> <old@example.com> trailing words\n");
    sameAsGit("<joe@example.org>\nNew <new@example.com> Old Name\n");
    sameAsGit("Jane <jane@example.net> <unterminated\n");
    Mailmap mailmap =
        Mailmap.parse("# c\nNo address here\nSomeone <>\nJoe <joe@example.org>\n", "m");
    assertThat(mailmap.ignoredLines()).containsExactly(2, 3);
    assertThat(mailmap.entries()).hasSize(1);
    assertThat(mailmap.entries().get(0).line()).isEqualTo(4);
  }

  @Test
  void caseAndOverridingLines() {
    sameAsGit("Joseph <JOE@EXAMPLE.ORG>\n");
    sameAsGit("Joseph <joseph@example.org> JOE <joe@example.org>\n");
    sameAsGit("First <joe@example.org>\nSecond <joe@example.org>\n");
    sameAsGit("Named <joe@example.org>\n<new@example.org> <joe@example.org>\n");
    sameAsGit("<new@example.org> <joe@example.org>\nNamed <joe@example.org>\n");
    sameAsGit(
        "A <a@example.org> joe <joe@example.org>\nB <b@example.org> Joe <joe@example.org>\n"
            + "Plain <joe@example.org>\n");
    sameAsGit("Ünï <uni@example.org> ünïcode <unicode@example.org>\n");
    sameAsGit("Ünï <uni@example.org> Ünïcode <UNICODE@example.org>\n");
  }

  private static final List<String> NAMES =
      List.of("", "Joe", "joe", "Jane Doe", "JDOE", "New Name", "Ünïcode", "Bot");
  private static final List<String> EMAILS =
      List.of(
          "joe@example.org",
          "JOE@example.org",
          "jane@example.net",
          "jane@EXAMPLE.net",
          "new@example.com",
          "old@example.com",
          "unicode@example.org",
          "bot@example.org");

  private static Gen<String> lines() {
    Gen<Integer> name = integers().between(0, NAMES.size() - 1);
    Gen<Integer> email = integers().between(0, EMAILS.size() - 1);
    Gen<Integer> form = integers().between(0, 5);
    return form.zip(name, email, name, (f, n1, e1, n2) -> new int[] {f, n1, e1, n2})
        .zip(
            email,
            (a, e2) ->
                switch (a[0]) {
                  case 0 -> NAMES.get(a[1]) + " <" + EMAILS.get(a[2]) + ">";
                  case 1 -> "<" + EMAILS.get(a[2]) + "> <" + EMAILS.get(e2) + ">";
                  case 2 ->
                      NAMES.get(a[1]) + " <" + EMAILS.get(a[2]) + "> <" + EMAILS.get(e2) + ">";
                  case 3 ->
                      NAMES.get(a[1])
                          + " <"
                          + EMAILS.get(a[2])
                          + "> "
                          + NAMES.get(a[3])
                          + " <"
                          + EMAILS.get(e2)
                          + ">";
                  case 4 -> "# " + NAMES.get(a[1]) + " <" + EMAILS.get(a[2]) + ">";
                  default -> "  " + NAMES.get(a[1]) + "  <" + EMAILS.get(a[2]) + ">  # note";
                });
  }

  @Test
  void generatedMailmapsMapAsGitDoes() {
    qt().withExamples(200)
        .withShrinkCycles(50)
        .forAll(lists().of(lines()).ofSizeBetween(1, 8))
        .checkAssert(lines -> sameAsGit(String.join("\n", lines) + "\n"));
  }

  @Test
  void identitiesGroupWhatMapsToOnePerson() {
    Mailmap mailmap =
        Mailmap.parse(
            """
        Jane Doe <jane@example.net>
        Jane Doe <jane@example.net> <Jane.Doe@Example.NET>
        Jane Doe <jane@example.net> jdoe <jd@example.net>
        <joe@example.org> <joe@old.example.org>
        Joseph <joseph@example.org> Joe <joe@example.org>
        """,
            ".mailmap");
    List<Mailmap.Identity> identities = mailmap.identities();
    assertThat(identities).hasSize(3);
    Mailmap.Identity jane = identities.get(0);
    assertThat(jane.name()).contains("Jane Doe");
    assertThat(jane.email()).isEqualTo("jane@example.net");
    assertThat(jane.aliases())
        .extracting(a -> a.name().orElse("*") + " " + a.email())
        .containsExactly("* jane@example.net", "* Jane.Doe@Example.NET", "jdoe jd@example.net");
    assertThat(identities.get(1).name()).isEmpty();
    assertThat(identities.get(1).email()).isEqualTo("joe@example.org");
    assertThat(identities.get(2).name()).contains("Joseph");
    assertThat(mailmap.addressAliases())
        .containsExactly(
            Map.entry("jane.doe@example.net", "jane@example.net"),
            Map.entry("joe@old.example.org", "joe@example.org"));
    assertThat(mailmap.map("jdoe", "JD@example.net"))
        .isEqualTo(Mailmap.Person.of("Jane Doe", "jane@example.net"));
    assertThat(mailmap.map("Other", "jd@example.net"))
        .isEqualTo(Mailmap.Person.of("Other", "jd@example.net"));
    assertThat(Mailmap.empty().map("A", "a@b")).isEqualTo(Mailmap.Person.of("A", "a@b"));
  }

  /**
   * The aliases an affiliation directory takes: the old address is credited by the new one's rule.
   */
  @Test
  void addressAliasesFeedAnAffiliationDirectory() {
    Mailmap mailmap = Mailmap.parse("<ann@corp.example.com> <Ann@Home.Example.org>\n", ".mailmap");
    dev.stackholder.contribution.AffiliationDirectory directory =
        dev.stackholder.contribution.AffiliationDirectory.of(
            dev.stackholder.contribution.AttributionPolicy.GITDM,
            mailmap.addressAliases(),
            List.of(
                dev.stackholder.contribution.Affiliation.of(
                    dev.stackholder.contribution.Affiliation.Kind.DOMAIN,
                    "corp.example.com",
                    "Corp")));
    assertThat(
            directory
                .attribute("ann@home.example.org", java.time.LocalDate.of(2020, 1, 1))
                .employer())
        .isEqualTo("Corp");
    assertThat(
            directory
                .attribute("bob@home.example.org", java.time.LocalDate.of(2020, 1, 1))
                .employer())
        .isEqualTo("bob@home.example.org");
  }

  @Test
  void asIdentitiesGivesTheAddressAliasesAsPeople() {
    Mailmap mailmap =
        Mailmap.parse(
            """
        Jane Doe <jane@example.net> <Jane.Doe@Example.NET>
        Jane Doe <jane@example.net> jdoe <jd@example.net>
        <joe@example.org> <joe@old.example.org>
        Nobody <nobody@example.org> <>
        """,
            ".mailmap");
    assertThat(mailmap.asIdentities())
        .containsExactly(
            // jdoe's line is limited to that commit name: not an address alias
            dev.stackholder.contribution.Identity.of(
                "Jane Doe", "jane@example.net", "jane.doe@example.net"),
            dev.stackholder.contribution.Identity.of(
                "joe@example.org", "joe@example.org", "joe@old.example.org"),
            dev.stackholder.contribution.Identity.of("Nobody", "nobody@example.org"));
    dev.stackholder.contribution.AffiliationDirectory directory =
        dev.stackholder.contribution.AffiliationDirectory.of(
                dev.stackholder.contribution.AttributionPolicy.GITDM,
                java.util.Map.of(),
                List.of(
                    dev.stackholder.contribution.Affiliation.of(
                        dev.stackholder.contribution.Affiliation.Kind.ADDRESS,
                        "jane@example.net",
                        "Corp")))
            .withIdentities(mailmap.asIdentities());
    assertThat(
            directory
                .attribute("Jane.Doe@example.net", java.time.LocalDate.of(2020, 1, 1))
                .employer())
        .isEqualTo("Corp");
  }

  @Test
  void valuesRoundTripThroughJson() {
    Mailmap mailmap =
        Mailmap.parse(
            "Jane Doe <jane@example.net> jdoe <jd@example.net>\n" + "Joe <joe@example.org>\n",
            ".mailmap");
    for (Mailmap.Identity identity : mailmap.identities()) {
      assertThat(StackholderJson.read(StackholderJson.write(identity), Mailmap.Identity.class))
          .isEqualTo(identity);
    }
    for (Mailmap.Entry entry : mailmap.entries()) {
      assertThat(StackholderJson.read(StackholderJson.write(entry), Mailmap.Entry.class))
          .isEqualTo(entry);
    }
    Mailmap.Person person = Mailmap.Person.of("Jane", "jane@example.net");
    assertThat(StackholderJson.read(StackholderJson.write(person), Mailmap.Person.class))
        .isEqualTo(person);
    assertThat(StackholderJson.write(mailmap.identities().get(0)))
        .isEqualTo(
            "{\"name\":\"Jane Doe\",\"email\":\"jane@example.net\",\"aliases\":"
                + "[{\"name\":\"jdoe\",\"email\":\"jd@example.net\"}]}");
    assertThatThrownBy(
            () ->
                StackholderJson.read(
                    "{\"line\":0,\"commitEmail\":\"a@b\"," + "\"properName\":\"A\"}",
                    Mailmap.Entry.class))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("line 0");
  }

  @Test
  void filesAreReadWithinTheLimits(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve(".mailmap");
    Files.writeString(file, "Joe <joe@example.org>\n");
    assertThat(Mailmap.read(file).map("x", "joe@example.org").name()).isEqualTo("Joe");
    Files.write(file, new byte[] {'J', ' ', '<', 'a', '@', 'b', '>', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> Mailmap.read(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(".mailmap:1");
    assertThatThrownBy(() -> Mailmap.parse("J <a@b> " + "x".repeat(20_000), "m"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("m:1");
    assertThatThrownBy(() -> Mailmap.read(tmp.resolve("missing")))
        .isInstanceOf(dev.stackholder.core.NotFoundException.class);
    assertThat(
            Optional.of(
                Mailmap.read(
                    new java.io.ByteArrayInputStream(
                        "<new@x.org> <old@x.org>\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "stream")))
        .get()
        .extracting(m -> m.map("A", "OLD@x.org").email())
        .isEqualTo("new@x.org");
  }
}
