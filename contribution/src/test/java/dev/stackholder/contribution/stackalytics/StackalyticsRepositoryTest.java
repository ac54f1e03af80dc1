package dev.stackholder.contribution.stackalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stackalytics' reading of a repository (issue 27 point 2): branches and tag ranges from {@code
 * default_data.json}'s {@code repos}, git run with Stackalytics' options, on a repository built for
 * it.
 */
class StackalyticsRepositoryTest {
  @TempDir Path tmp;

  private static final String DEFAULT_DATA =
      """
      {"users": [], "companies": [{"company_name": "Red Hat", "domains": ["redhat.com"]}],
       "releases": [{"release_name": "A", "end_date": "2030-Jan-01"},
                    {"release_name": "B", "end_date": "2031-Jan-01"},
                    {"release_name": "C", "end_date": "2032-Jan-01"}],
       "repos": [{"module": "demo", "uri": "https://example.org/demo.git", "releases": [
         {"release_name": "A", "tag_to": "v1"},
         {"release_name": "B", "tag_from": "v1", "tag_to": "v2"},
         {"release_name": "C", "tag_from": "v2", "tag_to": "HEAD", "branch": "stable/c"},
         {"release_name": "D", "tag_from": "v2", "tag_to": "no-such-tag"}]}]}
      """;

  @Test
  void branchesAndRangesComeFromTheDefaultData() throws Exception {
    Path repo = tmp.resolve("demo");
    Files.createDirectories(repo);
    git(repo, "init", "-q", "-b", "master");
    String first = commit(repo, "one", "1\n");
    git(repo, "tag", "v1");
    String second = commit(repo, "two", "1\n2\n");
    git(repo, "tag", "v2");
    String onMaster = commit(repo, "three", "1\n2\n3\n");
    git(repo, "checkout", "-q", "-b", "stable/c", "v2");
    String backport = commit(repo, "four", "1\n2\nx\n");
    git(repo, "checkout", "-q", "master");
    Path file = tmp.resolve("default_data.json");
    Files.writeString(file, DEFAULT_DATA);
    StackalyticsProcessor p = StackalyticsProcessor.fromDefaultData(file);

    StackalyticsProcessor.Repository r = p.readRepository(repo, "demo");

    assertThat(r.commits())
        .extracting(StackalyticsCommit::commitId)
        .containsExactlyInAnyOrder(first, second, onMaster, backport);
    assertThat(r.index().findRelease(first)).contains("a");
    assertThat(r.index().findRelease(second)).contains("b");
    assertThat(r.index().findRelease(backport)).contains("c");
    assertThat(r.index().findRelease(onMaster)).isEmpty();
    assertThat(r.index().unreadRanges()).containsExactly("d v2..no-such-tag");
    assertThat(r.commits())
        .allSatisfy(c -> assertThat(c.authorEmail()).isEqualTo("ann@redhat.com"));
    assertThatThrownBy(() -> p.readRepository(repo, "nova"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nova")
        .hasMessageContaining("demo");
  }

  /**
   * The one pipeline with Stackalytics' processor: {@code addRepositories} reads the clone as
   * Stackalytics did and counts by its rules. Commit two, in B's tag range, has a co-author: both
   * of its records are placed by date (in A, whose end date is after them), and the co-author at an
   * unknown domain is {@code *independent}.
   */
  @Test
  void addRepositoriesUnderTheStackalyticsPolicyUsesStackalyticsRules() throws Exception {
    Path repo = tmp.resolve("demo");
    Files.createDirectories(repo);
    git(repo, "init", "-q", "-b", "master");
    commit(repo, "one", "1\n");
    git(repo, "tag", "v1");
    Files.writeString(repo.resolve("f.txt"), "1\n2\n");
    git(repo, "add", "f.txt");
    git(
        repo,
        "-c",
        "user.name=Ann",
        "-c",
        "user.email=ann@redhat.com",
        "commit",
        "-q",
        "-m",
        "two",
        "-m",
        "Co-Authored-By: Bob <bob@example.org>");
    git(repo, "tag", "v2");
    Path file = tmp.resolve("default_data.json");
    Files.writeString(file, DEFAULT_DATA);
    StackalyticsProcessor p = StackalyticsProcessor.fromDefaultData(file);
    dev.stackholder.contribution.Attributor attributor =
        dev.stackholder.contribution.Attributor.of(StackalyticsDefaultData.read(file).directory())
            .withStackalytics(p, StackalyticsCorrections.none());

    dev.stackholder.contribution.ContributionStatistics viaRepositories =
        dev.stackholder.contribution.ContributionStatistics.of("a", attributor)
            .addRepositories(
                java.util.Map.of("demo", dev.stackholder.contribution.git.GitRepository.at(repo)),
                1);
    dev.stackholder.contribution.ContributionStatistics direct =
        dev.stackholder.contribution.ContributionStatistics.of("a", attributor)
            .addStackalytics(
                p, List.of(p.readRepository(repo, "demo")), StackalyticsCorrections.none());

    for (dev.stackholder.contribution.Metric m :
        List.of(
            dev.stackholder.contribution.Metric.CHANGESETS,
            dev.stackholder.contribution.Metric.LOC)) {
      assertThat(viaRepositories.table("demo", m)).isEqualTo(direct.table("demo", m));
    }
    assertThat(
            viaRepositories.table("demo", dev.stackholder.contribution.Metric.CHANGESETS).entries())
        .extracting(e -> e.employer() + "=" + e.value())
        .containsExactly("Red Hat=2", "*independent=1");
    assertThatThrownBy(
            () ->
                dev.stackholder.contribution.ContributionStatistics.of("a", attributor)
                    .addRepositories(
                        java.util.Map.of(
                            "nova", dev.stackholder.contribution.git.GitRepository.at(repo)),
                        1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nova");
  }

  private static String commit(Path repo, String name, String content) throws Exception {
    Files.writeString(repo.resolve("f.txt"), content);
    git(repo, "add", "f.txt");
    git(repo, "-c", "user.name=Ann", "-c", "user.email=ann@redhat.com", "commit", "-q", "-m", name);
    return git(repo, "rev-parse", "HEAD").strip();
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
