package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.contribution.GitFolsom;
import dev.stackholder.core.InvalidDataException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GitLogReaderTest {
  private static final String LOG =
      String.join(
          "\n",
          "commit 1111111111111111111111111111111111111111 (HEAD -> master)",
          "Merge: abc1234 def5678",
          "Author: \"Some One\" <Some.One@Example.COM>",
          "Date:   Thu Sep 6 09:05:03 2012 -0700",
          "",
          "    Merge \"something\"",
          "",
          "commit 2222222222222222222222222222222222222222",
          "Author: Dev a <ua@sina.com>",
          "Date:   Sun Sep 30 23:59:59 2012 -0400",
          "",
          "    Fix it",
          "    ",
          "    Signed-off-by: Dev b <ub@redhat.com>",
          "    signed-off-by: Dev c <uc@redhat.com>",
          "    Co-authored-by: Dev d <ud@ibm.com>",
          "    Reviewed-by: nobody",
          "    Change-Id: I123",
          "",
          "10\t2\tnova/a.py",
          "-\t-\tdoc/logo.png",
          "0\t0\tnova/{old => new}/b.py",
          "3\t4\tx.py => y.py",
          "1\t0\t{ => tests}/c.py",
          "",
          "commit 3333333333333333333333333333333333333333",
          "Author: Dev e <ue@hp.com>",
          "Date:   Mon Oct 1 00:00:00 2012 +0530",
          "",
          "    Short",
          "",
          " 3 files changed, 12 insertions(+), 1 deletion(-)",
          "");

  private static List<GitCommit> read(String text) {
    List<GitCommit> commits = new ArrayList<>();
    GitLogReader.of(new StringReader(text), "test.log").forEachRemaining(commits::add);
    return commits;
  }

  @Test
  void readsMergesNumstatRenamesBinariesTrailersAndShortstat() {
    List<GitCommit> commits = read(LOG);
    assertThat(commits).hasSize(3);
    GitCommit merge = commits.get(0);
    assertThat(merge.merge()).isTrue();
    assertThat(merge.parents()).containsExactly("abc1234", "def5678");
    assertThat(merge.authorName()).isEqualTo("Some One");
    assertThat(merge.authorAddress()).isEqualTo("Some.One@Example.COM");

    GitCommit commit = commits.get(1);
    assertThat(commit.merge()).isFalse();
    assertThat(commit.authorDate())
        .isEqualTo(OffsetDateTime.of(2012, 9, 30, 23, 59, 59, 0, ZoneOffset.ofHours(-4)));
    assertThat(commit.date()).hasToString("2012-09-30"); // the author's day, not UTC's
    assertThat(commit.linesAdded()).isEqualTo(14);
    assertThat(commit.linesRemoved()).isEqualTo(6);
    assertThat(commit.linesChanged()).isEqualTo(14);
    assertThat(commit.files())
        .containsExactly(
            FileChange.of(10, 2, "nova/a.py"),
            FileChange.binary("doc/logo.png"),
            FileChange.parsed(0, 0, false, "nova/new/b.py", "nova/old/b.py"),
            FileChange.parsed(3, 4, false, "y.py", "x.py"),
            FileChange.parsed(1, 0, false, "tests/c.py", "c.py"));
    assertThat(commit.trailers())
        .extracting(Trailer::toString)
        .containsExactly(
            "Signed-off-by: Dev b <ub@redhat.com>",
            "signed-off-by: Dev c <uc@redhat.com>",
            "Co-authored-by: Dev d <ud@ibm.com>");
    assertThat(commit.trailers())
        .extracting(Trailer::gitdmRecognises)
        .containsExactly(true, false, false);
    assertThat(commit.trailers()).extracting(Trailer::coAuthor).containsExactly(false, false, true);

    GitCommit shortstat = commits.get(2);
    assertThat(shortstat.files()).isEmpty();
    assertThat(shortstat.filesChanged()).isEqualTo(3);
    assertThat(shortstat.linesAdded()).isEqualTo(12);
    assertThat(shortstat.linesRemoved()).isEqualTo(1);
  }

  @Test
  void malformedInputNamesFileAndLine() {
    assertThatThrownBy(() -> read("hello\ncommit 1\n"))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.location()).contains("test.log:1"))
        .hasMessageContaining("expected 'commit <id>', found 'hello'");
    assertThatThrownBy(() -> read("commit 1\nAuthor: A <a@b.c>\nDate:   someday\n"))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.location()).contains("test.log:3"));
    assertThatThrownBy(() -> read("commit 1\nDate:   Mon Oct 1 00:00:00 2012 +0000\n\n"))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.location()).contains("test.log:1"))
        .hasMessageContaining("no 'Author:' line");
    String badCount =
        "commit 1\nAuthor: A <a@b.c>\nDate:   Mon Oct 1 00:00:00 2012 +0000\n\n"
            + "    msg\n\n1x\t2\tpath\n";
    assertThatThrownBy(() -> read(badCount))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.location()).contains("test.log:7"));
    // An author line gitdm cannot read is its unknown hacker, not an error (see below); a commit
    // without a date still is one.
    assertThatThrownBy(() -> read("commit 1\nAuthor: A a@b.c\n"))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.location()).contains("test.log:1"))
        .hasMessageContaining("no 'Date:' line");
  }

  @Test
  void readsTheFolsomLogs() {
    int commits = 0;
    long added = 0;
    for (String project : GitFolsom.PROJECTS) {
      for (GitCommit commit : GitLogReader.readAll(GitFolsom.log(project))) {
        commits++;
        added += commit.linesAdded();
        assertThat(commit.merge()).isFalse();
      }
    }
    // Figures of the data's README (and of gitdm's summary line for all seven projects).
    assertThat(commits).isEqualTo(3110);
    assertThat(added).isEqualTo(350_046);
  }

  private static Gen<GitCommit> commits() {
    Gen<FileChange> files =
        integers()
            .between(-1, 500)
            .zip(
                integers().between(0, 500),
                integers().between(0, 3),
                (added, removed, kind) ->
                    added < 0
                        ? FileChange.binary("bin/f" + removed)
                        : kind == 0
                            ? FileChange.parsed(added, removed, false, "dir/new" + kind, "dir/old")
                            : FileChange.of(added, removed, "src/file" + kind + ".py"));
    Gen<OffsetDateTime> dates =
        integers()
            .between(0, 2_000_000_000)
            .zip(
                integers().between(-12 * 4, 14 * 4),
                (seconds, quarters) ->
                    OffsetDateTime.ofInstant(
                        java.time.Instant.ofEpochSecond(seconds),
                        ZoneOffset.ofTotalSeconds(quarters * 900)));
    return lists()
        .of(files)
        .ofSizeBetween(0, 6)
        .zip(
            dates,
            integers().between(0, 99999),
            (changes, date, n) ->
                GitCommit.of(
                    String.format(Locale.ROOT, "%040x", n),
                    List.of(),
                    "Dev " + n,
                    "u" + n + "@example.com",
                    date,
                    changes,
                    n % 3 == 0
                        ? List.of(Trailer.of("Co-authored-by", "Dev x", "x@y.org"))
                        : List.of()));
  }

  private static String format(List<GitCommit> commits) {
    StringBuilder text = new StringBuilder();
    java.time.format.DateTimeFormatter git =
        java.time.format.DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy Z", Locale.ROOT);
    for (GitCommit commit : commits) {
      text.append("commit ")
          .append(commit.id())
          .append('\n')
          .append("Author: ")
          .append(commit.authorName())
          .append(" <")
          .append(commit.authorAddress())
          .append(">\n")
          .append("Date:   ")
          .append(git.format(commit.authorDate()))
          .append("\n\n")
          .append("    message\n");
      for (Trailer trailer : commit.trailers()) {
        text.append("    ").append(trailer).append('\n');
      }
      text.append('\n');
      for (FileChange file : commit.files()) {
        text.append(file.binary() ? "-\t-\t" : file.added() + "\t" + file.removed() + "\t")
            .append(file.previousPath().map(old -> old + " => ").orElse(""))
            .append(file.path())
            .append('\n');
      }
      text.append('\n');
    }
    return text.toString();
  }

  @Test
  void readsBackWhatGitWouldPrint() {
    qt().withExamples(300)
        .forAll(lists().of(commits()).ofSizeBetween(0, 8))
        .checkAssert(commits -> assertThat(read(format(commits))).isEqualTo(commits));
  }

  @Test
  void commitsOfOneAuthorShareTheirRepeatedValues() {
    String commit =
        "Author: \"Dev a\" <ua@sina.com>\nDate:   Sun Sep 30 23:59:59 2012 -0400\n\n"
            + "    Fix it\n    Signed-off-by: Dev b <ub@redhat.com>\n\n1\t2\tnova/a.py\n\n";
    List<GitCommit> commits = read("commit 1\n" + commit + "commit 2\n" + commit);
    assertThat(commits.get(1)).isNotEqualTo(commits.get(0));
    assertThat(commits.get(1).authorAddress()).isSameAs(commits.get(0).authorAddress());
    assertThat(commits.get(1).authorName())
        .isEqualTo("Dev a")
        .isSameAs(commits.get(0).authorName());
    assertThat(commits.get(1).date()).isSameAs(commits.get(0).date());
    assertThat(commits.get(1).trailers()).isSameAs(commits.get(0).trailers());
  }

  /**
   * Many commits whose names, addresses, trailers and days repeat and collide in the reader's
   * tables of shared values: each still reads back as written.
   */
  @Test
  void sharedValuesNeverMixUpCommits() {
    Gen<GitCommit> repeating =
        integers()
            .between(0, 20_000)
            .zip(
                integers().between(0, 5000),
                integers().between(0, 3),
                (n, day, trailers) ->
                    GitCommit.of(
                        String.format(Locale.ROOT, "%040x", n),
                        List.of(),
                        "Dev " + (n % 5000),
                        "u" + (n % 7000) + "@example" + (n % 3) + ".com",
                        OffsetDateTime.of(2010, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(n % 5 - 2))
                            .plusDays(day),
                        List.of(FileChange.of(n % 11, n % 13, "a.py")),
                        trailers == 0
                            ? List.of()
                            : trailers == 1
                                ? List.of(
                                    Trailer.of(
                                        "Signed-off-by",
                                        "Dev " + (n % 4000),
                                        "u" + (n % 4000) + "@example.com"))
                                : List.of(
                                    Trailer.of("Reviewed-by", "Dev x", "x@y.org"),
                                    Trailer.of(
                                        "Tested-by",
                                        "Dev " + (day % 9),
                                        "t" + (day % 9) + "@y.org"))));
    qt().withExamples(20)
        .forAll(lists().of(repeating).ofSizeBetween(500, 3000))
        .checkAssert(commits -> assertThat(read(format(commits))).isEqualTo(commits));
  }

  @Test
  void splitsOnSpacesAsStringSplitDoes() {
    Gen<String> texts =
        lists()
            .of(org.quicktheories.generators.Generate.pick(List.of("a", "bc", " ", "  ", "\t")))
            .ofSizeBetween(0, 8)
            .map(parts -> String.join("", parts));
    qt().withExamples(2000)
        .forAll(texts)
        .checkAssert(
            text ->
                assertThat(GitLogReader.splitSpaces(text))
                    .as("'%s'", text)
                    .containsExactly(text.split(" +")));
  }

  /** Lines that cross the reader's 64K chunk, CRLF endings, and lines of every length around it. */
  @Test
  void readsLinesWhereverTheChunkEnds() {
    StringBuilder log = new StringBuilder();
    List<String> subjects = new ArrayList<>();
    for (int i = 0; log.length() < 3 * 65536; i++) {
      String subject = "x".repeat(i * 37 % 5000);
      subjects.add(subject);
      String nl = i % 3 == 0 ? "\r\n" : "\n";
      log.append("commit ")
          .append(i)
          .append(nl)
          .append("Author: Dev ")
          .append(i % 7)
          .append(" <u")
          .append(i % 7)
          .append("@e.org>")
          .append(nl)
          .append("Date:   Mon Oct 1 00:00:00 2012 +0000")
          .append(nl)
          .append(nl)
          .append("    ")
          .append(subject)
          .append(nl)
          .append("    Signed-off-by: Dev ")
          .append(i % 5)
          .append(" <s@e.org>")
          .append(nl)
          .append(nl)
          .append(i % 10)
          .append("\t1\tf.py")
          .append(nl)
          .append(nl);
    }
    List<GitCommit> commits = read(log.toString());
    assertThat(commits).hasSize(subjects.size());
    for (int i = 0; i < commits.size(); i++) {
      assertThat(commits.get(i).id()).isEqualTo(String.valueOf(i));
      assertThat(commits.get(i).authorName()).isEqualTo("Dev " + (i % 7));
      assertThat(commits.get(i).linesAdded()).isEqualTo(i % 10);
      assertThat(commits.get(i).trailers())
          .extracting(Trailer::name)
          .containsExactly("Dev " + (i % 5));
    }
  }

  @Test
  void anUnreadableAuthorIsGitdmsUnknownHackerAndSaidSo() {
    String log =
        "commit 1111111111111111111111111111111111111111\n"
            + "Author: Nobody <>\nDate:   Tue Sep 25 19:04:50 2012 +0000\n\n    empty address\n\n"
            + "3\t1\ta.py\n\n"
            + "commit 2222222222222222222222222222222222222222\n"
            + "Author: Ann <ann@redhat.com>\nDate:   Tue Sep 25 19:04:50 2012 +0000\n\n    fine\n\n"
            + "1\t1\tb.py\n\n"
            + "commit 3333333333333333333333333333333333333333\n"
            + "Author: no address at all\nDate:   Tue Sep 25 19:04:50 2012 +0000\n\n    x\n\n"
            + "2\t0\tc.py\n";
    List<GitCommit> commits = read(log);
    assertThat(commits)
        .extracting(GitCommit::authorName, GitCommit::authorAddress, GitCommit::authorUnreadable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Unknown hacker", "unknown@hacker.net", true),
            org.assertj.core.groups.Tuple.tuple("Ann", "ann@redhat.com", false),
            org.assertj.core.groups.Tuple.tuple("Unknown hacker", "unknown@hacker.net", true));
    assertThat(commits.get(0).linesAdded()).isEqualTo(3);

    dev.stackholder.contribution.ContributionStatistics statistics =
        dev.stackholder.contribution.ContributionStatistics.of(
                "folsom",
                dev.stackholder.contribution.AffiliationDirectory.of(
                    dev.stackholder.contribution.AttributionPolicy.GITDM,
                    java.util.Map.of(),
                    List.of(
                        dev.stackholder.contribution.Affiliation.of(
                            dev.stackholder.contribution.Affiliation.Kind.DOMAIN,
                            "redhat.com",
                            "Red Hat"))))
            .addAll("neutron", commits);
    assertThat(
            statistics.table("neutron", dev.stackholder.contribution.Metric.CHANGESETS).entries())
        .extracting(e -> e.employer() + " " + e.value())
        .containsExactly("unknown@hacker.net 2", "Red Hat 1");
    assertThat(statistics.exclusions().unreadableAuthors()).isEqualTo(2);
  }
}
