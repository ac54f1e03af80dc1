package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.Attributor;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.ReleaseScope;
import dev.stackholder.contribution.RevisionRange;
import dev.stackholder.core.NotFoundException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel multi-repository path gives the tables the per-log path gives: the same logs,
 * written to files by the documented command and added one after another.
 */
class ParallelRepositoriesTest {
  private static final List<String> AUTHORS =
      List.of(
          "Ann Dev <ann@redhat.com>",
          "Bob Dev <bob@canonical.com>",
          "Cy Dev <cy@gmail.com>",
          "Ann Dev <ann@gmail.com>",
          "OpenStack Jenkins <jenkins@openstack.org>",
          "Dee Dev <dee@mail.redhat.com>");
  private static final AffiliationDirectory DIRECTORY =
      AffiliationDirectory.of(
          AttributionPolicy.GITDM,
          Map.of(),
          List.of(
              Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat"),
              Affiliation.of(Affiliation.Kind.DOMAIN, "canonical.com", "Canonical"),
              Affiliation.builder()
                  .kind(Affiliation.Kind.ADDRESS)
                  .key("cy@gmail.com")
                  .organization("Nebula")
                  .until(java.time.LocalDate.of(2012, 7, 1))
                  .build()));

  @TempDir static Path dir;
  static Map<String, GitRepository> repositories = new LinkedHashMap<>();

  /**
   * Three repositories made with git fast-import: nova with more commits than a reader's queue
   * holds (so the bounded queue fills and blocks), glance and swift small, one with a .mailmap the
   * default reading ignores.
   */
  @BeforeAll
  static void build() throws Exception {
    assumeTrue(GitRepositoryTest.gitAvailable(), "git is not installed");
    repositories.put("nova", repository("nova", 5000, 1));
    repositories.put("glance", repository("glance", 300, 2));
    repositories.put("swift", repository("swift", 40, 3));
  }

  private static GitRepository repository(String name, int commits, int seed) throws Exception {
    Path repo = Files.createDirectories(dir.resolve(name));
    GitRepositoryTest.git(repo, Map.of(), "init", "-q");
    StringBuilder stream = new StringBuilder();
    long time = 1333584000L; // 2012-04-05
    java.util.Random random = new java.util.Random(seed);
    for (int i = 1; i <= commits; i++) {
      String author = AUTHORS.get(random.nextInt(AUTHORS.size()));
      time += 1000 + random.nextInt(2000);
      stream
          .append("commit refs/heads/main\nmark :")
          .append(i)
          .append('\n')
          .append("author ")
          .append(author)
          .append(' ')
          .append(time)
          .append(" +0200\n")
          .append("committer ")
          .append(author)
          .append(' ')
          .append(time)
          .append(" +0200\n");
      String message =
          "change "
              + i
              + (random.nextInt(10) == 0 ? "\n\nCo-authored-by: Bob Dev <bob@canonical.com>" : "");
      stream
          .append("data ")
          .append(message.getBytes(StandardCharsets.UTF_8).length)
          .append('\n')
          .append(message)
          .append('\n');
      if (i > 1) {
        stream.append("from :").append(i - 1).append('\n');
      }
      StringBuilder content = new StringBuilder();
      for (int line = 0; line <= random.nextInt(5); line++) {
        content.append(name).append(' ').append(i).append(' ').append(line).append('\n');
      }
      if (i == 1) {
        String mailmap = "Bob Dev <bob@redhat.com> <bob@canonical.com>\n";
        stream
            .append("M 644 inline .mailmap\ndata ")
            .append(mailmap.length())
            .append('\n')
            .append(mailmap)
            .append('\n');
      }
      stream
          .append("M 644 inline f")
          .append(i % 7)
          .append(".txt\ndata ")
          .append(content.toString().getBytes(StandardCharsets.UTF_8).length)
          .append('\n')
          .append(content)
          .append('\n');
      if (i == commits / 2) {
        stream.append("\nreset refs/tags/start\nfrom :").append(i).append("\n\n");
      }
    }
    Process process =
        new ProcessBuilder("git", "fast-import", "--quiet")
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stream.toString().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor()).isZero();
    GitRepositoryTest.git(repo, Map.of(), "config", "log.mailmap", "true");
    return GitRepository.at(repo);
  }

  private static Attributor attributor() {
    // glance by range (its second half), nova and swift whole
    return Attributor.of(DIRECTORY)
        .withScope(
            ReleaseScope.ofRanges(
                List.of(RevisionRange.of("folsom", "glance", "start..main", List.of()))));
  }

  private static ContributionStatistics perLog() throws Exception {
    ContributionStatistics statistics = ContributionStatistics.of("folsom", attributor());
    for (Map.Entry<String, GitRepository> entry : repositories.entrySet()) {
      Optional<String> range =
          attributor().scope().findRange(entry.getKey()).map(RevisionRange::range);
      Path log = dir.resolve(entry.getKey() + ".log");
      Process git =
          new ProcessBuilder(
                  GitRepository.logCommand("git", range, GitRepository.MailmapUse.IGNORE))
              .directory(entry.getValue().directory().toFile())
              .redirectOutput(log.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertThat(git.waitFor()).isZero();
      statistics.addLog(entry.getKey(), log);
    }
    return statistics;
  }

  @Test
  void theParallelPathGivesThePerLogTables() throws Exception {
    ContributionStatistics expected = perLog();
    for (int threads : new int[] {1, 2, 3}) {
      ContributionStatistics parallel =
          ContributionStatistics.of("folsom", attributor()).addRepositories(repositories, threads);
      assertThat(parallel.projects()).containsExactly("nova", "glance", "swift");
      for (String project : List.of("all", "nova", "glance", "swift")) {
        for (Metric metric :
            List.of(
                Metric.CHANGESETS,
                Metric.LINES_CHANGED,
                Metric.LINES_ADDED,
                Metric.LINES_REMOVED,
                Metric.DEVELOPERS)) {
          assertThat(parallel.table(project, metric))
              .as("%s %s, %d threads", project, metric, threads)
              .isEqualTo(expected.table(project, metric));
        }
        assertThat(parallel.summary(project).toString())
            .isEqualTo(expected.summary(project).toString());
      }
      assertThat(parallel.exclusions().toString()).isEqualTo(expected.exclusions().toString());
    }
    // the history really was read: 5000 + 150 + 40 commits, the bot's left out
    assertThat(expected.summary("all").changesets() + expected.exclusions().automatedCommits())
        .isEqualTo(5000 + 150 + 40);
    // and the .mailmap was not applied (Bob stays Canonical's)
    assertThat(expected.table("all", Metric.CHANGESETS).entries())
        .anyMatch(e -> e.employer().equals("Canonical"));
  }

  @Test
  void aFailingRepositoryIsOneErrorAndNoThreadIsLeftBehind() {
    Map<String, GitRepository> withBadRange = new LinkedHashMap<>(repositories);
    Attributor bad =
        attributor()
            .withScope(
                ReleaseScope.ofRanges(
                    List.of(RevisionRange.of("folsom", "glance", "nope..main", List.of()))));
    assertThatThrownBy(
            () -> ContributionStatistics.of("folsom", bad).addRepositories(withBadRange, 2))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope..main");
  }
}
