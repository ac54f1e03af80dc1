package dev.stackholder.contribution;

import dev.stackholder.contribution.gitdm.GitdmConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The pseudonymized Folsom git history and gitdm configuration of the tests (see git/README.md).
 */
public final class GitFolsom {
  /** The seven projects in the order of gitdm's range file (the order of the all-projects run). */
  public static final List<String> PROJECTS =
      List.of("nova", "glance", "swift", "keystone", "horizon", "quantum", "cinder");

  public static final Path ROOT = root();
  public static final Path CONFIG = ROOT.resolve("gitdm-config");
  public static final Path EXPECTED = ROOT.resolve("expected/all-rows");

  private GitFolsom() {}

  public static Path log(String project) {
    return ROOT.resolve("folsom").resolve(project + ".log");
  }

  public static GitdmConfig config() {
    return GitdmConfig.read(CONFIG);
  }

  /** Every project's log read into fresh statistics, with the given automated-account rule. */
  public static ContributionStatistics statistics(
      AffiliationDirectory directory, AutomatedAccounts automated) {
    ContributionStatistics statistics =
        ContributionStatistics.of("folsom", directory).automated(automated);
    for (String project : PROJECTS) {
      statistics.addLog(log(project));
    }
    return statistics;
  }

  private static Path root() {
    try {
      return Path.of(GitFolsom.class.getResource("git/README.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
