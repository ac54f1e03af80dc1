package dev.stackholder.contribution.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small git repository made in a temporary directory, one empty commit per author, and git's own
 * reading of a mailmap over it: the oracle the mailmap tests compare with. Runs the git installed
 * on the machine, with no user or system configuration.
 */
final class GitOracle {
  private final Path repository;
  private final List<String[]> authors;

  private GitOracle(Path repository, List<String[]> authors) {
    this.repository = repository;
    this.authors = authors;
  }

  static boolean available() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** A repository with one commit per {name, email}, oldest first. */
  static GitOracle create(Path dir, List<String[]> authors) {
    GitOracle oracle = new GitOracle(dir, authors);
    oracle.git(Map.of(), "init", "-q");
    for (String[] author : authors) {
      oracle.git(
          Map.of("GIT_AUTHOR_NAME", author[0], "GIT_AUTHOR_EMAIL", author[1]),
          "commit",
          "-q",
          "--allow-empty",
          "-m",
          "by " + author[0]);
    }
    return oracle;
  }

  /**
   * For each commit, oldest first: {recorded name, recorded email, %aN, %aE} under this mailmap.
   */
  List<String[]> log(String mailmap) {
    try {
      Path file = repository.resolve(".mailmap");
      Files.writeString(file, mailmap, StandardCharsets.UTF_8);
      String out =
          git(
              Map.of(),
              "log",
              "--reverse",
              "--use-mailmap",
              "--format=%an%x00%ae%x00%aN%x00%aE%x00");
      List<String[]> result = new ArrayList<>();
      String[] fields = out.split("\0", -1);
      for (int i = 0; i + 3 < fields.length; i += 4) {
        result.add(new String[] {fields[i].strip(), fields[i + 1], fields[i + 2], fields[i + 3]});
      }
      if (result.size() != authors.size()) {
        throw new IllegalStateException("git log gave " + result.size() + " commits: " + out);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String git(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.add("-c");
    command.add("user.name=Committer");
    command.add("-c");
    command.add("user.email=committer@example.org");
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    builder.environment().put("HOME", repository.toString());
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
