package dev.stackholder.contribution.stackalytics;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code git log} text in the format of Stackalytics' processor, the way its {@code
 * stackalytics/processor/vcs.py} ({@code Git.log}, openstack/stackalytics f6f54bec) reads it:
 * records of {@code commit_id:}, {@code date:}, {@code author_name:}, {@code author_email:}, {@code
 * subject:}, {@code message:} and {@code diff_stat:}, the message running to the first {@code
 * \ndiff_stat:} and the shortstat to the next {@code commit}.
 *
 * <p>Reproduced from {@code vcs.py}: the shortstat pattern ({@code DIFF_STAT_PATTERN}: a lone
 * {@code N deletions(-)} counts as deletions, no shortstat counts 0 and 0); the co-author pattern
 * ({@code MESSAGE_PATTERNS['coauthor']}: {@code Co-Authored-By:}, {@code Also-By:} or {@code
 * Co-Author:} in any case, then a name and an address, each distinct match once) and the address
 * check it applies ({@code utils.check_email_validity}, whose local-part class {@code
 * [\w\d_\.-\\+]} is the range from {@code .} to {@code \}, so an address with a {@code -} anywhere
 * before the {@code @} is rejected); {@code utils.keep_safe_chars} on the author's address. The
 * patterns' repetitions are bounded (a co-author's name and address parts at 256 characters, the
 * shortstat looked for in the segment's first 4,096), so hostile text is read in linear time.
 * Nothing is skipped here: Stackalytics' skipping of submodule updates and of commits without an
 * address is a rule of {@link StackalyticsProcessor}, which reports it.
 *
 * <p>Immutable and thread-safe (no state).
 */
public final class StackalyticsLog {
  /**
   * The arguments Stackalytics' processor gives {@code git} ({@code vcs.py}, {@code Git.log}),
   * followed by the revision: {@code log --pretty=<format> --shortstat -M --no-merges}, plus {@code
   * --no-mailmap}, which Stackalytics did not pass because the git of its day did not read {@code
   * .mailmap} for {@code log}; with {@code %an} and {@code %ae} it changes nothing either way.
   */
  public static final ImmutableList<String> GIT_LOG_ARGUMENTS =
      ImmutableList.of(
          "log",
          "--no-mailmap",
          "--pretty=commit_id:%H%ndate:%at%nauthor_name:%an%nauthor_email:%ae%nsubject:%s%n"
              + "message:%b%ndiff_stat:",
          "--shortstat",
          "-M",
          "--no-merges");

  private static final String[] KEYS = {
    "commit_id:", "date:", "author_name:", "author_email:", "subject:", "message:", "diff_stat:"
  };
  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;
  private static final Pattern DIFF_STAT =
      Pattern.compile(
          "[^\\d]+(\\d+)\\s+[^\\s]*\\s+changed(,\\s+(\\d+)\\s+([^\\d\\s]*)\\s+(\\d+)?)?", FLAGS);
  // Stackalytics' pattern with its repetitions bounded (a name of at most 256 characters, address
  // parts of at most 256), so that a hostile message line costs linear time, not quadratic; no real
  // co-author line comes near the bounds.
  private static final String CO_AUTHOR_RAW =
      "(?<name>.{0,256}?)\\s{0,256}<?(?<email>[\\w.-]{1,256}@[\\w.-]{1,256})>?";
  private static final Pattern CO_AUTHOR_LINE =
      Pattern.compile(
          "(?:Co-Authored-By|Also-By|Co-Author):\\s{0,256}(?<id>" + CO_AUTHOR_RAW + ")\\s",
          FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CO_AUTHOR =
      Pattern.compile(CO_AUTHOR_RAW, FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // utils.check_email_validity: [\w\d_\.-\\+] is \w, '+' and the range '.'..'\'.
  private static final Pattern VALID_EMAIL =
      Pattern.compile("[\\w\\u002E-\\u005C+]+@([\\w_.-]+\\.)+\\w+", FLAGS);
  private static final Pattern UNSAFE = Pattern.compile("[^\\x21-\\x7e\\x80-\\xff]+");

  private StackalyticsLog() {}

  /**
   * Reads a file of such log text (UTF-8).
   *
   * @param file the output of {@code git} with {@link #GIT_LOG_ARGUMENTS}
   * @return the commits in the file's order
   * @throws InvalidDataException naming the file and line of a malformed record, or the file if it
   *     is not UTF-8
   * @throws NotFoundException if the file does not exist
   * @throws UncheckedIOException on another I/O failure
   */
  public static ImmutableList<StackalyticsCommit> read(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new NotFoundException(
          "file", file.toString(), "Stackalytics git log file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw new InvalidDataException(file.toString(), "not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(text, file.toString());
  }

  /**
   * Reads log text.
   *
   * @param text the output of {@code git} with {@link #GIT_LOG_ARGUMENTS}
   * @param source a name for the text in error messages (a file name)
   * @return the commits in the text's order
   * @throws InvalidDataException naming the source and line of a malformed record
   */
  public static ImmutableList<StackalyticsCommit> read(String text, String source) {
    List<StackalyticsCommit> commits = new ArrayList<>();
    int pos = text.indexOf(KEYS[0]);
    if (pos < 0 && !text.isBlank()) {
      throw new InvalidDataException(source + ":1", "no commit_id: record in the text", null);
    }
    while (pos >= 0) {
      String[] values = new String[KEYS.length - 1];
      int at = pos;
      for (int k = 0; k < KEYS.length - 1; k++) {
        if (!text.startsWith(KEYS[k], at)) {
          throw bad(text, source, at, "expected " + KEYS[k]);
        }
        int start = at + KEYS[k].length();
        int end = text.indexOf("\n" + KEYS[k + 1], start);
        if (end < 0) {
          throw bad(text, source, start, "no " + KEYS[k + 1] + " line after " + KEYS[k]);
        }
        values[k] = text.substring(start, end);
        at = end + 1;
      }
      int statStart = at + KEYS[KEYS.length - 1].length();
      if (statStart >= text.length()) {
        throw bad(text, source, at, "the text ends at diff_stat: (truncated)");
      }
      int next = text.indexOf("commit", statStart + 1);
      int statEnd = next < 0 ? text.length() : next;
      commits.add(commit(values, text.substring(statStart, statEnd), text, source, pos));
      pos = next < 0 ? -1 : text.indexOf(KEYS[0], next);
    }
    return ImmutableList.copyOf(commits);
  }

  private static StackalyticsCommit commit(
      String[] v, String diffStat, String text, String source, int pos) {
    Instant date;
    try {
      date = Instant.ofEpochSecond(Long.parseLong(v[1]));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw bad(text, source, pos, "date: must be Unix seconds, got '" + v[1] + "'");
    }
    long added = 0;
    long deleted = 0;
    // A shortstat line is short; looking at the first 4,096 characters keeps a hostile segment
    // from costing quadratic time in the pattern's retries.
    Matcher m =
        DIFF_STAT.matcher(diffStat.length() > 4096 ? diffStat.substring(0, 4096) : diffStat);
    if (m.find() && m.group(2) != null) {
      try {
        long changed = Long.parseLong(m.group(3));
        if (m.group(5) != null) {
          added = changed;
          deleted = Long.parseLong(m.group(5));
        } else if (m.group(4).startsWith("d")) {
          deleted = changed;
        } else {
          added = changed;
        }
      } catch (NumberFormatException e) {
        throw bad(text, source, pos, "diff_stat: count out of range in '" + diffStat.strip() + "'");
      }
    }
    String email = UNSAFE.matcher(v[3]).replaceAll("");
    return StackalyticsCommit.of(v[0], date, v[2], email, v[4], coAuthors(v[5]), added, deleted);
  }

  /**
   * {@return the co-authors Stackalytics accepts in a commit message, each distinct mention once,
   * in the order found}
   *
   * @param message the commit message body
   */
  public static ImmutableList<StackalyticsCommit.CoAuthor> coAuthors(String message) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = CO_AUTHOR_LINE.matcher(message);
    while (m.find()) {
      ids.add(m.group("id"));
    }
    List<StackalyticsCommit.CoAuthor> result = new ArrayList<>();
    for (String id : ids) {
      Matcher c = CO_AUTHOR.matcher(id);
      if (c.lookingAt() && isValidEmail(c.group("email"))) {
        result.add(new StackalyticsCommit.CoAuthor(c.group("name"), c.group("email")));
      }
    }
    return ImmutableList.copyOf(result);
  }

  /**
   * {@return whether Stackalytics' {@code utils.check_email_validity} accepts an address}
   *
   * @param email the address
   */
  public static boolean isValidEmail(String email) {
    return !email.isEmpty() && VALID_EMAIL.matcher(email).lookingAt();
  }

  private static InvalidDataException bad(String text, String source, int offset, String what) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new InvalidDataException(source + ":" + line, what, null);
  }
}
