package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackholder.contribution.RepositoryRanges;
import dev.stackholder.contribution.RevisionRange;
import dev.stackholder.contribution.releases.ReleaseRanges;
import dev.stackholder.core.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RepositoryRanges} on small clones built here, tagged as openstack/releases names nova's
 * and neutron's releases (caracal is 2024.1: nova 28.0.0..29.0.0; grizzly's neutron, once quantum,
 * is 2012.2..2013.1 in the built-in index; folsom is neutron's first series there, so it has no
 * start).
 */
class RepositoryRangesTest {
  private static void commitAndTag(Path repo, String file, String date, String tag)
      throws Exception {
    Files.writeString(repo.resolve(file), file + date + "\n");
    GitRepositoryTest.git(
        repo, GitRepositoryTest.author("Ann Dev", "ann@redhat.com", date), "add", file);
    GitRepositoryTest.git(
        repo,
        GitRepositoryTest.author("Ann Dev", "ann@redhat.com", date),
        "commit",
        "-q",
        "-m",
        "change " + date);
    if (!tag.isEmpty()) {
      GitRepositoryTest.git(repo, java.util.Map.of(), "tag", tag);
    }
  }

  private static GitRepository tagged(Path repo, String... tags) throws Exception {
    GitRepositoryTest.git(repo, java.util.Map.of(), "init", "-q");
    int day = 1;
    for (String tag : tags) {
      commitAndTag(repo, "f" + day + ".txt", "2024-01-0" + day + "T10:00:00+0000", tag);
      day++;
    }
    return GitRepository.at(repo);
  }

  @Test
  void aReleaseIdFindsTheSeriesTagsInTheClone(@TempDir Path repo) throws Exception {
    assumeTrue(GitRepositoryTest.gitAvailable(), "git is not installed");
    GitRepository nova = tagged(repo, "28.0.0", "", "29.0.0", "");
    RevisionRange range =
        RepositoryRanges.find(ReleaseRanges.builtIn(), "2024.1", "nova", nova).orElseThrow();
    assertThat(range.range()).isEqualTo("28.0.0..29.0.0");
    assertThat(range.project()).isEqualTo("nova");
    assertThat(range.release()).isEqualTo("caracal");
    assertThat(RepositoryRanges.find(ReleaseRanges.builtIn(), "caracal", "NOVA", nova))
        .contains(range);
  }

  @Test
  void aRenamedProjectFindsItsRangeUnderEitherName(@TempDir Path repo) throws Exception {
    assumeTrue(GitRepositoryTest.gitAvailable(), "git is not installed");
    GitRepository clone = tagged(repo, "2012.1", "", "2012.2", "", "2013.1");
    RevisionRange asQuantum =
        RepositoryRanges.find(ReleaseRanges.builtIn(), "grizzly", "quantum", clone).orElseThrow();
    RevisionRange asNeutron =
        RepositoryRanges.find(ReleaseRanges.builtIn(), "Grizzly", "neutron", clone).orElseThrow();
    assertThat(asQuantum.range()).isEqualTo(asNeutron.range()).isEqualTo("2012.2..2013.1");
    assertThat(asQuantum.project()).isEqualTo("quantum");
    assertThat(asNeutron.project()).isEqualTo("neutron");
    // the first series has no start tag to name: refused with what to give instead, not read whole
    assertThatThrownBy(
            () -> RepositoryRanges.find(ReleaseRanges.builtIn(), "folsom", "quantum", clone))
        .isInstanceOf(dev.stackholder.core.InvalidDataException.class)
        .hasMessageContaining("A..2012.2");
  }

  @Test
  void aProjectTheSeriesDoesNotListHasNoRangeAndAnUnknownSeriesIsNamed(@TempDir Path repo)
      throws Exception {
    assumeTrue(GitRepositoryTest.gitAvailable(), "git is not installed");
    GitRepository clone = tagged(repo, "1.0");
    assertThat(
            RepositoryRanges.find(ReleaseRanges.builtIn(), "2024.1", "no-such-project-here", clone))
        .isEmpty();
    assertThatThrownBy(() -> RepositoryRanges.find(ReleaseRanges.builtIn(), "zebra", "nova", clone))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("zebra");
  }

  @Test
  void aCloneWithoutTheTagsOrCommitsIsRefusedNotReadWhole(@TempDir Path repo) throws Exception {
    assumeTrue(GitRepositoryTest.gitAvailable(), "git is not installed");
    GitRepository clone = tagged(repo, "28.0.0", "");
    assertThatThrownBy(
            () -> RepositoryRanges.find(ReleaseRanges.builtIn(), "2024.1", "nova", clone))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("28.0.0..29.0.0")
        .hasMessageContaining("77de002d61c4bf591f43c879a07dcdd3598c0954");
  }

  @Test
  void sameCommitsComparesWhatTheEndsResolveTo(@TempDir Path repo) throws Exception {
    assumeTrue(GitRepositoryTest.gitAvailable(), "git is not installed");
    GitRepository clone = tagged(repo, "28.0.0", "", "29.0.0");
    GitRepositoryTest.git(repo, java.util.Map.of(), "tag", "caracal-eol", "29.0.0");
    assertThat(RepositoryRanges.sameCommits(clone, "28.0.0..29.0.0", "28.0.0..caracal-eol"))
        .isTrue();
    assertThat(RepositoryRanges.sameCommits(clone, "28.0.0..29.0.0", "28.0.0..HEAD~1")).isFalse();
  }
}
