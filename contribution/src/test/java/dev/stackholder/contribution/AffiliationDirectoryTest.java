package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.stackholder.contribution.gitdm.GitdmConfig;
import dev.stackholder.core.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AffiliationDirectoryTest {
  private static final LocalDate JULY_19 = LocalDate.of(2012, 7, 19);
  private static final LocalDate JULY_20 = LocalDate.of(2012, 7, 20);

  private static GitdmConfig config(Path dir, String emailMap) throws IOException {
    Files.writeString(
        dir.resolve("gitdm.config"),
        String.join(
            "\n",
            "# comment",
            "EmailAliases aliases",
            "EmailMap domain-map",
            "EmailMap email-map",
            "GroupMap group Group Inc",
            "FileTypeMap sample-config/filetypes.txt",
            ""));
    Files.writeString(
        dir.resolve("aliases"), "old@gmail.com new@gmail.com\nCaps@gmail.com other@gmail.com\n");
    Files.writeString(
        dir.resolve("domain-map"),
        "example.com Example\nb.example.com Sub Example\nansolabs.com Rackspace < 2012-07-20\n"
            + "ansolabs.com Nebula\n");
    Files.writeString(dir.resolve("email-map"), emailMap);
    Files.writeString(dir.resolve("group"), "member@gmail.com\n");
    return GitdmConfig.read(dir);
  }

  @Test
  void gitdmEndDatesAreExclusiveAndTheEarlierEntryComesFirst(@TempDir Path dir) throws IOException {
    AffiliationDirectory gitdm =
        config(dir, "new@gmail.com Nebula\nnew@gmail.com  Rackspace < 2012-07-20 # moved\n")
            .directory();
    assertThat(gitdm.attribute("new@gmail.com", JULY_19).employer()).isEqualTo("Rackspace");
    assertThat(gitdm.attribute("new@gmail.com", JULY_20).employer()).isEqualTo("Nebula");
    // alias: one replacement of the lower-cased address
    assertThat(gitdm.attribute("OLD@gmail.com", JULY_19).employer()).isEqualTo("Rackspace");
    assertThat(gitdm.attribute("OLD@gmail.com", JULY_19).address()).isEqualTo("new@gmail.com");
    // an alias written with capitals never matches, as in gitdm
    assertThat(gitdm.attribute("caps@gmail.com", JULY_19).employer()).isEqualTo("caps@gmail.com");
    assertThat(gitdm.attribute("x@ansolabs.com", JULY_19).basis())
        .isEqualTo(Attribution.Basis.DOMAIN);
    assertThat(gitdm.attribute("x@ansolabs.com", JULY_20).employer()).isEqualTo("Nebula");
    assertThat(gitdm.attribute("member@gmail.com", JULY_20).employer()).isEqualTo("Group Inc");
    assertThat(gitdm.attribute("member@gmail.com", JULY_20).rule().orElseThrow().origin())
        .contains("group:1");
  }

  @Test
  void gitdmTriesTheShortestDomainSuffixFirstStackalyticsTheLongest(@TempDir Path dir)
      throws IOException {
    GitdmConfig config = config(dir, "");
    AffiliationDirectory gitdm = config.directory();
    AffiliationDirectory stackalytics =
        AffiliationDirectory.of(AttributionPolicy.STACKALYTICS, Map.of(), config.affiliations());
    assertThat(gitdm.attribute("x@a.b.example.com", JULY_19).employer()).isEqualTo("Example");
    assertThat(stackalytics.attribute("x@a.b.example.com", JULY_19).employer())
        .isEqualTo("Sub Example");
    assertThat(gitdm.attribute("x@localhost", JULY_19).basis())
        .isEqualTo(Attribution.Basis.UNKNOWN);
    assertThat(gitdm.attribute("Who@Nowhere.org", JULY_19).employer()).isEqualTo("who@nowhere.org");
    assertThat(stackalytics.attribute("who@nowhere.org", JULY_19).employer())
        .isEqualTo("*independent");
  }

  @Test
  void entriesGitdmNeverReachesAreShadowedAndOverridesWin(@TempDir Path dir) throws IOException {
    GitdmConfig config =
        config(
            dir,
            "p@gmail.com A < 2012-01-01\np@gmail.com B < 2012-01-01\np@gmail.com C\np@gmail.com D\n");
    assertThat(config.shadowed()).extracting(Affiliation::organization).containsExactly("B", "D");
    AffiliationDirectory directory = config.directory();
    assertThat(directory.attribute("p@gmail.com", LocalDate.of(2011, 12, 31)).employer())
        .isEqualTo("A");
    assertThat(directory.attribute("p@gmail.com", LocalDate.of(2012, 1, 1)).employer())
        .isEqualTo("C");
    assertThat(directory.overlaps()).isEmpty();
    Affiliation fix =
        Affiliation.builder()
            .kind(Affiliation.Kind.ADDRESS)
            .key("p@gmail.com")
            .organization("E")
            .from(LocalDate.of(2012, 6, 1))
            .build();
    AffiliationDirectory fixed = directory.withOverride(fix);
    assertThat(fixed.attribute("p@gmail.com", LocalDate.of(2012, 6, 1)).employer()).isEqualTo("E");
    assertThat(fixed.attribute("p@gmail.com", LocalDate.of(2012, 5, 31)).employer()).isEqualTo("C");
    assertThat(fixed.overlaps())
        .containsExactly(
            com.google.common.collect.ImmutableList.of(
                fix,
                config.affiliations().stream()
                    .filter(a -> a.organization().equals("C"))
                    .findFirst()
                    .orElseThrow()));
  }

  @Test
  void malformedConfigurationNamesFileAndLine(@TempDir Path dir) {
    assertThatThrownBy(() -> config(dir, "ok@gmail.com Fine\nbad@gmail.com X < someday\n"))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.location()).contains("email-map:2"));
    assertThatThrownBy(() -> config(dir, "lonely@gmail.com\n"))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.location()).contains("email-map:1"));
  }

  @Test
  void readsTheFolsomConfiguration() {
    GitdmConfig config = GitFolsom.config();
    // 120 alias lines; 60 domain-map, 31 email-map and 74 group entries, none shadowed.
    assertThat(config.aliases()).hasSize(120);
    assertThat(config.affiliations().size() + config.shadowed().size()).isEqualTo(60 + 31 + 74);
    assertThat(
            GitdmConfig.readRanges(GitFolsom.CONFIG.resolve("openstack-config/folsom"), "folsom"))
        .hasSize(7)
        .first()
        .satisfies(
            nova -> {
              assertThat(nova.range()).isEqualTo("2012.1..folsom-rc3");
              assertThat(nova.excluded()).hasSize(7);
              assertThat(nova.includes("706502a0123")).isFalse();
              assertThat(nova.includes("8154492da3d8")).isTrue();
            });
  }

  @Test
  void aDatedRuleCoversExactlyTheDaysBeforeItsEnd() {
    qt().forAll(integers().between(-400, 400), integers().between(-400, 400))
        .checkAssert(
            (end, day) -> {
              LocalDate until = JULY_20.plusDays(end);
              LocalDate date = JULY_20.plusDays(day);
              AffiliationDirectory directory =
                  AffiliationDirectory.of(
                      AttributionPolicy.GITDM,
                      Map.of(),
                      List.of(
                          Affiliation.builder()
                              .kind(Affiliation.Kind.ADDRESS)
                              .key("a@b.org")
                              .organization("Old")
                              .until(until)
                              .build(),
                          Affiliation.builder()
                              .kind(Affiliation.Kind.ADDRESS)
                              .key("a@b.org")
                              .organization("New")
                              .from(until)
                              .build()));
              assertThat(directory.attribute("a@b.org", date).employer())
                  .isEqualTo(date.isBefore(until) ? "Old" : "New");
            });
  }

  @Test
  void domainSuffixesFollowEachPolicysOrder() {
    List<Affiliation> rules =
        List.of(
            Affiliation.of(Affiliation.Kind.DOMAIN, "ibm.com", "IBM"),
            Affiliation.of(Affiliation.Kind.DOMAIN, "linux.vnet.ibm.com", "IBM Linux"));
    AffiliationDirectory gitdm = AffiliationDirectory.of(AttributionPolicy.GITDM, Map.of(), rules);
    AffiliationDirectory stackalytics =
        AffiliationDirectory.of(AttributionPolicy.STACKALYTICS, Map.of(), rules);
    // gitdm tries the shortest suffix first, Stackalytics the longest
    assertThat(gitdm.attribute("a@linux.vnet.ibm.com", JULY_19).employer()).isEqualTo("IBM");
    assertThat(stackalytics.attribute("a@linux.vnet.ibm.com", JULY_19).employer())
        .isEqualTo("IBM Linux");
    assertThat(gitdm.attribute("a@us.ibm.com", JULY_19).employer()).isEqualTo("IBM");
    assertThat(stackalytics.attribute("a@us.ibm.com", JULY_19).employer()).isEqualTo("IBM");
    // a single label never matches, nor does a domain that only ends like one
    assertThat(gitdm.attribute("a@com", JULY_19).basis()).isEqualTo(Attribution.Basis.UNKNOWN);
    assertThat(gitdm.attribute("a@notibm.com", JULY_19).basis())
        .isEqualTo(Attribution.Basis.UNKNOWN);
  }

  @Test
  void anAddressOfAHundredThousandLabelsIsOneScan() {
    AffiliationDirectory directory =
        AffiliationDirectory.of(
            AttributionPolicy.STACKALYTICS,
            Map.of(),
            List.of(Affiliation.of(Affiliation.Kind.DOMAIN, "example.com", "Example")));
    String address = "a@" + "x.".repeat(100_000) + "example.com";
    // Building every suffix would copy about 10^10 characters; the walk stops at the longest
    // domain the directory knows.
    assertThat(directory.attribute(address, JULY_19).employer()).isEqualTo("Example");
    assertThat(directory.attribute("a@" + "x.".repeat(100_000) + "org", JULY_19).basis())
        .isEqualTo(Attribution.Basis.UNKNOWN);
  }

  @Test
  void affiliationsRoundTripThroughJson() {
    Affiliation rule =
        Affiliation.builder()
            .kind(Affiliation.Kind.ADDRESS)
            .key("someone@gmail.com")
            .organization("Rackspace")
            .until(LocalDate.of(2012, 7, 20))
            .origin("email-map:3")
            .build();
    String json = dev.stackholder.core.json.StackholderJson.write(rule);
    assertThat(json).contains("\"until\":\"2012-07-20\"");
    assertThat(dev.stackholder.core.json.StackholderJson.read(json, Affiliation.class))
        .isEqualTo(rule);
    for (Affiliation each : GitFolsom.config().affiliations()) {
      assertThat(
              dev.stackholder.core.json.StackholderJson.read(
                  dev.stackholder.core.json.StackholderJson.write(each), Affiliation.class))
          .isEqualTo(each);
    }
  }
}
