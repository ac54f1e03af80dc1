package dev.stackholder.cli;

import static dev.stackholder.cli.ContributionsCommandTest.author;
import static dev.stackholder.cli.ContributionsCommandTest.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contributions --release SERIES --repo DIR}: the range comes from openstack/releases (the
 * built-in index) by the clone's tags, a renamed project finds it under either name, {@code
 * --range} may not contradict it, and {@code --since/--until} give a date window. The clones are
 * built here, tagged as nova's caracal (2024.1: 28.0.0..29.0.0) and neutron's grizzly
 * (2012.2..2013.1) releases are in the index.
 */
class ContributionsReleaseTest {
  /**
   * One commit per author of {@code who}, on day 1, 2, ...; a tag after commit i when tags[i] is
   * set.
   */
  private static Path clone(Path repo, List<String> who, List<String> tags) throws Exception {
    Files.createDirectories(repo);
    git(repo, Map.of(), "init", "-q");
    for (int i = 0; i < who.size(); i++) {
      String[] person = who.get(i).split("/");
      Map<String, String> env =
          author(person[0], person[1], "2024-03-" + (10 + i) + "T10:00:00+0000");
      Files.writeString(repo.resolve("f.txt"), "line " + i + "\n");
      git(repo, env, "add", "f.txt");
      git(repo, env, "commit", "-q", "-m", "change " + i);
      if (!tags.get(i).isEmpty()) {
        git(repo, Map.of(), "tag", tags.get(i));
      }
    }
    return repo;
  }

  private static final List<String> WHO =
      List.of(
          "Ann Dev/ann@redhat.com",
          "Bob Dev/bob@canonical.com",
          "Bob Dev/bob@canonical.com",
          "Ann Dev/ann@redhat.com",
          "Cy Dev/cy@canonical.com");

  private static List<String> args(Path repo, String release, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "contributions",
                "--repo",
                repo.toString(),
                "--affiliations",
                "gitdm:" + GitTestData.gitdmConfig(),
                "--release",
                release,
                "--format",
                "csv"));
    args.addAll(List.of(more));
    return args;
  }

  private static CliRun ok(List<String> args) {
    CliRun run = new CliRun(args.toArray(new String[0]));
    assertThat(run.err).as("stderr of %s", args).isEmpty();
    assertThat(run.status).as(run.err).isZero();
    return run;
  }

  @Test
  void aReleaseIdReadsOnlyTheSeriesCommitsOfTheClone(@TempDir Path dir) throws Exception {
    assumeTrue(ContributionsCommandTest.gitAvailable(), "git is not installed");
    // 28.0.0 after Ann's first commit, 29.0.0 after Ann's second: caracal is Bob's two and Ann's
    // one
    Path nova = clone(dir.resolve("nova"), WHO, List.of("28.0.0", "", "", "29.0.0", ""));
    assertThat(ok(args(nova, "2024.1")).out.lines().filter(l -> !l.startsWith("#")))
        .containsExactly("rank,employer,value,share", "1,Canonical,2,66.7", "2,Red Hat,1,33.3");
    // the series' name is the same series
    assertThat(ok(args(nova, "caracal")).out).isEqualTo(ok(args(nova, "2024.1")).out);
  }

  @Test
  void aCloneNamedNeutronOrQuantumFindsTheRenamedProjectsRange(@TempDir Path dir) throws Exception {
    assumeTrue(ContributionsCommandTest.gitAvailable(), "git is not installed");
    List<String> tags = List.of("2012.2", "", "2013.1", "", "");
    Path neutron = clone(dir.resolve("neutron"), WHO, tags);
    Path quantum = clone(dir.resolve("quantum"), WHO, tags);
    List<String> expected = List.of("rank,employer,value,share", "1,Canonical,2,100.0");
    assertThat(ok(args(neutron, "grizzly")).out.lines().filter(l -> !l.startsWith("#")))
        .containsExactlyElementsOf(expected);
    assertThat(ok(args(quantum, "grizzly")).out.lines().filter(l -> !l.startsWith("#")))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aRangeThatContradictsTheReleaseIsAUsageError(@TempDir Path dir) throws Exception {
    assumeTrue(ContributionsCommandTest.gitAvailable(), "git is not installed");
    Path nova = clone(dir.resolve("nova"), WHO, List.of("28.0.0", "", "", "29.0.0", ""));
    git(nova, Map.of(), "tag", "caracal-eol", "29.0.0");
    CliRun wrong =
        new CliRun(args(nova, "2024.1", "--range", "28.0.0..HEAD").toArray(new String[0]));
    assertThat(wrong.status).isEqualTo(2);
    assertThat(wrong.err)
        .contains("--range 28.0.0..HEAD contradicts --release 2024.1")
        .contains("28.0.0..29.0.0")
        .doesNotContain("Exception");
    // another name of the same commits agrees with the release
    assertThat(
            ok(args(nova, "2024.1", "--range", "28.0.0..caracal-eol"))
                .out
                .lines()
                .filter(l -> !l.startsWith("#")))
        .containsExactlyElementsOf(
            ok(args(nova, "2024.1")).out.lines().filter(l -> !l.startsWith("#")).toList());
  }

  @Test
  void sinceAndUntilGiveADateWindowInsteadOfTheSeriesRange(@TempDir Path dir) throws Exception {
    assumeTrue(ContributionsCommandTest.gitAvailable(), "git is not installed");
    // no tags at all: the window is the release
    Path nova = clone(dir.resolve("nova"), WHO, List.of("", "", "", "", ""));
    // days 10..14: the 11th and 12th are Bob's, the 13th Ann's; the 14th (Cy) is after --until
    assertThat(
            ok(args(nova, "2024.1", "--since", "2024-03-11", "--until", "2024-03-13"))
                .out
                .lines()
                .filter(l -> !l.startsWith("#")))
        .containsExactly("rank,employer,value,share", "1,Canonical,2,66.7", "2,Red Hat,1,33.3");
    CliRun inverted =
        new CliRun(
            args(nova, "2024.1", "--since", "2024-03-13", "--until", "2024-03-11")
                .toArray(new String[0]));
    assertThat(inverted.status).isEqualTo(2);
    assertThat(inverted.err).contains("--since 2024-03-13 is after --until 2024-03-11");
  }

  @Test
  void aCloneWithoutTheSeriesTagsIsRefusedAndAnUnlistedProjectIsReadWholeWithANote(
      @TempDir Path dir) throws Exception {
    assumeTrue(ContributionsCommandTest.gitAvailable(), "git is not installed");
    Path nova = clone(dir.resolve("nova"), WHO, List.of("", "", "", "", ""));
    CliRun refused = new CliRun(args(nova, "2024.1").toArray(new String[0]));
    assertThat(refused.status).isNotZero();
    assertThat(refused.err).contains("28.0.0..29.0.0").doesNotContain("Exception");
    Path mine = clone(dir.resolve("my-own-tool"), WHO, List.of("", "", "", "", ""));
    CliRun whole = new CliRun(args(mine, "2024.1").toArray(new String[0]));
    assertThat(whole.status).isZero();
    assertThat(whole.err)
        .contains("my-own-tool has no range of 2024.1")
        .contains("reading its whole history");
    assertThat(whole.out.lines().filter(l -> !l.startsWith("#")))
        .containsExactly("rank,employer,value,share", "1,Canonical,3,60.0", "2,Red Hat,2,40.0");
  }
}
