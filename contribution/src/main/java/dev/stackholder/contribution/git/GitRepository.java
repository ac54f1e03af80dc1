package dev.stackholder.contribution.git;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.StackholderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A git repository on disk, read by running the {@code git} program: the one way the library and
 * the CLI read a clone, so a Java user gets exactly what {@code stackholder contributions --repo}
 * reads.
 *
 * <p>The history is read with gitdm's command, {@code git log --numstat -M --find-copies-harder
 * A..B} (without {@code --no-merges}, so that the merges left out can be counted and reported: git
 * prints no statistics for a merge, so the tables are the same), plus options that pin the text
 * whatever the user's or the repository's configuration says:
 *
 * <ul>
 *   <li>{@code --no-mailmap} and {@code -c log.mailmap=false} unless {@link MailmapUse#APPLY} is
 *       asked: since git 2.29 {@code git log} rewrites authors through the repository's {@code
 *       .mailmap} by default, while gitdm's logs of 2012 were never rewritten (the git of that day
 *       did not read it for {@code git log}). With the mailmap applied, nova's and keystone's
 *       Folsom ranks differ from gitdm's published ones;
 *   <li>the default ("medium") format and date format, full commit ids, no decorations, notes,
 *       signatures or colours, UTF-8 output and unquoted paths, root commits shown with their diff
 *       ({@code log.showRoot}), and no {@code diff.relative}.
 * </ul>
 *
 * {@link #logCommand(String, Optional, MailmapUse)} is that command line, printed by the
 * documentation as the recipe for making log files by hand.
 *
 * <p>Under {@link dev.stackholder.contribution.AttributionPolicy#STACKALYTICS} the diff options are
 * Stackalytics' ({@code processor/vcs.py}, {@code Git.log}: {@code git log --shortstat -M
 * --no-merges}, as {@code StackalyticsLog.GIT_LOG_ARGUMENTS} lists them): renames are followed
 * ({@code -M}) but copies are not looked for ({@code --find-copies-harder} is gitdm's, and changes
 * the lines counted: keystone Havana counts 58,545 lines with it, 59,628 without), and merges are
 * not listed. The lines are still read per file ({@code --numstat}), whose sums are {@code
 * --shortstat}'s totals (a binary file counts no lines in either). See {@link #logCommand(String,
 * Optional, MailmapUse, dev.stackholder.contribution.AttributionPolicy)}.
 *
 * <pre>{@code
 * GitRepository nova = GitRepository.at(Path.of("nova"));
 * try (GitLogProcess log = nova.log(Optional.of("2012.1..2012.2"), GitRepository.MailmapUse.IGNORE)) {
 *   statistics.addAll("nova", log);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: each call starts its own process.
 */
public final class GitRepository {
  /**
   * Whether {@code git log} rewrites authors through the repository's {@code .mailmap}.
   *
   * <p>Immutable and thread-safe, as every enum.
   */
  public enum MailmapUse {
    /** gitdm's reading, the default: authors as the commits record them. */
    IGNORE("ignore"),
    /** git's own default since 2.29: names and addresses rewritten through {@code .mailmap}. */
    APPLY("apply");

    private final String id;

    MailmapUse(String id) {
      this.id = id;
    }

    /** {@return the id used in JSON and on the command line: {@code ignore} or {@code apply}} */
    public String id() {
      return id;
    }

    /**
     * {@return the choice of an id, in any case}
     *
     * @param id {@code ignore} or {@code apply}
     * @throws InvalidDataException naming the id and the known ones
     */
    public static MailmapUse fromId(String id) {
      for (MailmapUse value : values()) {
        if (value.id.equalsIgnoreCase(id.trim())) {
          return value;
        }
      }
      throw new InvalidDataException(
          "Unknown mailmap choice '" + id + "', expected ignore or apply");
    }
  }

  /**
   * A range {@code A..B}: two revisions, neither empty nor starting with '-' (which git would read
   * as an option), without blanks; {@code A...B} (a symmetric difference) is not a release.
   */
  private static final Pattern RANGE =
      Pattern.compile("[^\\s.\\-][^\\s]*?(?<!\\.)\\.\\.(?!\\.)[^\\s\\-][^\\s]*");

  /** A single revision: not empty, not an option, no blanks, not a range. */
  private static final Pattern REVISION = Pattern.compile("[^\\s\\-][^\\s]*");

  private final Path directory;
  private final String git;

  private GitRepository(Path directory, String git) {
    this.directory = directory;
    this.git = git;
  }

  /**
   * {@return the repository in a directory, read with the {@code git} on the PATH}
   *
   * @param directory a working tree or a bare repository
   * @throws NotFoundException (kind {@code "repository"}) if the directory does not exist
   */
  public static GitRepository at(Path directory) {
    return at(directory, "git");
  }

  /**
   * {@return the repository in a directory, read with another git program}
   *
   * @param directory a working tree or a bare repository
   * @param git the git program, e.g. {@code /usr/local/bin/git}
   * @throws NotFoundException (kind {@code "repository"}) if the directory does not exist
   */
  public static GitRepository at(Path directory, String git) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(git, "git");
    if (!Files.isDirectory(directory)) {
      throw new NotFoundException(
          "repository",
          directory.toString(),
          "Repository directory '" + directory + "' does not exist or is not a directory");
    }
    return new GitRepository(directory, git);
  }

  /** {@return the directory} */
  public Path directory() {
    return directory;
  }

  /**
   * {@return the project a clone stands for: its directory's name without {@code .git}, lower-case
   * ({@code ~/src/Nova.git} is {@code nova})}
   */
  public String projectName() {
    Path name = directory.toAbsolutePath().normalize().getFileName();
    String text = name == null ? "repository" : name.toString();
    if (text.endsWith(".git") && text.length() > 4) {
      text = text.substring(0, text.length() - 4);
    }
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * {@return whether the text is a range {@code A..B} this class passes to git}
   *
   * @param range the text, e.g. {@code 2012.1..2012.2}
   */
  public static boolean isRange(String range) {
    return RANGE.matcher(range).matches();
  }

  /**
   * {@return the full id of the commit a revision names: {@code head()} is {@code resolve("HEAD")}}
   *
   * @param revision a branch, tag or commit id; not an option, not a range
   * @throws InvalidDataException if the text is not a single revision
   * @throws NotFoundException (kind {@code "revision"}) if the repository has no such revision
   * @throws StackholderException if git cannot run or the directory is not a repository
   */
  public String resolve(String revision) {
    if (!REVISION.matcher(revision).matches() || revision.contains("..")) {
      throw new InvalidDataException("'" + revision + "' is not a single revision");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                git,
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                revision + "^{commit}"));
    try (GitLogProcess process = GitLogProcess.startPlain(this, command, revision)) {
      String out = process.readAll().trim();
      if (out.isEmpty()) {
        throw new NotFoundException(
            "revision",
            revision,
            "Unknown revision '" + revision + "' in repository '" + directory + "'");
      }
      return out;
    }
  }

  /** {@return the full id of the commit HEAD names: the version of the history that is read} */
  public String head() {
    return resolve("HEAD");
  }

  /**
   * {@return the commits of a range as gitdm reads them ({@link MailmapUse#IGNORE}: authors as the
   * commits record them, whatever {@code log.mailmap} says), streamed from a {@code git log}
   * process as it prints them}
   *
   * @param range {@code A..B}, or empty for the whole history of HEAD
   * @throws InvalidDataException if the range is not {@code A..B}
   * @throws StackholderException if git cannot be started (not installed, not on the PATH)
   */
  public GitLogProcess log(Optional<String> range) {
    return log(range, MailmapUse.IGNORE);
  }

  /**
   * {@return the commits of a range, streamed from a {@code git log} process as it prints them}
   *
   * @param range {@code A..B}, or empty for the whole history of HEAD
   * @param mailmap {@link MailmapUse#IGNORE} for gitdm's reading
   * @throws InvalidDataException if the range is not {@code A..B}
   * @throws StackholderException if git cannot be started (not installed, not on the PATH)
   */
  public GitLogProcess log(Optional<String> range, MailmapUse mailmap) {
    return log(range, mailmap, dev.stackholder.contribution.AttributionPolicy.GITDM);
  }

  /**
   * {@return the commits of a range read with the git options of a policy's tool (gitdm's or
   * Stackalytics'), streamed from a {@code git log} process as it prints them}
   *
   * @param range {@code A..B}, or empty for the whole history of HEAD
   * @param mailmap {@link MailmapUse#IGNORE} for gitdm's and Stackalytics' reading
   * @param policy whose git options to use
   * @throws InvalidDataException if the range is not {@code A..B}
   * @throws StackholderException if git cannot be started (not installed, not on the PATH)
   */
  public GitLogProcess log(
      Optional<String> range,
      MailmapUse mailmap,
      dev.stackholder.contribution.AttributionPolicy policy) {
    range.ifPresent(
        r -> {
          if (!isRange(r)) {
            throw new InvalidDataException("'" + r + "' is not a revision range A..B");
          }
        });
    return GitLogProcess.start(this, logCommand(git, range, mailmap, policy), range.orElse("HEAD"));
  }

  /**
   * {@return the {@code git log} command line read for a range: gitdm's options and those that pin
   * the output (see the class documentation)}
   *
   * @param git the git program
   * @param range {@code A..B}, or empty for the whole history of HEAD
   * @param mailmap whether authors are rewritten through {@code .mailmap}
   */
  public static ImmutableList<String> logCommand(
      String git, Optional<String> range, MailmapUse mailmap) {
    return logCommand(git, range, mailmap, dev.stackholder.contribution.AttributionPolicy.GITDM);
  }

  /**
   * {@return the {@code git log} command line read for a range with a policy's git options: gitdm's
   * {@code --numstat -M --find-copies-harder}, or Stackalytics' {@code -M --no-merges} (copies not
   * looked for), and in both cases the options that pin the output}
   *
   * @param git the git program
   * @param range {@code A..B}, or empty for the whole history of HEAD
   * @param mailmap whether authors are rewritten through {@code .mailmap}
   * @param policy whose git options to use
   */
  public static ImmutableList<String> logCommand(
      String git,
      Optional<String> range,
      MailmapUse mailmap,
      dev.stackholder.contribution.AttributionPolicy policy) {
    java.util.Objects.requireNonNull(policy, "policy");
    boolean stackalytics = policy == dev.stackholder.contribution.AttributionPolicy.STACKALYTICS;
    boolean apply = mailmap == MailmapUse.APPLY;
    List<String> command =
        new ArrayList<>(
            List.of(
                git,
                "-c",
                "core.quotepath=off",
                "-c",
                "log.showSignature=false",
                "-c",
                "i18n.logOutputEncoding=UTF-8",
                "-c",
                "log.mailmap=" + apply,
                "-c",
                "log.showRoot=true",
                "-c",
                "diff.relative=false",
                "log",
                apply ? "--mailmap" : "--no-mailmap",
                "--numstat",
                "-M"));
    // vcs.py Git.log: Stackalytics follows renames only and lists no merges.
    command.add(stackalytics ? "--no-merges" : "--find-copies-harder");
    command.addAll(
        List.of(
            "--pretty=medium",
            "--date=default",
            "--no-abbrev-commit",
            "--no-decorate",
            "--no-notes",
            "--no-color",
            "--encoding=UTF-8"));
    command.add(range.orElse("HEAD"));
    command.add("--"); // what follows the range could only be paths: none
    return ImmutableList.copyOf(command);
  }

  Path directoryForProcess() {
    return directory;
  }

  String git() {
    return git;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GitRepository that
        && directory.equals(that.directory)
        && git.equals(that.git);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directory, git);
  }

  @Override
  public String toString() {
    return "GitRepository{" + directory + "}";
  }
}
