package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.StackholderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs git on tiny repositories built here: the default reading is gitdm's (no {@code .mailmap}),
 * whatever the repository's configuration says.
 */
class GitRepositoryTest {
  static boolean gitAvailable() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void git(Path repo, Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Ann Dev",
                "-c",
                "user.email=ann@old.example",
                "-c",
                "init.defaultBranch=main",
                "-c",
                "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
  }

  static Map<String, String> author(String name, String email, String date) {
    Map<String, String> env = new HashMap<>();
    env.put("GIT_AUTHOR_NAME", name);
    env.put("GIT_AUTHOR_EMAIL", email);
    env.put("GIT_AUTHOR_DATE", date);
    env.put("GIT_COMMITTER_NAME", name);
    env.put("GIT_COMMITTER_EMAIL", email);
    env.put("GIT_COMMITTER_DATE", date);
    return env;
  }

  /**
   * Ann committed as ann@old.example (OldCo's); the repository's {@code .mailmap} says she is now
   * ann@redhat.com, and the repository asks git to apply it ({@code log.mailmap=true}).
   */
  static Path repositoryWithMailmap(Path repo) throws Exception {
    git(repo, Map.of(), "init", "-q");
    git(repo, Map.of(), "config", "log.mailmap", "true");
    Files.writeString(repo.resolve("a.txt"), "one\ntwo\n");
    git(repo, author("Ann Dev", "ann@old.example", "2012-05-01T10:00:00+0200"), "add", "a.txt");
    git(
        repo,
        author("Ann Dev", "ann@old.example", "2012-05-01T10:00:00+0200"),
        "commit",
        "-q",
        "-m",
        "first");
    Files.writeString(repo.resolve(".mailmap"), "Ann Dev <ann@redhat.com> <ann@old.example>\n");
    git(repo, author("Bob Dev", "bob@redhat.com", "2012-06-01T10:00:00+0000"), "add", ".mailmap");
    git(
        repo,
        author("Bob Dev", "bob@redhat.com", "2012-06-01T10:00:00+0000"),
        "commit",
        "-q",
        "-m",
        "mailmap");
    return repo;
  }

  private static List<String> authors(GitLogProcess log) {
    List<String> authors = new ArrayList<>();
    try (log) {
      log.forEachRemaining(c -> authors.add(c.authorName() + " <" + c.authorAddress() + ">"));
    }
    return authors;
  }

  @Test
  void theDefaultIsGitdmsReadingEvenWhereTheRepositoryAsksForItsMailmap(@TempDir Path dir)
      throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    GitRepository repo = GitRepository.at(repositoryWithMailmap(dir));
    // What a plain "git log" prints here: the mailmap applied.
    assertThat(authors(repo.log(Optional.empty(), GitRepository.MailmapUse.APPLY)))
        .containsExactly("Bob Dev <bob@redhat.com>", "Ann Dev <ann@redhat.com>");
    assertThat(authors(repo.log(Optional.empty())))
        .containsExactly("Bob Dev <bob@redhat.com>", "Ann Dev <ann@old.example>");

    AffiliationDirectory directory =
        AffiliationDirectory.of(
            AttributionPolicy.GITDM,
            Map.of(),
            List.of(
                Affiliation.of(Affiliation.Kind.DOMAIN, "old.example", "OldCo"),
                Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat")));
    ContributionStatistics statistics = ContributionStatistics.of("folsom", directory);
    try (GitLogProcess log = repo.log(Optional.empty())) {
      statistics.addAll("nova", log);
    }
    assertThat(statistics.table("nova", Metric.CHANGESETS).entries())
        .extracting(ContributionEntry::employer)
        .containsExactlyInAnyOrder("OldCo", "Red Hat");
  }

  /**
   * Stackalytics' git options ({@code -M}, no {@code --find-copies-harder}): a file copied from an
   * unchanged one counts its lines as added; gitdm's options find the copy and count none.
   */
  @Test
  void theStackalyticsPolicyReadsWithStackalyticsGitOptions(@TempDir Path dir) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    Map<String, String> ann = author("Ann Dev", "ann@example.org", "2013-05-01T10:00:00+0000");
    git(dir, Map.of(), "init", "-q");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append("line number ").append(i).append(" of a file long enough to be a copy\n");
    }
    Files.writeString(dir.resolve("a.txt"), text.toString());
    git(dir, ann, "add", "a.txt");
    git(dir, ann, "commit", "-q", "-m", "first");
    Files.writeString(dir.resolve("b.txt"), text.toString());
    git(dir, ann, "add", "b.txt");
    git(dir, ann, "commit", "-q", "-m", "copy");
    GitRepository repo = GitRepository.at(dir);
    assertThat(
            GitRepository.logCommand(
                "git",
                Optional.empty(),
                GitRepository.MailmapUse.IGNORE,
                AttributionPolicy.STACKALYTICS))
        .contains("-M", "--no-merges")
        .doesNotContain("--find-copies-harder");
    assertThat(
            GitRepository.logCommand(
                "git", Optional.empty(), GitRepository.MailmapUse.IGNORE, AttributionPolicy.GITDM))
        .isEqualTo(
            GitRepository.logCommand("git", Optional.empty(), GitRepository.MailmapUse.IGNORE))
        .contains("--find-copies-harder");
    assertThat(addedByTheCopy(repo, AttributionPolicy.STACKALYTICS)).isEqualTo(40);
    assertThat(addedByTheCopy(repo, AttributionPolicy.GITDM)).isEqualTo(0);
  }

  private static long addedByTheCopy(GitRepository repo, AttributionPolicy policy) {
    try (GitLogProcess log = repo.log(Optional.empty(), GitRepository.MailmapUse.IGNORE, policy)) {
      return log.next().linesAdded();
    }
  }

  @Test
  void theCommandPinsTheMailmapBothWays() {
    assertThat(
            GitRepository.logCommand("git", Optional.of("a..b"), GitRepository.MailmapUse.IGNORE))
        .contains("--no-mailmap", "log.mailmap=false")
        .doesNotContain("--mailmap")
        .endsWith("a..b", "--");
    assertThat(GitRepository.logCommand("git", Optional.empty(), GitRepository.MailmapUse.APPLY))
        .contains("--mailmap", "log.mailmap=true")
        .doesNotContain("--no-mailmap")
        .endsWith("HEAD", "--");
  }

  @Test
  void headAndRevisionsAreResolvedOrRefusedByName(@TempDir Path dir) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    GitRepository repo = GitRepository.at(repositoryWithMailmap(dir));
    String head = repo.head();
    assertThat(head).matches("[0-9a-f]{40}");
    assertThat(repo.resolve("main")).isEqualTo(head);
    assertThatThrownBy(() -> repo.resolve("no-such-tag"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no-such-tag");
    assertThatThrownBy(() -> repo.resolve("--all"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("--all");
    assertThatThrownBy(() -> repo.log(Optional.of("a...b")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("a...b");
    assertThatThrownBy(() -> authors(repo.log(Optional.of("nope..main"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope..main");
  }

  @Test
  void aDirectoryThatIsNotARepositoryOrAMissingGitIsOneLine(@TempDir Path dir) {
    assumeTrue(gitAvailable(), "git is not installed");
    assertThatThrownBy(() -> GitRepository.at(dir.resolve("missing")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> GitRepository.at(dir, "no-such-git-" + System.nanoTime()).head())
        .isInstanceOf(StackholderException.class)
        .hasMessageStartingWith("Cannot run git");
    assertThat(GitRepository.at(dir.resolve("..").resolve(dir.getFileName())).projectName())
        .isEqualTo(dir.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
  }
}
