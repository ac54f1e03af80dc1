package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run over an unchanged clone reads the cache and runs no git log. */
class GitLogCacheTest {
  @Test
  void aSecondRunRunsNoGitLogAndANewCommitIsANewEntry(@TempDir Path dir) throws Exception {
    assumeTrue(GitRepositoryTest.gitAvailable(), "git is not installed");
    assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "a shell script as git");
    Path repo = Files.createDirectories(dir.resolve("nova"));
    GitRepositoryTest.repositoryWithMailmap(repo);
    // git, recording each sub-command it is asked to run
    Path calls = dir.resolve("calls.txt");
    Path git = dir.resolve("git-recorder.sh");
    Files.writeString(
        git,
        "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in log|rev-parse) echo \"$a\" >> '"
            + calls
            + "';; esac; done\nexec git \"$@\"\n");
    Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
    GitRepository nova = GitRepository.at(repo, git.toString());
    GitLogCache cache = GitLogCache.at(dir.resolve("cache"));
    AffiliationDirectory directory =
        AffiliationDirectory.of(
            AttributionPolicy.GITDM,
            Map.of(),
            List.of(Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat")));
    Map<String, GitRepository> repositories = new LinkedHashMap<>();
    repositories.put("nova", nova);

    ContributionStatistics first =
        ContributionStatistics.of("folsom", directory)
            .addRepositories(repositories, 1, Optional.of(cache));
    assertThat(Files.readAllLines(calls)).filteredOn("log"::equals).hasSize(1);
    assertThat(cache.contains(nova, Optional.empty(), GitRepository.MailmapUse.IGNORE)).isTrue();

    Files.delete(calls);
    ContributionStatistics second =
        ContributionStatistics.of("folsom", directory)
            .addRepositories(repositories, 1, Optional.of(cache));
    assertThat(Files.readAllLines(calls)).doesNotContain("log").contains("rev-parse");
    assertThat(second.table("nova", Metric.CHANGESETS))
        .isEqualTo(first.table("nova", Metric.CHANGESETS));
    assertThat(second.table("nova", Metric.LINES_ADDED))
        .isEqualTo(first.table("nova", Metric.LINES_ADDED));
    // the other mailmap choice is another entry
    assertThat(cache.contains(nova, Optional.empty(), GitRepository.MailmapUse.APPLY)).isFalse();

    // a new commit moves HEAD: a new entry, read from git
    Files.writeString(repo.resolve("b.txt"), "x\n");
    GitRepositoryTest.git(
        repo,
        GitRepositoryTest.author("Cy Dev", "cy@redhat.com", "2012-07-01T10:00:00+0000"),
        "add",
        "b.txt");
    GitRepositoryTest.git(
        repo,
        GitRepositoryTest.author("Cy Dev", "cy@redhat.com", "2012-07-01T10:00:00+0000"),
        "commit",
        "-q",
        "-m",
        "more");
    Files.delete(calls);
    ContributionStatistics third =
        ContributionStatistics.of("folsom", directory)
            .addRepositories(repositories, 1, Optional.of(cache));
    assertThat(Files.readAllLines(calls)).contains("log");
    assertThat(third.summary("nova").changesets())
        .isEqualTo(first.summary("nova").changesets() + 1);
    try (var files = Files.list(cache.directory())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(2)
          .allMatch(name -> name.matches("[0-9a-f]{64}\\.log"));
    }
  }
}
