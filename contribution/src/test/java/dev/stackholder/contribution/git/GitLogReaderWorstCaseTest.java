package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.core.Limits;
import dev.stackholder.testsupport.Allocations;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 3: {@link GitLogReader} at its documented limits (a line of {@link
 * Limits#MAX_LINE_LENGTH} characters, a commit of {@link Limits#MAX_DOCUMENT_LENGTH}) costs memory
 * linear in its input, whatever the input. An allocation-counting harness ({@link Allocations}),
 * not a timed test: each adversarial input of about 8 MiB is read in the same run as a plain log of
 * the same size (the baseline), and the allocation per input character of each is bounded. The
 * figures are printed for {@code docs/reliability.md}.
 */
class GitLogReaderWorstCaseTest {
  private static final int SIZE = Limits.MAX_DOCUMENT_LENGTH - 4096;
  private static final String HEAD =
      "commit 1111111111111111111111111111111111111111\n"
          + "Author: Dev <dev@example.com>\nDate:   Tue Sep 25 19:04:50 2012 +0000\n\n    Subject\n\n";

  /** Plain commits of a few files each, as real logs hold: the baseline. */
  private static String plain() {
    StringBuilder log = new StringBuilder(SIZE + 1000);
    int n = 0;
    while (log.length() < SIZE) {
      log.append("commit ")
          .append(String.format("%040x", n++))
          .append('\n')
          .append("Author: Dev ")
          .append(n % 500)
          .append(" <dev")
          .append(n % 500)
          .append("@example.com>\n")
          .append("Date:   Tue Sep 25 19:04:50 2012 +0000\n\n    Subject ")
          .append(n)
          .append("\n\n")
          .append("10\t2\tnova/compute/manager.py\n3\t0\tnova/tests/test_compute.py\n\n");
    }
    return log.toString();
  }

  /** One commit whose numstat lines are each at the line limit, up to the commit limit. */
  private static String longestLines() {
    StringBuilder log = new StringBuilder(SIZE + Limits.MAX_LINE_LENGTH).append(HEAD);
    String line = "1\t1\t" + "p".repeat(Limits.MAX_LINE_LENGTH - 5) + "\n";
    while (log.length() + line.length() < SIZE) {
      log.append(line);
    }
    return log.toString();
  }

  /** One commit of 8 MiB of one-file numstat lines: the most lines one commit may hold. */
  private static String mostLines() {
    StringBuilder log = new StringBuilder(SIZE + 100).append(HEAD);
    while (log.length() < SIZE) {
      log.append("1\t1\ta\n");
    }
    return log.toString();
  }

  /** Blank lines without end (until the commit limit refuses them). */
  private static String blankLines() {
    return HEAD + "1\t1\ta\n" + "\n".repeat(SIZE);
  }

  /** Tiny commits whose every author is new: no value repeats, so nothing is shared. */
  private static String distinctAuthors() {
    StringBuilder log = new StringBuilder(SIZE + 1000);
    int n = 0;
    while (log.length() < SIZE) {
      log.append("commit ")
          .append(String.format("%040x", n))
          .append("\nAuthor: P")
          .append(n)
          .append(" <p")
          .append(n)
          .append("@d")
          .append(n)
          .append(".example.com>\n")
          .append("Date:   Tue Sep 25 19:04:50 2012 +0000\n\n    Signed-off-by: Q")
          .append(n)
          .append(" <q")
          .append(n)
          .append("@example.org>\n\n1\t1\ta\n\n");
      n++;
    }
    return log.toString();
  }

  /**
   * Lines one short of the limit, each ending in U+FFFD: the careful path reads every one again.
   */
  private static String replacementAtLineEnds() {
    return HEAD
        + ("1\t1\t" + "p".repeat(Limits.MAX_LINE_LENGTH - 6) + "\uFFFD\n")
            .repeat(SIZE / Limits.MAX_LINE_LENGTH);
  }

  private static Allocations.Cost read(String log) {
    return Allocations.measure(
        () -> GitLogReader.of(new StringReader(log), "worst.log").forEachRemaining(commit -> {}));
  }

  @Test
  void everyAdversarialLogAtTheLimitsCostsMemoryLinearInItsSize() {
    Map<String, String> logs = new LinkedHashMap<>();
    logs.put("plain log (baseline)", plain());
    logs.put("lines at the 10,000-character limit", longestLines());
    logs.put("8 MiB commit of one-file lines", mostLines());
    logs.put("endless blank lines", blankLines());
    logs.put("every author and trailer new", distinctAuthors());
    logs.put("U+FFFD at the end of each longest line", replacementAtLineEnds());
    read(logs.get("plain log (baseline)")); // warm-up, so that class loading is not counted
    Allocations.Cost baseline = read(logs.get("plain log (baseline)"));
    double baselinePerChar = baseline.bytesPerInputByte(logs.get("plain log (baseline)").length());
    for (Map.Entry<String, String> log : logs.entrySet()) {
      Allocations.Cost cost = read(log.getValue());
      double perChar = cost.bytesPerInputByte(log.getValue().length());
      System.out.printf(
          java.util.Locale.ROOT,
          "git log worst case: %-42s %,11d chars: %s, %.1f bytes/char" + " (baseline %.1f)%n",
          log.getKey(),
          log.getValue().length(),
          cost,
          perChar,
          baselinePerChar);
      // Linear: a fixed number of bytes per character read. 64 is far above what any of these
      // takes (a char is two bytes in the reader's buffer and the line's String), and far below
      // what a quadratic cost (a copy per line of the commit so far) would take at 8 MiB.
      assertThat(perChar).as(log.getKey()).isLessThan(64);
    }
  }
}
