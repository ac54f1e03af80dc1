package dev.stackholder.contribution.git;

import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.StackholderException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The commits a {@code git} process prints, streamed as it prints them through a {@link
 * GitLogReader}, so a long history is never held in memory. Made by {@link GitRepository#log};
 * close it to end the process.
 *
 * <p>When git ends with an error, the next {@link #hasNext()} throws one line made of git's own
 * first {@code fatal:} line: a {@link NotFoundException} (kind {@code "revision"}) for an unknown
 * revision, a {@link StackholderException} for a directory that is not a repository or any other
 * failure.
 *
 * <p>Not thread-safe: one reader, used by one thread.
 */
public final class GitLogProcess implements Iterator<GitCommit>, AutoCloseable {
  /** At most this much of git's standard error is kept for the message. */
  private static final int MAX_ERROR_BYTES = 8192;

  private final Process process;
  private final GitLogReader reader;
  private final Thread errorReader;
  private final ByteArrayOutputStream error = new ByteArrayOutputStream();
  private final GitRepository repository;
  private final String range;
  private boolean finished;

  /** The cache file being written (a temporary name) and where it goes once git succeeded. */
  private java.io.Writer copy;

  private java.nio.file.Path copyTemp;
  private java.nio.file.Path copyTarget;

  private GitLogProcess(
      Process process,
      GitRepository repository,
      String range,
      boolean log,
      java.nio.file.Path cacheFile) {
    this.process = process;
    this.repository = repository;
    this.range = range;
    java.io.Reader text = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8);
    if (log && cacheFile != null) {
      try {
        copyTarget = cacheFile;
        copyTemp = java.nio.file.Files.createTempFile(cacheFile.getParent(), "partial-", ".log");
        copy = java.nio.file.Files.newBufferedWriter(copyTemp, StandardCharsets.UTF_8);
        java.io.Writer sink = copy;
        text =
            new java.io.FilterReader(text) {
              @Override
              public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                  sink.write(c);
                }
                return c;
              }

              @Override
              public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                  sink.write(buffer, offset, n);
                }
                return n;
              }
            };
      } catch (IOException e) {
        throw new StackholderException(
            "Cannot write the git log cache in '" + cacheFile.getParent() + "': " + e.getMessage(),
            e);
      }
    }
    this.reader = !log ? null : GitLogReader.of(text, "git log " + range);
    this.errorReader = new Thread(() -> drain(process.getErrorStream()), "git-stderr");
    errorReader.setDaemon(true);
    errorReader.start();
  }

  /** A history read from the cache: no process. */
  private GitLogProcess(GitRepository repository, String range, java.nio.file.Path cached) {
    this.process = null;
    this.repository = repository;
    this.range = range;
    this.reader = GitLogReader.open(cached);
    this.errorReader = null;
    this.finished = true;
  }

  static GitLogProcess cached(GitRepository repository, String range, java.nio.file.Path file) {
    return new GitLogProcess(repository, range, file);
  }

  /** Starts git log, copying its text to a cache file that is kept only if git succeeds. */
  static GitLogProcess startCaching(
      GitRepository repository, List<String> command, String range, java.nio.file.Path cacheFile) {
    return start(repository, command, range, true, cacheFile);
  }

  static GitLogProcess start(GitRepository repository, List<String> command, String range) {
    return start(repository, command, range, true, null);
  }

  /** A git command whose output is not a log: read it with {@link #readAll()}. */
  static GitLogProcess startPlain(GitRepository repository, List<String> command, String what) {
    return start(repository, command, what, false, null);
  }

  private static GitLogProcess start(
      GitRepository repository,
      List<String> command,
      String range,
      boolean log,
      java.nio.file.Path cacheFile) {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(repository.directoryForProcess().toFile());
    builder.environment().put("GIT_PAGER", "cat");
    builder.environment().put("LC_ALL", "C");
    // No prompt for credentials or a terminal: git must never wait for a person.
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    try {
      return new GitLogProcess(builder.start(), repository, range, log, cacheFile);
    } catch (IOException e) {
      throw new StackholderException(
          "Cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
    }
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
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

  /** The whole standard output as text, for short outputs such as rev-parse's (one line). */
  String readAll() {
    StringBuilder text = new StringBuilder();
    try (InputStreamReader in =
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
      char[] buffer = new char[256];
      for (int n = in.read(buffer); n >= 0 && text.length() < 4096; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new StackholderException(
          "Cannot read git's output in '" + repository.directory() + "': " + e.getMessage(), e);
    }
    finish(true);
    return text.toString();
  }

  @Override
  public boolean hasNext() {
    if (reader != null && reader.hasNext()) {
      return true;
    }
    finish(false);
    return false;
  }

  @Override
  public GitCommit next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more commits from git log " + range);
    }
    return reader.next();
  }

  /** Waits for git and turns a failure into one line: git's own first "fatal:" line, explained. */
  private void finish(boolean quietFailureIsEmpty) {
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
      throw new StackholderException("Interrupted while running git in " + repository.directory());
    }
    if (status == 0) {
      keepCopy();
      return;
    }
    dropCopy();
    String message;
    synchronized (error) {
      message = error.toString(StandardCharsets.UTF_8);
    }
    String first =
        message
            .lines()
            .filter(l -> l.startsWith("fatal:"))
            .findFirst()
            .orElse(message.lines().findFirst().orElse(""))
            .replaceFirst("^fatal: ", "")
            .trim();
    if (first.contains("not a git repository")) {
      throw new StackholderException(
          "'" + repository.directory() + "' is not a git repository" + " (git: " + first + ")");
    }
    if (quietFailureIsEmpty && first.isEmpty()) {
      return; // rev-parse --quiet: an unknown revision prints nothing and fails
    }
    if (first.contains("bad revision")
        || first.contains("unknown revision")
        || first.contains("ambiguous argument")
        || first.contains("Needed a single revision")) {
      throw new NotFoundException(
          "revision",
          range,
          "Unknown revision in '"
              + range
              + "' of repository '"
              + repository.directory()
              + "' (git: "
              + first
              + ")");
    }
    throw new StackholderException(
        "git "
            + range
            + " failed in '"
            + repository.directory()
            + "' with status "
            + status
            + (first.isEmpty() ? "" : ": " + first));
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
    } finally {
      if (!finished) {
        process.destroy();
      }
      dropCopy(); // closed before the end: the copy is not the whole history
    }
  }

  /** git succeeded and its whole output was read: the copy becomes the cache entry. */
  private void keepCopy() {
    if (copy == null) {
      return;
    }
    try {
      copy.close();
      java.nio.file.Files.move(
          copyTemp,
          copyTarget,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // A cache that cannot be written costs the next run a git log, nothing more.
    } finally {
      copy = null;
      dropCopy();
    }
  }

  private void dropCopy() {
    try {
      if (copy != null) {
        copy.close();
      }
      if (copyTemp != null) {
        java.nio.file.Files.deleteIfExists(copyTemp);
      }
    } catch (IOException e) {
      // nothing left to do: a stray partial file is never read (only final names are)
    } finally {
      copy = null;
      copyTemp = null;
    }
  }

  @Override
  public String toString() {
    return "GitLogProcess{" + repository.directory() + ", " + range + "}";
  }
}
