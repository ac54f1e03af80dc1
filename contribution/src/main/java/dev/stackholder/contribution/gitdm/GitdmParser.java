package dev.stackholder.contribution.gitdm;

import com.google.common.collect.ImmutableMap;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.Documents;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads gitdm's plain-text reports ({@code git-stats.txt}, {@code nova-lp-stats.txt}, ...) as
 * published by openstack-infra/gitdm for Essex, Folsom and Grizzly.
 *
 * <p>A report opens with its counts ({@code Processed N csets from M developers}, {@code N
 * employers found} and, for git, {@code A total of N lines added, M removed (delta D)}), followed
 * by tables separated by blank lines: a title, rows of a name, a count and a share in parentheses
 * ({@code <employer> <count> (<share>%)}), and a closing {@code Covers N% of changesets}. The
 * parser is strict: any other line is an {@link InvalidDataException} whose message starts with the
 * file and line, e.g. {@code folsom/git-stats.txt:7: ...}. Every entry point (file, stream, reader)
 * reads the same way, within {@link Limits}: at most {@link Limits#MAX_DOCUMENT_LENGTH} bytes,
 * lines of at most {@link Limits#MAX_LINE_LENGTH}, strict UTF-8 (other bytes, or U+FFFD left by a
 * decoder, are an error naming the line), counts of at most {@link Limits#MAX_INTEGER_DIGITS}
 * digits.
 *
 * <p>This class has no state; its methods are thread-safe.
 */
public final class GitdmParser {
  private static final Pattern FILE_NAME =
      Pattern.compile("(?:([a-z0-9]+(?:[-_.][a-z0-9]+)*)-)?(git|lp|gerrit)-stats\\.txt");
  private static final Pattern PROCESSED =
      Pattern.compile("Processed (\\d+) (csets|bugs|review) from (\\d+) developers");
  private static final Pattern EMPLOYERS = Pattern.compile("(\\d+) employers found");
  private static final Pattern LINES =
      Pattern.compile("A total of (\\d+) lines added, (\\d+) removed \\(delta (-?\\d+)\\)");
  private static final Pattern TITLE = Pattern.compile("(.*?)(?: \\(total (\\d+)\\))?");
  private static final Pattern SHARE = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern COVERS = Pattern.compile("Covers (\\d+(?:\\.\\d+)?)% of \\w+");

  /** The tables gitdm writes, by title. */
  private static final Map<String, Kind> TITLES =
      ImmutableMap.<String, Kind>builder()
          .put("Developers with the most changesets", developer(Metric.CHANGESETS))
          .put("Developers with the most changed lines", developer(Metric.LINES_CHANGED))
          .put("Developers with the most lines removed", developer(Metric.LINES_REMOVED))
          .put("Developers with the most bugs fixed", developer(Metric.BUGS_FIXED))
          .put("Developers with the most reviews", developer(Metric.REVIEWS))
          .put("Top changeset contributors by employer", employer(Metric.CHANGESETS))
          .put("Top lines changed by employer", employer(Metric.LINES_CHANGED))
          .put("Employers with the most hackers", employer(Metric.DEVELOPERS))
          .put("Top bugs fixed by employer", employer(Metric.BUGS_FIXED))
          .put("Top reviewers by employer", employer(Metric.REVIEWS))
          .build();

  private GitdmParser() {}

  /**
   * Reads a report file; the release is the name of the folder it is in, the project and kind come
   * from the file name ({@code folsom/nova-git-stats.txt}: release folsom, project nova, git).
   *
   * @param file the report, in a folder named after its release
   * @return the report with every table it holds
   * @throws NotFoundException (kind {@code "file"}) if the file does not exist
   * @throws InvalidDataException naming the file (and line) if it is misnamed, malformed, not UTF-8
   *     or over {@link Limits#MAX_DOCUMENT_LENGTH}, and naming the file if the path is empty, a
   *     directory, a symbolic-link loop or unreadable
   * @throws UncheckedIOException on an I/O failure of the file system
   */
  public static GitdmReport parse(Path file) {
    byte[] bytes = Documents.read(file, "gitdm report");
    Path folder = file.toAbsolutePath().getParent();
    String release =
        folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
    String fileName = String.valueOf(file.getFileName());
    String where = checkName(release, fileName);
    return parse(release, fileName, Documents.utf8(bytes, where));
  }

  /**
   * Reads a report from a UTF-8 stream (which is not closed).
   *
   * @param release the release, lower-case, e.g. {@code "folsom"}
   * @param fileName the report's file name, e.g. {@code "nova-git-stats.txt"}
   * @param in the report's bytes, UTF-8
   * @return the report with every table it holds
   * @throws InvalidDataException naming {@code release/fileName} and the line if malformed
   */
  public static GitdmReport parse(String release, String fileName, InputStream in) {
    java.util.Objects.requireNonNull(in, "in");
    String where = checkName(release, fileName);
    return parse(
        release, fileName, Documents.utf8(Documents.read(in, where, "gitdm report"), where));
  }

  /**
   * Reads a report (the reader is not closed).
   *
   * @param release the release, lower-case, e.g. {@code "folsom"}
   * @param fileName the report's file name, e.g. {@code "nova-git-stats.txt"}
   * @param reader the report's text
   * @return the report with every table it holds
   * @throws InvalidDataException naming {@code release/fileName} and the line if malformed
   */
  public static GitdmReport parse(String release, String fileName, Reader reader) {
    java.util.Objects.requireNonNull(reader, "reader");
    String where = checkName(release, fileName);
    return parse(release, fileName, Documents.read(reader, where, "gitdm report"));
  }

  private static String checkName(String release, String fileName) {
    java.util.Objects.requireNonNull(release, "release");
    java.util.Objects.requireNonNull(fileName, "fileName");
    String where = release + "/" + fileName;
    if (!FILE_NAME.matcher(fileName).matches()) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "%s: file name '%s' is not a gitdm report name such as 'git-stats.txt' or "
                  + "'nova-lp-stats.txt'",
              Limits.abbreviate(where),
              Limits.abbreviate(fileName)));
    }
    return where;
  }

  /** Every entry point ends here, with the whole text: the same checks whatever it came from. */
  private static GitdmReport parse(String release, String fileName, String text) {
    String where = release + "/" + fileName;
    Matcher name = FILE_NAME.matcher(fileName);
    name.matches();
    List<String> lines = Documents.lines(text, where);
    try {
      return new Parse(where, lines)
          .report(
              release,
              name.group(1) == null ? ContributionTable.ALL_PROJECTS : name.group(1),
              GitdmReportKind.fromId(name.group(2)));
    } catch (InvalidDataException e) {
      throw e.getMessage().startsWith(where)
          ? e
          : new InvalidDataException(where + ": " + e.getMessage(), e);
    }
  }

  /** The parse of one file: the lines and a cursor. */
  private static final class Parse {
    private final String where;
    private final List<String> lines;
    private int next;

    Parse(String where, List<String> lines) {
      this.where = where;
      this.lines = lines;
    }

    GitdmReport report(String release, String project, GitdmReportKind kind) {
      ImmutableGitdmReport.Builder report =
          ImmutableGitdmReport.builder().file(where).release(release).project(project).kind(kind);
      Matcher processed = expect(PROCESSED, "'Processed N " + kind.unit() + " from M developers'");
      if (!processed.group(2).equals(kind.unit())) {
        throw fail(
            next,
            "a "
                + kind.id()
                + " report counts "
                + kind.unit()
                + ", found '"
                + Limits.abbreviate(lines.get(next - 1))
                + "'");
      }
      report.processed(number(processed.group(1))).developers(number(processed.group(3)));
      report.employers(number(expect(EMPLOYERS, "'N employers found'").group(1)));
      if (kind == GitdmReportKind.GIT) {
        Matcher total = expect(LINES, "'A total of N lines added, M removed (delta D)'");
        long added = number(total.group(1));
        long removed = number(total.group(2));
        // Both are below 10^18, so the difference cannot overflow.
        if (added - removed != signedNumber(total.group(3))) {
          throw fail(next, "delta " + total.group(3) + " is not " + added + " - " + removed);
        }
        report.linesAdded(added).linesRemoved(removed);
      }
      Set<Metric> employerTables = EnumSet.noneOf(Metric.class);
      Set<Metric> developerTables = EnumSet.noneOf(Metric.class);
      while (next < lines.size()) {
        String line = lines.get(next++);
        if (line.isBlank()) {
          continue;
        }
        GitdmTable table = table(line, kind);
        Set<Metric> seen =
            table.subject() == GitdmTable.Subject.EMPLOYER ? employerTables : developerTables;
        if (!seen.add(table.metric())) {
          throw fail(table.line(), "second table '" + table.title() + "'");
        }
        report.addTables(table);
      }
      return report.build();
    }

    private GitdmTable table(String titleLine, GitdmReportKind kind) {
      int titleNumber = next;
      Matcher title = TITLE.matcher(titleLine);
      Kind tableKind = title.matches() ? TITLES.get(title.group(1)) : null;
      if (tableKind == null) {
        throw fail(
            titleNumber,
            "expected a table title such as 'Top changeset contributors by "
                + "employer', found '"
                + Limits.abbreviate(titleLine)
                + "'");
      }
      if (!kind.metrics().contains(tableKind.metric)) {
        throw fail(
            titleNumber,
            "table '"
                + Limits.abbreviate(title.group(1))
                + "' does not belong in a "
                + kind.id()
                + " report");
      }
      ImmutableGitdmTable.Builder table =
          ImmutableGitdmTable.builder()
              .title(title.group(1))
              .subject(tableKind.subject)
              .metric(tableKind.metric)
              .line(titleNumber);
      if (title.group(2) != null) {
        table.total(number(title.group(2)));
      }
      while (true) {
        if (next >= lines.size()) {
          throw fail(
              next,
              "the file ends inside table '"
                  + title.group(1)
                  + "' (line "
                  + titleNumber
                  + ") before its 'Covers N% of ...' line");
        }
        String line = lines.get(next++);
        Matcher covers = COVERS.matcher(line);
        if (covers.matches()) {
          table.coverage(percent(covers.group(1)));
          return build(table);
        }
        String[] row = row(line);
        if (row == null) {
          throw fail(
              next,
              "expected a row such as 'SINA   147 (4.7%)' or 'Covers N% of ...' in "
                  + "table '"
                  + title.group(1)
                  + "', found '"
                  + Limits.abbreviate(line)
                  + "'");
        }
        long value = number(row[1]);
        BigDecimal share = percent(row[2]);
        try {
          table.addRows(
              ImmutableGitdmRow.builder()
                  .name(row[0])
                  .value(value)
                  .share(share)
                  .line(next)
                  .build());
        } catch (InvalidDataException e) {
          throw fail(next, e.getMessage());
        }
      }
    }

    private GitdmTable build(ImmutableGitdmTable.Builder table) {
      try {
        return table.build();
      } catch (InvalidDataException e) {
        throw fail(next, e.getMessage());
      }
    }

    private Matcher expect(Pattern pattern, String expected) {
      if (next >= lines.size()) {
        throw fail(next + 1, "the file ends where " + expected + " was expected");
      }
      String line = lines.get(next++);
      Matcher matcher = pattern.matcher(line);
      if (!matcher.matches()) {
        throw fail(next, "expected " + expected + ", found '" + Limits.abbreviate(line) + "'");
      }
      return matcher;
    }

    /** A count: at most {@link Limits#MAX_INTEGER_DIGITS} digits, tested before it is parsed. */
    private long number(String digits) {
      if (digits.length() > Limits.MAX_INTEGER_DIGITS) {
        throw fail(
            next,
            "number "
                + Limits.abbreviate(digits)
                + " has more than "
                + Limits.MAX_INTEGER_DIGITS
                + " digits, the limit for a count");
      }
      return Long.parseLong(digits);
    }

    private long signedNumber(String text) {
      return text.startsWith("-") ? -number(text.substring(1)) : number(text);
    }

    private BigDecimal percent(String text) {
      if (text.length() > Limits.MAX_NUMBER_LENGTH) {
        throw fail(
            next,
            "percentage "
                + Limits.abbreviate(text)
                + " is longer than the limit of "
                + Limits.MAX_NUMBER_LENGTH
                + " characters");
      }
      try {
        return Limits.checkDecimal(new BigDecimal(text), "percentage");
      } catch (InvalidDataException e) {
        throw fail(next, e.getMessage());
      }
    }

    private InvalidDataException fail(int line, String message) {
      return new InvalidDataException(where + ":" + line + ": " + message);
    }
  }

  /**
   * Splits a row {@code <name><blanks><count> (<share>%)} into name, count and share, or null if
   * the line is not one. By hand, in one pass from the end: the equivalent pattern {@code
   * (\\S.*?)\\s+(\\d+) \\((\\d+(?:\\.\\d+)?)%\\)} backtracks quadratically on a long line of
   * blanks.
   */
  static String[] row(String line) {
    if (!line.endsWith("%)")) {
      return null;
    }
    int open = line.lastIndexOf(" (");
    if (open < 0) {
      return null;
    }
    String share = line.substring(open + 2, line.length() - 2);
    if (!SHARE.matcher(share).matches()) {
      return null;
    }
    int countEnd = open;
    int countStart = countEnd;
    while (countStart > 0 && isDigit(line.charAt(countStart - 1))) {
      countStart--;
    }
    int nameEnd = countStart;
    while (nameEnd > 0 && isBlank(line.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    if (countStart == countEnd
        || nameEnd == countStart
        || nameEnd == 0
        || isBlank(line.charAt(0))) {
      return null;
    }
    return new String[] {line.substring(0, nameEnd), line.substring(countStart, countEnd), share};
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What {@code \\s} matches. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whom a table lists and what it counts. */
  private static final class Kind {
    final GitdmTable.Subject subject;
    final Metric metric;

    Kind(GitdmTable.Subject subject, Metric metric) {
      this.subject = subject;
      this.metric = metric;
    }
  }

  private static Kind developer(Metric metric) {
    return new Kind(GitdmTable.Subject.DEVELOPER, metric);
  }

  private static Kind employer(Metric metric) {
    return new Kind(GitdmTable.Subject.EMPLOYER, metric);
  }
}
