package dev.stackholder.cli;

import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogReader;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.StackholderException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The history of a repository as gitdm reads it, from a {@code git log} process that this program
 * starts: the library does no process I/O, so running {@code git} lives here. The commits stream
 * from git's output as it prints them ({@link GitLogReader}), so a long history is never held in
 * memory.
 *
 * <p>The command is gitdm's ({@code git log --numstat -M --find-copies-harder A..B}) without
 * {@code --no-merges}, so that the statistics count and report the merges they leave out (git
 * prints no statistics for a merge, so the tables are the same), plus options that pin the text
 * format whatever the user's git configuration says: the default ("medium") format and date
 * format, full commit ids, no decorations, signatures or colours, UTF-8 and unquoted paths.
 *
 * <p>Not thread-safe: one reader, used by one thread; close it to end the process.
 */
final class GitLog implements Iterator<GitCommit>, Closeable {
  /**
   * A range {@code A..B}: two revisions, neither empty nor starting with '-' (which git would read
   * as an option), without blanks; {@code A...B} (a symmetric difference) is not a release.
   */
  private static final Pattern RANGE = Pattern.compile("[^\\s.\\-][^\\s]*?(?<!\\.)\\.\\.(?!\\.)[^\\s\\-][^\\s]*");
  /** At most this much of git's standard error is kept for the message. */
  private static final int MAX_ERROR_BYTES = 8192;

  private final Process process;
  private final GitLogReader reader;
  private final Thread errorReader;
  private final ByteArrayOutputStream error = new ByteArrayOutputStream();
  private final Path repository;
  private final String range;
  private boolean finished;

  private GitLog(Process process, Path repository, String range) {
    this.process = process;
    this.repository = repository;
    this.range = range;
    this.reader = GitLogReader.of(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8),
        "git log " + range);
    this.errorReader = new Thread(() -> drain(process.getErrorStream()), "git-log-stderr");
    errorReader.setDaemon(true);
    errorReader.start();
  }

  /** Whether the text is a range {@code A..B} this program passes to git. */
  static boolean isRange(String range) {
    return RANGE.matcher(range).matches();
  }

  /** The command line run for a range (HEAD's whole history without one). */
  static List<String> command(String git, Optional<String> range) {
    List<String> command = new ArrayList<>(List.of(git, "-c", "core.quotepath=off", "-c", "log.showSignature=false",
        "-c", "i18n.logOutputEncoding=UTF-8", "log", "--numstat", "-M", "--find-copies-harder", "--pretty=medium",
        "--date=default", "--no-abbrev-commit", "--no-decorate", "--no-color", "--encoding=UTF-8"));
    command.add(range.orElse("HEAD"));
    command.add("--"); // what follows the range could only be paths: none
    return command;
  }

  /**
   * Starts {@code git log} in a repository.
   *
   * @param repository the working tree (or bare repository)
   * @param range {@code A..B}, or empty for the whole history of HEAD
   * @throws NotFoundException if the directory does not exist
   * @throws StackholderException if git cannot be started (not installed, not on the PATH)
   */
  static GitLog run(Path repository, Optional<String> range) {
    return run(repository, range, "git");
  }

  /** {@link #run(Path, Optional)} with another git program (tests name one that does not exist). */
  static GitLog run(Path repository, Optional<String> range, String git) {
    if (!Files.isDirectory(repository)) {
      throw new NotFoundException("repository", repository.toString(),
          "Repository directory '" + repository + "' does not exist or is not a directory");
    }
    range.ifPresent(r -> {
      if (!isRange(r)) {
        throw new UsageException("Invalid value for option '--range': '" + r + "' is not a revision range A..B");
      }
    });
    ProcessBuilder builder = new ProcessBuilder(command(git, range)).directory(repository.toFile());
    builder.environment().put("GIT_PAGER", "cat");
    builder.environment().put("LC_ALL", "C");
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    try {
      return new GitLog(builder.start(), repository, range.orElse("HEAD"));
    } catch (IOException e) {
      throw new StackholderException("Cannot run git (is it installed and on the PATH?): " + e.getMessage());
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private void drain(InputStream stream) {
    byte[] buffer = new byte[4096];
    try {
      for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
        synchronized (error) {
          error.write(buffer, 0, Math.max(0, Math.min(n, MAX_ERROR_BYTES - error.size())));
        }
      }
    } catch (IOException e) {
      // The process ended; what was read is the message.
    }
  }

  @Override
  public boolean hasNext() {
    if (reader.hasNext()) {
      return true;
    }
    finish();
    return false;
  }

  @Override
  public GitCommit next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException("No more commits from git log " + range);
    }
    return reader.next();
  }

  /** Waits for git and turns a failure into one line: git's own first "fatal:" line, explained. */
  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    int status;
    try {
      status = process.waitFor();
      errorReader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new StackholderException("Interrupted while running git log in " + repository);
    }
    if (status == 0) {
      return;
    }
    String message;
    synchronized (error) {
      message = error.toString(StandardCharsets.UTF_8);
    }
    String first = message.lines().filter(l -> l.startsWith("fatal:")).findFirst()
        .orElse(message.lines().findFirst().orElse("")).replaceFirst("^fatal: ", "").trim();
    if (first.contains("not a git repository")) {
      throw new StackholderException("'" + repository + "' is not a git repository (git log: " + first + ")");
    }
    if (first.contains("bad revision") || first.contains("unknown revision") || first.contains("ambiguous argument")) {
      throw new NotFoundException("revision", range, "Unknown revision in range '" + range + "' of repository '"
          + repository + "' (git log: " + first + ")");
    }
    throw new StackholderException("git log " + range + " failed in '" + repository + "' with status " + status
        + (first.isEmpty() ? "" : ": " + first));
  }

  @Override
  public void close() {
    try {
      reader.close();
    } finally {
      if (!finished) {
        process.destroy();
      }
    }
  }
}
