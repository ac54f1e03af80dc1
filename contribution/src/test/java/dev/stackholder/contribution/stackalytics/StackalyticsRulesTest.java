package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each Stackalytics rule on a small history built for it. */
class StackalyticsRulesTest {
  @TempDir Path tmp;

  private static final String DEFAULT_DATA =
      """
      {"users": [
        {"user_name": "Robot", "emails": ["bot@example.org"],
         "companies": [{"company_name": "*robots", "end_date": null}]},
        {"user_name": "Ind", "emails": ["ind@gmail.com", "ind@redhat.com"],
         "companies": [{"company_name": "*independent", "end_date": null}]},
        {"user_name": "Ended", "emails": ["ended@gmail.com"],
         "companies": [{"company_name": "Rackspace", "end_date": "2013-Jan-01"}]},
        {"user_name": "Two", "emails": ["two@gmail.com"],
         "companies": [{"company_name": "IBM", "end_date": null},
                       {"company_name": "HP", "end_date": null}]},
        {"user_name": "Moved", "emails": ["moved@gmail.com"],
         "companies": [{"company_name": "HP", "end_date": null},
                       {"company_name": "IBM", "end_date": "2013-Jan-01"}]},
        {"user_name": "Caps", "emails": ["Caps@gmail.com"],
         "companies": [{"company_name": "IBM", "end_date": null}]}
       ],
       "companies": [
        {"company_name": "Red Hat", "domains": ["redhat.com"]},
        {"company_name": "IBM", "domains": ["ibm.com"]},
        {"company_name": "IBM Research", "domains": ["research.ibm.com"]},
        {"company_name": "Rackspace", "domains": ["rackspace.com"]}
       ],
       "releases": [
        {"release_name": "Folsom", "end_date": "2012-Sep-27"},
        {"release_name": "Grizzly", "end_date": "2013-Apr-04"},
        {"release_name": "Havana", "end_date": "2013-Oct-17"}
       ]}
      """;

  private static final long FOLSOM_END = day(2012, 9, 27);
  private static final long IN_GRIZZLY = day(2012, 12, 1);
  private static final long IN_HAVANA = day(2013, 6, 1);

  private static long day(int y, int m, int d) {
    return LocalDate.of(y, m, d).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  private static String commit(
      String id, long date, String email, String subject, String message, String stat) {
    return "commit_id:"
        + id
        + "\ndate:"
        + date
        + "\nauthor_name:Someone\nauthor_email:"
        + email
        + "\nsubject:"
        + subject
        + "\nmessage:"
        + message
        + "\ndiff_stat:\n\n"
        + stat
        + "\n";
  }

  private static String id(int n) {
    return String.format("%040x", n);
  }

  private StackalyticsProcessor processor() throws IOException {
    Path file = tmp.resolve("default_data.json");
    Files.writeString(file, DEFAULT_DATA);
    return StackalyticsProcessor.fromDefaultData(file);
  }

  private StackalyticsResult run(
      String log, StackalyticsReleaseIndex index, StackalyticsCorrections corrections)
      throws IOException {
    return processor()
        .process(
            List.of(
                new StackalyticsProcessor.Repository(
                    "nova", StackalyticsLog.read(log, "test.log"), index)),
            corrections);
  }

  private StackalyticsResult run(String log) throws IOException {
    return run(log, StackalyticsReleaseIndex.empty(), StackalyticsCorrections.none());
  }

  private static String company(StackalyticsResult r, String key) {
    return r.records().stream()
        .filter(x -> x.primaryKey().equals(key))
        .findFirst()
        .orElseThrow()
        .company();
  }

  @Test
  void shortstatVariantsAsVcsPyReadsThem() {
    String log =
        commit(
                id(1),
                IN_GRIZZLY,
                "a@ibm.com",
                "s",
                "m",
                " 2 files changed, 5 insertions(+), 4 deletions(-)")
            + commit(id(2), IN_GRIZZLY, "a@ibm.com", "s", "m", " 1 file changed, 3 deletions(-)")
            + commit(id(3), IN_GRIZZLY, "a@ibm.com", "s", "m", " 1 file changed, 7 insertions(+)")
            + "commit_id:"
            + id(4)
            + "\ndate:"
            + IN_GRIZZLY
            + "\nauthor_name:X\nauthor_email:a@ibm.com\nsubject:s\nmessage:m\ndiff_stat:\n";
    List<StackalyticsCommit> commits = StackalyticsLog.read(log, "t");
    assertThat(commits).extracting(StackalyticsCommit::linesAdded).containsExactly(5L, 0L, 7L, 0L);
    assertThat(commits)
        .extracting(StackalyticsCommit::linesDeleted)
        .containsExactly(4L, 3L, 0L, 0L);
  }

  @Test
  void authorAddressKeepsOnlySafeCharacters() {
    String log = commit(id(1), IN_GRIZZLY, "a b\u0101@ibm.com", "s", "m", "");
    assertThat(StackalyticsLog.read(log, "t").get(0).authorEmail()).isEqualTo("ab@ibm.com");
  }

  @Test
  void malformedRecordNamesTheLine() {
    String log =
        commit(id(1), IN_GRIZZLY, "a@ibm.com", "s", "m", "")
            + "commit_id:"
            + id(2)
            + "\ndate:soon\nauthor_name:X\nauthor_email:a@ibm.com\n"
            + "subject:s\nmessage:m\ndiff_stat:\n\n";
    assertThatThrownBy(() -> StackalyticsLog.read(log, "t.log"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("t.log:")
        .hasMessageContaining("soon");
  }

  @Test
  void coAuthorsEachGetTheFullLocAndArePlacedByDate() throws IOException {
    // The commit's own id is in Folsom's range, but it is dated in Grizzly.
    String msg =
        "Fix\n\nCo-Authored-By: Ann <ann@redhat.com>\nAlso-By: Bob <bob@ibm.com>\n"
            + "co-author: Ann <ann@redhat.com>\nCo-Authored-By: Dash <da-sh@ibm.com>\n";
    String log =
        commit(
                id(1),
                IN_GRIZZLY,
                "Auth@rackspace.com",
                "s",
                msg,
                " 1 file changed, 10 insertions(+), 5 deletions(-)")
            + commit(
                id(2),
                IN_GRIZZLY,
                "solo@rackspace.com",
                "s",
                "m",
                " 1 file changed, 1 insertion(+)");
    StackalyticsReleaseIndex index =
        StackalyticsReleaseIndex.of(Map.of("Folsom", List.of(id(1), id(2))));
    StackalyticsResult r = run(log, index, StackalyticsCorrections.none());
    assertThat(r.records())
        .extracting(StackalyticsRecord::primaryKey)
        .containsExactly(
            id(1) + "ann@redhat.com", id(1) + "bob@ibm.com", id(1) + "auth@rackspace.com", id(2));
    assertThat(r.records().subList(0, 3))
        .allSatisfy(
            x -> {
              assertThat(x.loc()).isEqualTo(15);
              assertThat(x.release()).isEqualTo("grizzly");
            });
    assertThat(r.records().get(3).release()).isEqualTo("folsom");
    assertThat(r.records())
        .extracting(StackalyticsRecord::company)
        .containsExactly("Red Hat", "IBM", "Rackspace", "Rackspace");
  }

  @Test
  void aHyphenAnywhereInTheLocalPartRejectsACoAuthor() {
    assertThat(StackalyticsLog.isValidEmail("da-sh@ibm.com")).isFalse();
    assertThat(StackalyticsLog.isValidEmail("dash-@ibm.com")).isFalse();
    assertThat(StackalyticsLog.isValidEmail("d.a+sh_1@ibm.com")).isTrue();
    assertThat(StackalyticsLog.isValidEmail("dash@localhost")).isFalse();
  }

  @Test
  void anAuthorWhoIsAlsoACoAuthorIsCreditedOnce() throws IOException {
    String log =
        commit(
            id(1),
            IN_GRIZZLY,
            "Ann@RedHat.com",
            "s",
            "x\nCo-Authored-By: Ann <ann@redhat.com>\n",
            " 1 file changed, 2 insertions(+)");
    assertThat(run(log).records())
        .extracting(StackalyticsRecord::primaryKey)
        .containsExactly(id(1) + "ann@redhat.com");
  }

  @Test
  void robotsAreDroppedUnlessCoAuthored() throws IOException {
    String log =
        commit(id(1), IN_GRIZZLY, "bot@example.org", "s", "m", "")
            + commit(
                id(2),
                IN_GRIZZLY,
                "bot@example.org",
                "s",
                "m\nCo-Authored-By: Ann <ann@redhat.com>\n",
                "");
    StackalyticsResult r = run(log);
    assertThat(r.robots()).containsExactly(id(1));
    assertThat(r.records())
        .extracting(StackalyticsRecord::company)
        .containsExactly("Red Hat", "*robots");
  }

  @Test
  void anIndependentUserTakesTheCompanyOfItsDomain() throws IOException {
    String log = commit(id(1), IN_GRIZZLY, "ind@gmail.com", "s", "m", "");
    assertThat(company(run(log), id(1))).isEqualTo("Red Hat");
  }

  @Test
  void afterTheLastEndDateAUserIsIndependent() throws IOException {
    String log =
        commit(id(1), IN_GRIZZLY, "ended@gmail.com", "s", "m", "")
            + commit(id(2), IN_HAVANA, "ended@gmail.com", "s", "m", "")
            + commit(id(3), IN_GRIZZLY, "moved@gmail.com", "s", "m", "")
            + commit(id(4), IN_HAVANA, "moved@gmail.com", "s", "m", "");
    StackalyticsResult r = run(log);
    assertThat(company(r, id(1))).isEqualTo("Rackspace");
    assertThat(company(r, id(2))).isEqualTo("*independent");
    assertThat(company(r, id(3))).isEqualTo("IBM");
    assertThat(company(r, id(4))).isEqualTo("HP");
  }

  @Test
  void ofTwoUndatedCompaniesTheLastWins() throws IOException {
    String log = commit(id(1), IN_GRIZZLY, "two@gmail.com", "s", "m", "");
    assertThat(company(run(log), id(1))).isEqualTo("HP");
  }

  @Test
  void aDefaultDataAddressWithACapitalNeverMatches() throws IOException {
    String log = commit(id(1), IN_GRIZZLY, "Caps@gmail.com", "s", "m", "");
    StackalyticsResult r = run(log);
    assertThat(r.records().get(0).email()).isEqualTo("caps@gmail.com");
    assertThat(company(r, id(1))).isEqualTo("*independent");
  }

  @Test
  void unknownAddressesGoByTheLongestDomainSuffix() throws IOException {
    StackalyticsProcessor p = processor();
    assertThat(p.companyByDomain("x@lab.research.ibm.com")).isEqualTo("IBM Research");
    assertThat(p.companyByDomain("x@lab.ibm.com")).isEqualTo("IBM");
    assertThat(p.companyByDomain("x@IBM.com")).isEqualTo("*independent");
    assertThat(p.companyByDomain("x@example.com")).isEqualTo("*independent");
  }

  @Test
  void submoduleUpdatesAndAddresslessCommitsAreSkipped() throws IOException {
    String log =
        commit(id(1), IN_GRIZZLY, "a@ibm.com", "Update git submodules", "m", "")
            + commit(id(2), IN_GRIZZLY, "", "s", "m", "")
            + commit(id(3), IN_GRIZZLY, "a@ibm.com", "Update git submodules.", "m", "");
    StackalyticsResult r = run(log);
    assertThat(r.skipped())
        .extracting(StackalyticsResult.Skipped::commitId)
        .containsExactly(id(1), id(2));
    assertThat(r.records()).extracting(StackalyticsRecord::commitId).containsExactly(id(3));
  }

  @Test
  void releaseByDateTakesTheFirstEndDateAfterIt() throws IOException {
    StackalyticsProcessor p = processor();
    assertThat(p.releaseByDate(Instant.ofEpochSecond(FOLSOM_END - 1))).isEqualTo("folsom");
    assertThat(p.releaseByDate(Instant.ofEpochSecond(FOLSOM_END))).isEqualTo("grizzly");
    assertThat(p.releaseByDate(Instant.ofEpochSecond(day(2020, 1, 1)))).isEqualTo("havana");
  }

  @Test
  void aLaterRangeWinsACommitInTwo() {
    java.util.Map<String, List<String>> ranges = new java.util.LinkedHashMap<>();
    ranges.put("Folsom", List.of(id(1)));
    ranges.put("Grizzly", List.of(id(1)));
    StackalyticsReleaseIndex index = StackalyticsReleaseIndex.of(ranges);
    assertThat(index.findRelease(id(1))).contains("grizzly");
  }

  @Test
  void correctionsChangeLocAndAreReported() throws IOException {
    Path file = tmp.resolve("corrections.json");
    Files.writeString(
        file,
        "{\"corrections\": [{\"primary_key\": \""
            + id(1)
            + "\", \"loc\": 0, \"correction_comment\": \"Reset LOC to 0\"},"
            + " {\"loc\": 5}, {\"primary_key\": \""
            + id(2)
            + "\", \"loc\": 3}]}");
    String log =
        commit(id(1), IN_GRIZZLY, "a@ibm.com", "s", "m", " 1 file changed, 100 deletions(-)")
            + commit(id(2), IN_GRIZZLY, "a@ibm.com", "s", "m", " 1 file changed, 3 insertions(+)");
    StackalyticsResult r =
        run(log, StackalyticsReleaseIndex.empty(), StackalyticsCorrections.read(file));
    assertThat(r.records()).extracting(StackalyticsRecord::loc).containsExactly(0L, 3L);
    assertThat(r.corrected()).extracting(StackalyticsRecord::commitId).containsExactly(id(1));
    assertThat(r.corrected().get(0).correction()).contains("Reset LOC to 0");
  }

  @Test
  void overflowingCountsAreInvalidDataNotArithmetic() throws IOException {
    String big = Long.toString(Long.MAX_VALUE);
    String log =
        commit(
            id(1),
            IN_GRIZZLY,
            "a@ibm.com",
            "s",
            "m",
            " 1 file changed, " + big + " insertions(+), 1 deletion(-)");
    assertThatThrownBy(() -> run(log))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining(id(1));
    String two =
        commit(
                id(1),
                IN_GRIZZLY,
                "a@ibm.com",
                "s",
                "m",
                " 1 file changed, " + big + " insertions(+)")
            + commit(id(2), IN_GRIZZLY, "a@ibm.com", "s", "m", " 1 file changed, 1 insertion(+)");
    StackalyticsResult r = run(two);
    assertThatThrownBy(
            () ->
                StackalyticsDashboard.companies(
                    r.records(), "nova", "grizzly", StackalyticsMetric.LOC))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("IBM");
    Path file = tmp.resolve("c.json");
    Files.writeString(file, "{\"corrections\": [{\"primary_key\": \"x\", \"loc\": 1e30}]}");
    assertThatThrownBy(() -> StackalyticsCorrections.read(file))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("loc");
  }

  @Test
  void hostileLongLinesAreReadNotRetriedForEver() {
    String longName = "x".repeat(200_000);
    String log =
        commit(
                id(1),
                IN_GRIZZLY,
                "a@ibm.com",
                "s",
                "Co-Authored-By: "
                    + longName
                    + "\nCo-Authored-By: "
                    + longName
                    + "@"
                    + longName
                    + "\nAlso-By: Ann <ann@redhat.com>\n",
                " 1 file changed, 2 insertions(+)")
            + "commit_id:"
            + id(2)
            + "\ndate:"
            + IN_GRIZZLY
            + "\nauthor_name:X\nauthor_email:a@ibm.com\nsubject:s\nmessage:m\ndiff_stat:"
            + " files".repeat(50_000)
            + "\n";
    List<StackalyticsCommit> commits = StackalyticsLog.read(log, "t");
    assertThat(commits.get(0).coAuthors())
        .containsExactly(new StackalyticsCommit.CoAuthor("Ann", "ann@redhat.com"));
    assertThat(commits.get(0).linesAdded()).isEqualTo(2);
    assertThat(commits.get(1).linesAdded()).isZero();
  }

  @Test
  void dashboardLeavesIndependentUnnumberedAndZeroesOut() throws IOException {
    String log =
        commit(id(1), IN_GRIZZLY, "x@gmail.com", "s", "m", " 1 file changed, 9 insertions(+)")
            + commit(id(2), IN_GRIZZLY, "y@gmail.com", "s", "m", " 1 file changed, 9 insertions(+)")
            + commit(id(3), IN_GRIZZLY, "a@ibm.com", "s", "m", " 1 file changed, 1 insertion(+)")
            + commit(id(4), IN_GRIZZLY, "b@redhat.com", "s", "m", " 1 file changed, 1 insertion(+)")
            + commit(id(5), IN_GRIZZLY, "c@rackspace.com", "s", "m", "");
    StackalyticsResult r = run(log);
    List<StackalyticsDashboard.Row> commits =
        StackalyticsDashboard.companies(r.records(), "Nova", "Grizzly", StackalyticsMetric.COMMITS);
    assertThat(commits)
        .containsExactly(
            new StackalyticsDashboard.Row("*independent", 2, OptionalInt.empty()),
            new StackalyticsDashboard.Row("IBM", 1, OptionalInt.of(1)),
            new StackalyticsDashboard.Row("Rackspace", 1, OptionalInt.of(2)),
            new StackalyticsDashboard.Row("Red Hat", 1, OptionalInt.of(3)));
    List<StackalyticsDashboard.Row> loc =
        StackalyticsDashboard.companies(r.records(), "nova", "all", StackalyticsMetric.LOC);
    assertThat(loc)
        .extracting(StackalyticsDashboard.Row::company)
        .containsExactly("*independent", "IBM", "Red Hat");
    assertThat(loc.get(0).value()).isEqualTo(18);
  }

  @Test
  void stackalyticsGitArgumentsOnARealRepository() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    git(repo, "init", "-q");
    Files.writeString(repo.resolve("a.txt"), "1\n2\n3\n");
    git(repo, "add", "a.txt");
    git(
        repo,
        "-c",
        "user.name=Ann",
        "-c",
        "user.email=ann@redhat.com",
        "commit",
        "-q",
        "-m",
        "First\n\nCo-Authored-By: Bob <bob@ibm.com>");
    Files.writeString(repo.resolve("a.txt"), "1\n3\n4\n");
    Files.writeString(repo.resolve(".mailmap"), "Other <other@ibm.com> <ann@redhat.com>\n");
    git(repo, "add", "a.txt", ".mailmap");
    git(
        repo,
        "-c",
        "user.name=Ann",
        "-c",
        "user.email=ann@redhat.com",
        "commit",
        "-q",
        "-m",
        "Second");
    List<String> args = new ArrayList<>(StackalyticsLog.GIT_LOG_ARGUMENTS);
    args.add("HEAD");
    String text = git(repo, args.toArray(String[]::new));
    List<StackalyticsCommit> commits = StackalyticsLog.read(text, "git");
    assertThat(commits)
        .extracting(StackalyticsCommit::authorEmail)
        .containsExactly("ann@redhat.com", "ann@redhat.com");
    assertThat(commits.get(0).linesAdded()).isEqualTo(2);
    assertThat(commits.get(0).linesDeleted()).isEqualTo(1);
    assertThat(commits.get(1).linesAdded()).isEqualTo(3);
    assertThat(commits.get(1).coAuthors())
        .containsExactly(new StackalyticsCommit.CoAuthor("Bob", "bob@ibm.com"));
  }

  private static String git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
