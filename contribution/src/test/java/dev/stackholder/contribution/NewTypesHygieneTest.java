package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.stackholder.contribution.git.FileChange;
import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogReader;
import dev.stackholder.contribution.git.Trailer;
import dev.stackholder.contribution.gitdm.GitdmConfig;
import dev.stackholder.contribution.stackalytics.StackalyticsDefaultData;
import dev.stackholder.core.json.StackholderJson;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hygiene of the readers and types added after the first hostile-input work: no public method
 * accepts null, the new value types are equal by value, and contribution's public JSON types
 * round-trip for 10,000 generated values each (equal objects, the same JSON, share scale kept,
 * Unicode names, dates).
 */
class NewTypesHygieneTest {
  @Test
  void noPublicMethodOfTheNewReadersAcceptsNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, LocalDate.of(2012, 9, 27))
            .setDefault(String.class, "folsom")
            .setDefault(Path.class, GitFolsom.log("keystone"))
            .setDefault(AttributionPolicy.class, AttributionPolicy.GITDM)
            .setDefault(Affiliation.Kind.class, Affiliation.Kind.DOMAIN)
            .setDefault(java.io.Reader.class, new StringReader(""))
            .setDefault(
                RankedTable.class,
                Ranking.of(TieMode.COMPETITION)
                    .rank(
                        dev.stackholder.contribution.gitdm.GitdmReports.builtIn()
                            .table("folsom", "nova", Metric.CHANGESETS)));
    for (Class<?> type :
        List.of(
            GitLogReader.class,
            GitdmConfig.class,
            StackalyticsDefaultData.class,
            Affiliation.class,
            AffiliationDirectory.class,
            RevisionRange.class,
            Trailer.class,
            FileChange.class,
            GitCommit.class,
            RankingChange.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    GitdmConfig config = GitFolsom.config();
    tester.testAllPublicInstanceMethods(config);
    tester.testAllPublicInstanceMethods(config.directory());
    tester.testAllPublicInstanceMethods(
        Affiliation.of(Affiliation.Kind.DOMAIN, "sina.com", "SINA"));
  }

  @Test
  void newValueTypesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Affiliation.of(Affiliation.Kind.DOMAIN, "sina.com", "SINA"),
            Affiliation.builder()
                .kind(Affiliation.Kind.DOMAIN)
                .key("sina.com")
                .organization("SINA")
                .build())
        .addEqualityGroup(
            Affiliation.builder()
                .kind(Affiliation.Kind.DOMAIN)
                .key("sina.com")
                .organization("SINA")
                .until(LocalDate.of(2012, 7, 20))
                .build())
        .addEqualityGroup(Affiliation.of(Affiliation.Kind.ADDRESS, "a@sina.com", "SINA"))
        .addEqualityGroup(
            RevisionRange.of("folsom", "nova", "2012.1..folsom-rc3", List.of("706502a")),
            RevisionRange.of("folsom", "nova", "2012.1..folsom-rc3", List.of("706502a")))
        .addEqualityGroup(RevisionRange.of("folsom", "nova", "2012.1..folsom-rc3", List.of()))
        .addEqualityGroup(
            Trailer.of("Signed-off-by", "A", "a@b"), Trailer.of("Signed-off-by", "A", "a@b"))
        .addEqualityGroup(Trailer.of("Reviewed-by", "A", "a@b"))
        .addEqualityGroup(FileChange.of(1, 2, "nova/api.py"), FileChange.of(1, 2, "nova/api.py"))
        .addEqualityGroup(FileChange.binary("nova/api.py"))
        .testEquals();
    // Two configurations read from the same files give equal rules.
    assertThat(GitFolsom.config().affiliations()).isEqualTo(GitFolsom.config().affiliations());
  }

  private static Gen<Release> releases() {
    return Generate.pick(List.of("essex", "folsom", "grizzly", "a", "x-1"))
        .zip(
            integers()
                .between(
                    0,
                    (int)
                        (LocalDate.of(9999, 12, 31).toEpochDay()
                            - LocalDate.of(1000, 1, 1).toEpochDay())),
            (name, day) -> Release.of(name, LocalDate.of(1000, 1, 1).plusDays(day)));
  }

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().withExamples(10_000)
        .forAll(values)
        .checkAssert(
            value -> {
              String json = StackholderJson.write(value);
              T read = StackholderJson.read(json, type);
              assertThat(read).isEqualTo(value);
              assertThat(StackholderJson.write(read)).isEqualTo(json);
            });
  }

  @Test
  void contributionTablesRoundTripWithTheirScale() {
    qt().withExamples(10_000)
        .forAll(Generators.tables())
        .checkAssert(
            table -> {
              String json = StackholderJson.write(table);
              ContributionTable read = StackholderJson.read(json, ContributionTable.class);
              assertThat(read).isEqualTo(table);
              assertThat(StackholderJson.write(read)).isEqualTo(json);
              for (int i = 0; i < table.entries().size(); i++) {
                assertThat(read.entries().get(i).share().scale())
                    .isEqualTo(table.entries().get(i).share().scale());
              }
            });
  }

  @Test
  void contributionRecordsRoundTrip() {
    roundTrips(Generators.records(), ContributionRecord.class);
  }

  @Test
  void releasesRoundTripOverTheWholeDateRange() {
    roundTrips(releases(), Release.class);
  }
}
