package dev.stackholder.contribution.stackalytics;

import dev.stackholder.core.InvalidDataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code git} in a repository with settings that pin what Stackalytics' reading depends on,
 * whatever the user's configuration says: English messages (the shortstat is parsed by its words),
 * UTF-8 log output, root commits shown. Not thread-confined: each call starts its own process.
 */
final class GitRunner {
  private GitRunner() {}

  /** Runs git; empty if it exits with a failure (Stackalytics logs and goes on). */
  static Optional<String> run(Path repository, List<String> args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "git",
                "-C",
                repository.toString(),
                "-c",
                "i18n.logOutputEncoding=UTF-8",
                "-c",
                "log.showRoot=true",
                "-c",
                "log.showSignature=false",
                "-c",
                "core.pager=cat"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("LANGUAGE", "");
    pb.environment().remove("GIT_DIR");
    pb.environment().remove("GIT_WORK_TREE");
    try {
      Process p = pb.start();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        out = buffer.toByteArray();
      }
      int code = p.waitFor();
      // vcs.py decodes with errors ignored; a replacement character is as harmless here.
      return code == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not run git in " + repository, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidDataException("interrupted while running git in " + repository, e);
    }
  }
}
