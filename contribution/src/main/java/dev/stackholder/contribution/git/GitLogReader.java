package dev.stackholder.contribution.git;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.Documents;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the text of {@code git log} in its default format with {@code --numstat} (what gitdm
 * reads: {@code git log --no-mailmap --no-merges --numstat -M --find-copies-harder A..B}, where
 * {@code --no-mailmap} keeps today's git from rewriting authors through {@code .mailmap}, which the
 * git of gitdm's day never did; {@link GitRepository} runs it) or {@code --shortstat}, one {@link
 * GitCommit} at a time. Only the commit being read is held in memory, so 10^6 commits read in the
 * memory of one.
 *
 * <pre>{@code
 * try (GitLogReader log = GitLogReader.open(Path.of("nova.log"))) {
 *   while (log.hasNext()) {
 *     GitCommit commit = log.next();
 *   }
 * }
 * }</pre>
 *
 * <p>Rules, following gitdm where it has one: a commit starts at a line {@code commit <id>}; the
 * author is {@code Author: Name <address>}, with surrounding double quotes dropped from the name;
 * the date is the {@code Date:} (or {@code AuthorDate:}) line in git's default format ({@code Tue
 * Sep 25 19:04:50 2012 +0000}); a {@code Merge:} line marks a merge; a numstat line {@code
 * added<TAB>removed<TAB>path} adds to the totals, {@code -} counting 0 (a binary file); renames and
 * copies are read from {@code old => new} and {@code dir/{old => new}/file}. Indented lines are the
 * message, from which trailers naming a person ({@code Signed-off-by}, {@code Reviewed-by}, {@code
 * Reported-by}, {@code Tested-by}, {@code Reported-and-tested-by}, {@code Co-authored-by}, any
 * capitalisation, followed by {@code Name <address>}) are kept. Other header lines ({@code
 * Commit:}, {@code CommitDate:}) are ignored. An {@code Author:} line gitdm cannot read (an empty
 * address, {@code Author: Nobody <>}, no address, or no name) does not stop the run: as in gitdm,
 * the commit is the unknown hacker's ({@code Unknown hacker <unknown@hacker.net>}), and {@link
 * GitCommit#authorUnreadable()} says so.
 *
 * <p>Malformed input (text before the first commit, a commit without author or date, a bad date, a
 * line that is neither message nor statistics, a count of more than 9 digits, text that is not
 * UTF-8 or holds U+FFFD or NUL, a line over {@link Limits#MAX_LINE_LENGTH} characters, a commit
 * over {@link Limits#MAX_DOCUMENT_LENGTH} characters) throws {@link InvalidDataException} whose
 * {@code location()} is {@code file:line}; the log as a whole has no size limit (it is streamed),
 * but what is held at once is bounded. A file that is missing is a {@link NotFoundException}; an
 * empty path, a directory or an unreadable file an {@link InvalidDataException} naming it. An I/O
 * failure of the file system is an {@link UncheckedIOException}.
 *
 * <p>Dates are refused outside the years {@link Limits#MIN_YEAR} to {@link Limits#MAX_YEAR}, a
 * commit whose file counts sum beyond an {@code int} or whose line counts sum beyond {@link
 * Limits#MAX_COUNT} is refused naming the field, and text holding an unpaired surrogate (what a
 * lenient decoder makes of bytes above U+10FFFF) is refused with its line.
 *
 * <p>Cost: time and allocation linear in the characters read, whatever they are: each character is
 * looked at a fixed number of times (twice at most: a line that is not plain is read again by the
 * careful path from the same buffer), and what is held at once is one line of at most {@link
 * Limits#MAX_LINE_LENGTH} characters, one commit of at most {@link Limits#MAX_DOCUMENT_LENGTH} and
 * a pool of shared values of a few megabytes. Measured at the limits by {@code
 * GitLogReaderWorstCaseTest} (an allocation-counting harness): at most about 40 bytes allocated per
 * character read (a commit of 8 MiB of one-file lines), 11 for a plain log.
 *
 * <p>Not thread-safe: one reader per stream, used by one thread.
 */
public final class GitLogReader implements Iterator<GitCommit>, Closeable {
  /** gitdm's author of a commit whose author line it cannot read. */
  private static final String UNKNOWN_HACKER_NAME = "Unknown hacker";

  private static final String UNKNOWN_HACKER_ADDRESS = "unknown@hacker.net";
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final String[] TRAILER_KEYS = {
    "signed-off-by",
    "reviewed-by",
    "reported-by",
    "tested-by",
    "reported-and-tested-by",
    "co-authored-by"
  };

  private final BufferedReader in;
  private final String file;
  private int lineNumber;
  private String pending;
  private GitCommit next;
  private boolean done;

  private final StringBuilder buffer = new StringBuilder();
  // Our own buffer: BufferedReader.read() takes a lock per character, 10x slower on a large log.
  private final char[] chunk = new char[1 << 16];
  private int chunkAt;
  private int chunkLength;
  private long commitChars;
  private final Pool pool = new Pool();

  private GitLogReader(Reader in, String file) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(file, "file");
    this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 1 << 16);
    this.file = file;
  }

  /**
   * {@return a reader of a log already open}
   *
   * @param in the text; closed by {@link #close()}
   * @param file the file name that error locations name, e.g. {@code "nova.log"}
   */
  public static GitLogReader of(Reader in, String file) {
    return new GitLogReader(in, file);
  }

  /**
   * {@return a reader of a UTF-8 log file; error locations name the file's last path element}
   *
   * @param file the log, as {@code git log --numstat} writes it in its default format
   * @throws NotFoundException if the file does not exist
   * @throws InvalidDataException if the path is empty, a directory or unreadable
   */
  public static GitLogReader open(Path file) {
    // Strict UTF-8: a Latin-1 byte is an error naming its line, never a silent U+FFFD.
    // Bytes that are not UTF-8 become U+FFFD, which readLine refuses with its exact line (a
    // reporting decoder fails a whole buffer ahead, naming the wrong line). Never guessed.
    Reader reader = new InputStreamReader(Documents.open(file, "git log"), StandardCharsets.UTF_8);
    Path name = file.getFileName();
    return new GitLogReader(reader, name == null ? file.toString() : name.toString());
  }

  /**
   * {@return every commit of a UTF-8 log file, read into a list: for files that fit in memory
   * (tests, one release of one project)} Stream larger histories with {@link #open(Path)}.
   *
   * @param file the log, as {@code git log --numstat} writes it in its default format
   */
  public static List<GitCommit> readAll(Path file) {
    try (GitLogReader reader = open(file)) {
      List<GitCommit> commits = new ArrayList<>();
      reader.forEachRemaining(commits::add);
      return commits;
    }
  }

  /** {@return the commits as a sequential stream; closing the stream closes this reader} */
  public Stream<GitCommit> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readCommit();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public GitCommit next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more commits in " + file);
    }
    GitCommit result = next;
    next = null;
    return result;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close git log " + file, e);
    }
  }

  private String readLine() {
    if (pending != null) {
      String line = pending;
      pending = null;
      return line;
    }
    String whole = lineInChunk();
    if (whole != null) {
      return whole;
    }
    try {
      // Not BufferedReader.readLine: an endless line (/dev/zero) must end at the limit.
      buffer.setLength(0);
      lineNumber++;
      int c = nextChar();
      if (c < 0) {
        lineNumber--;
        return null;
      }
      while (c >= 0 && c != '\n') {
        if (c == 0) {
          throw invalid(
              lineNumber,
              "NUL character at column %d: not a text file (UTF-16 or"
                  + " binary?), expected UTF-8 text",
              buffer.length() + 1);
        }
        if (c == '\uFFFD') {
          throw invalid(
              lineNumber,
              "replacement character U+FFFD at column %d: the text was not"
                  + " UTF-8 when it was decoded",
              buffer.length() + 1);
        }
        if (Character.isLowSurrogate((char) c)
            || (buffer.length() > 0
                && Character.isHighSurrogate(buffer.charAt(buffer.length() - 1)))) {
          // A pair is a high surrogate then a low one; anything else is not text a UTF-8 file can
          // hold (a lenient decoder's rendering of bytes above U+10FFFF, or of CESU-8).
          if (!(Character.isLowSurrogate((char) c)
              && buffer.length() > 0
              && Character.isHighSurrogate(buffer.charAt(buffer.length() - 1)))) {
            throw invalid(
                lineNumber,
                "unpaired surrogate at column %d: not a Unicode code point,"
                    + " expected UTF-8 text",
                buffer.length() + 1);
          }
        }
        if (buffer.length() >= Limits.MAX_LINE_LENGTH) {
          throw invalid(
              lineNumber, "line longer than the limit of %d characters", Limits.MAX_LINE_LENGTH);
        }
        buffer.append((char) c);
        c = nextChar();
      }
      int length = buffer.length();
      if (length > 0 && Character.isHighSurrogate(buffer.charAt(length - 1))) {
        throw invalid(
            lineNumber,
            "unpaired surrogate at column %d: not a Unicode code point," + " expected UTF-8 text",
            length);
      }
      if (length > 0 && buffer.charAt(length - 1) == '\r') {
        buffer.setLength(length - 1);
      }
      commitChars += length + 1;
      if (commitChars > Limits.MAX_DOCUMENT_LENGTH) {
        throw invalid(
            lineNumber,
            "commit longer than the limit of %d characters",
            Limits.MAX_DOCUMENT_LENGTH);
      }
      return buffer.toString();
    } catch (CharacterCodingException e) {
      throw invalid(
          lineNumber,
          "bytes that are not UTF-8 (the file must be UTF-8; Latin-1 and"
              + " other encodings are refused, not guessed)");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read git log " + file + " after line " + lineNumber, e);
    }
  }

  /**
   * The next line if it lies whole in the chunk already read and is plain (no NUL, no U+FFFD, not
   * over the limit): one String made from the chunk instead of a character at a time. Null
   * otherwise, for {@link #readLine()}'s careful path, which reads it again from the same place and
   * reports what is wrong with it.
   */
  private String lineInChunk() {
    for (int i = chunkAt; i < chunkLength; i++) {
      char c = chunk[i];
      if (c == '\n') {
        int length = i - chunkAt;
        if (length > Limits.MAX_LINE_LENGTH) {
          return null;
        }
        lineNumber++;
        commitChars += length + 1;
        if (commitChars > Limits.MAX_DOCUMENT_LENGTH) {
          throw invalid(
              lineNumber,
              "commit longer than the limit of %d characters",
              Limits.MAX_DOCUMENT_LENGTH);
        }
        int kept = length > 0 && chunk[i - 1] == '\r' ? length - 1 : length;
        // A blank line is the one empty string, not a new one: a log of blank lines to the commit
        // limit allocated a String per line (24 bytes per character read).
        String line = kept == 0 ? "" : new String(chunk, chunkAt, kept);
        chunkAt = i + 1;
        return line;
      }
      if (c == 0 || c == '\uFFFD' || Character.isSurrogate(c)) {
        return null;
      }
    }
    return null;
  }

  private int nextChar() throws IOException {
    if (chunkAt == chunkLength) {
      int n = in.read(chunk, 0, chunk.length);
      while (n == 0) {
        n = in.read(chunk, 0, chunk.length);
      }
      if (n < 0) {
        return -1;
      }
      chunkAt = 0;
      chunkLength = n;
    }
    return chunk[chunkAt++];
  }

  private InvalidDataException invalid(int line, String format, Object... args) {
    return new InvalidDataException(
        file + ":" + line, String.format(Locale.ROOT, format, args), null);
  }

  private GitCommit readCommit() {
    commitChars = pending == null ? 0 : pending.length() + 1;
    String line = readLine();
    while (line != null && line.isEmpty()) {
      line = readLine();
    }
    if (line == null) {
      return null;
    }
    if (!line.startsWith("commit ")) {
      throw invalid(lineNumber, "expected 'commit <id>', found '%s'", abbreviate(line));
    }
    int start = lineNumber;
    int end = line.indexOf(' ', 7);
    String id = end < 0 ? line.substring(7) : line.substring(7, end);
    if (id.isEmpty()) {
      throw invalid(start, "'commit' line has no id");
    }
    ImmutableList<String> parents = ImmutableList.of();
    String name = null;
    String address = null;
    OffsetDateTime date = null;
    boolean unreadableAuthor = false;
    // Header: up to the first blank line.
    while ((line = readLine()) != null && !line.isEmpty()) {
      if (line.startsWith("Author:")) {
        int lt = line.lastIndexOf('<');
        if (lt < 0 || !line.endsWith(">") || lt + 1 >= line.length() - 1) {
          // gitdm's author pattern needs "Name <address>"; a line it cannot read leaves the
          // commit with its default author, the unknown hacker (Author: Nobody <>, say).
          unreadableAuthor = true;
          name = UNKNOWN_HACKER_NAME;
          address = UNKNOWN_HACKER_ADDRESS;
          continue;
        }
        address = pool.string(line, lt + 1, line.length() - 1);
        name = authorName(line, lt);
        unreadableAuthor = name.isEmpty();
        if (unreadableAuthor) {
          name = UNKNOWN_HACKER_NAME;
          address = UNKNOWN_HACKER_ADDRESS;
        }
      } else if (line.startsWith("Date:") || line.startsWith("AuthorDate:")) {
        date = parseDate(line.substring(line.indexOf(':') + 1).trim());
      } else if (line.startsWith("Merge:")) {
        String ids = line.substring(6).trim();
        if (ids.isEmpty()) {
          throw invalid(lineNumber, "'Merge:' line has no parent ids");
        }
        parents = ImmutableList.copyOf(ids.split("\\s+"));
      } else if (line.startsWith("commit ")) {
        pending = line;
        break;
      }
    }
    if (name == null) {
      throw invalid(start, "commit %s has no 'Author:' line", id);
    }
    if (date == null) {
      throw invalid(start, "commit %s has no 'Date:' line", id);
    }
    ImmutableList.Builder<FileChange> files = ImmutableList.builder();
    ImmutableList.Builder<Trailer> trailers = null;
    long added = 0;
    long removed = 0;
    int filesChanged = 0;
    boolean shortstat = false;
    while (pending == null && (line = readLine()) != null) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("commit ")) {
        pending = line;
        break;
      }
      if (line.startsWith("    ")) {
        Trailer trailer = pool.trailer(trailer(line));
        if (trailer != null) {
          if (trailers == null) {
            trailers = ImmutableList.builder();
          }
          trailers.add(trailer);
        }
      } else if (line.charAt(0) == ' ' && line.contains(" changed")) {
        long[] stat = shortstat(line);
        // Checked sums, refused naming the field: a commit claiming 999999999 files changed
        // three times overflowed an int and escaped as an ArithmeticException.
        filesChanged = filesSum(filesChanged, stat[0], id);
        added = countSum(added, stat[1], "lines added", id);
        removed = countSum(removed, stat[2], "lines removed", id);
        shortstat = true;
      } else {
        FileChange change = numstat(line);
        files.add(change);
        filesChanged = filesSum(filesChanged, 1, id);
        added = countSum(added, change.added(), "lines added", id);
        removed = countSum(removed, change.removed(), "lines removed", id);
      }
    }
    ImmutableList<FileChange> changes = files.build();
    if (shortstat && !changes.isEmpty()) {
      throw invalid(start, "commit %s mixes --numstat and --shortstat lines", id);
    }
    GitCommit commit =
        new GitCommit(
            id,
            parents,
            name,
            address,
            date,
            changes,
            added,
            removed,
            filesChanged,
            trailers == null ? ImmutableList.of() : pool.trailers(trailers.build()));
    return unreadableAuthor ? new GitCommit(commit, name, address) : commit;
  }

  private int filesSum(int sum, long count, String id) {
    long total = sum + count;
    if (total > Integer.MAX_VALUE) {
      throw invalid(
          lineNumber,
          "commit %s: files changed sum to %d, more than the limit of %d",
          id,
          total,
          Integer.MAX_VALUE);
    }
    return (int) total;
  }

  private long countSum(long sum, long count, String field, String id) {
    // Both are at most MAX_COUNT (numstat and shortstat refuse longer numbers), so the sum fits.
    long total = sum + count;
    if (total > Limits.MAX_COUNT) {
      throw invalid(
          lineNumber,
          "commit %s: %s sum to more than the limit of %d",
          id,
          field,
          Limits.MAX_COUNT);
    }
    return total;
  }

  /** The name between {@code "Author:"} and the {@code '<'} at {@code lt}. */
  private String authorName(String line, int lt) {
    int from = 7;
    while (from < lt && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    int to = lt;
    // gitdm takes exactly one whitespace character between the name and '<'.
    if (to > from && Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    if (to - from >= 2 && line.charAt(from) == '"' && line.charAt(to - 1) == '"') {
      from++;
      to--;
    }
    return pool.string(line, from, to);
  }

  private OffsetDateTime parseDate(String text) {
    // git's default format: "Tue Sep 25 19:04:50 2012 +0000" (day of month not padded).
    String[] parts = splitSpaces(text);
    try {
      if (parts.length != 6) {
        throw new IllegalArgumentException("expected 6 fields");
      }
      int month = -1;
      for (int i = 0; i < MONTHS.length; i++) {
        if (MONTHS[i].equals(parts[1])) {
          month = i + 1;
        }
      }
      if (month < 0) {
        throw new IllegalArgumentException("unknown month");
      }
      String[] time = parts[3].split(":");
      String zone = parts[5];
      if (time.length != 3
          || zone.length() != 5
          || (zone.charAt(0) != '+' && zone.charAt(0) != '-')) {
        throw new IllegalArgumentException("bad time or zone");
      }
      for (String digits :
          new String[] {parts[2], parts[4], time[0], time[1], time[2], zone.substring(1)}) {
        if (digits.isEmpty() || digits.length() > 4 || !asciiDigits(digits)) {
          throw new IllegalArgumentException("not a number");
        }
      }
      if (parts[4].length() != 4
          || parts[2].length() > 2
          || time[0].length() != 2
          || time[1].length() != 2
          || time[2].length() != 2) {
        throw new IllegalArgumentException("bad field width");
      }
      int year = Integer.parseInt(parts[4]);
      if (year < Limits.MIN_YEAR) {
        // Four digits, yet 0000 or 0999: outside the years every date of Stackholder may have.
        throw new IllegalArgumentException("year " + parts[4] + " is before " + Limits.MIN_YEAR);
      }
      int sign = zone.charAt(0) == '-' ? -1 : 1;
      ZoneOffset offset =
          ZoneOffset.ofHoursMinutes(
              sign * Integer.parseInt(zone.substring(1, 3)),
              sign * Integer.parseInt(zone.substring(3, 5)));
      return OffsetDateTime.of(
          LocalDateTime.of(
              pool.day(Integer.parseInt(parts[4]), month, Integer.parseInt(parts[2])),
              LocalTime.of(
                  Integer.parseInt(time[0]), Integer.parseInt(time[1]), Integer.parseInt(time[2]))),
          offset);
    } catch (RuntimeException e) {
      throw new InvalidDataException(
          file + ":" + lineNumber,
          String.format(
              Locale.ROOT,
              "expected a date such as 'Tue Sep 25 19:04:50 2012 +0000', found '%s'",
              abbreviate(text)),
          e);
    }
  }

  /**
   * {@code text.split(" +")} without a regular expression: the parts between runs of spaces, a
   * leading empty part if the text starts with a space, no trailing empty parts.
   */
  static String[] splitSpaces(String text) {
    if (text.indexOf(' ') < 0) {
      return new String[] {text}; // as split: no match, the text itself, even empty
    }
    List<String> parts = new ArrayList<>(6);
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int space = text.indexOf(' ', start);
      int end = space < 0 ? length : space;
      parts.add(text.substring(start, end));
      if (space < 0) {
        break;
      }
      start = space + 1;
      while (start < length && text.charAt(start) == ' ') {
        start++;
      }
      if (start == length) {
        break;
      }
    }
    int size = parts.size();
    while (size > 0 && parts.get(size - 1).isEmpty()) {
      size--;
    }
    return parts.subList(0, size).toArray(new String[0]);
  }

  /** Character.isDigit and below 128: '0' to '9' exactly, without a stream per field. */
  private static boolean asciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private FileChange numstat(String line) {
    int tab1 = line.indexOf('\t');
    int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
    if (tab2 < 0 || tab2 + 1 >= line.length()) {
      throw invalid(
          lineNumber,
          "expected a message line (indented), 'added<TAB>removed<TAB>path' or a --shortstat line,"
              + " found '%s'",
          abbreviate(line));
    }
    String a = line.substring(0, tab1);
    String r = line.substring(tab1 + 1, tab2);
    String path = line.substring(tab2 + 1);
    boolean binary = a.equals("-") && r.equals("-");
    int added = binary ? 0 : count(a, line);
    int removed = binary ? 0 : count(r, line);
    if (path.isBlank()) {
      throw invalid(lineNumber, "numstat line without a path: '%s'", abbreviate(line));
    }
    int arrow = path.indexOf(" => ");
    if (arrow < 0) {
      return FileChange.parsed(added, removed, binary, path, null);
    }
    int open = path.lastIndexOf('{', arrow);
    int close = path.indexOf('}', arrow);
    if (open >= 0 && close > arrow) {
      String prefix = path.substring(0, open);
      String suffix = path.substring(close + 1);
      String before = join(prefix, path.substring(open + 1, arrow), suffix);
      String after = join(prefix, path.substring(arrow + 4, close), suffix);
      return renamed(line, added, removed, binary, after, before);
    }
    return renamed(
        line, added, removed, binary, path.substring(arrow + 4), path.substring(0, arrow));
  }

  private FileChange renamed(
      String line, int added, int removed, boolean binary, String after, String before) {
    if (after.isBlank() || before.isBlank()) {
      throw invalid(lineNumber, "rename without an old or a new path: '%s'", abbreviate(line));
    }
    return FileChange.parsed(added, removed, binary, after, before);
  }

  private static String join(String prefix, String middle, String suffix) {
    // "{ => dir}/x" and "a/{b => }/c" leave a doubled or leading slash behind.
    String joined = prefix + middle + suffix;
    joined = joined.replace("//", "/");
    return joined.startsWith("/") ? joined.substring(1) : joined;
  }

  private int count(String text, String line) {
    if (text.isEmpty() || text.length() > 9) {
      throw invalid(
          lineNumber, "expected a line count or '-', found '%s' in '%s'", text, abbreviate(line));
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(
            lineNumber, "expected a line count or '-', found '%s' in '%s'", text, abbreviate(line));
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private long[] shortstat(String line) {
    // " 3 files changed, 10 insertions(+), 2 deletions(-)"; either count may be missing.
    long[] result = new long[3];
    for (String part : line.trim().split(", ")) {
      int space = part.indexOf(' ');
      if (space < 0) {
        throw invalid(lineNumber, "expected a --shortstat line, found '%s'", abbreviate(line));
      }
      long value = count(part.substring(0, space), line);
      String what = part.substring(space + 1);
      if (what.startsWith("file")) {
        result[0] = value;
      } else if (what.startsWith("insertion")) {
        result[1] = value;
      } else if (what.startsWith("deletion")) {
        result[2] = value;
      } else {
        throw invalid(lineNumber, "expected a --shortstat line, found '%s'", abbreviate(line));
      }
    }
    return result;
  }

  private static Trailer trailer(String line) {
    String text = line.trim();
    int colon = text.indexOf(':');
    if (colon < 0 || !text.endsWith(">")) {
      return null;
    }
    String key = text.substring(0, colon);
    boolean known = false;
    for (String candidate : TRAILER_KEYS) {
      known |= candidate.equalsIgnoreCase(key);
    }
    int lt = text.lastIndexOf('<');
    if (!known || lt < colon) {
      return null;
    }
    String name = text.substring(colon + 1, lt).trim();
    String address = text.substring(lt + 1, text.length() - 1).trim();
    return address.isEmpty() ? null : Trailer.of(key, name, address);
  }

  /**
   * The values that repeat from commit to commit (author names and addresses, trailers, days), each
   * kept once: a history names a few thousand people over 10^6 commits, so commits read into a list
   * share them instead of holding a copy each, and whoever walks the list (the statistics) finds
   * them in the cache and compares them by identity first. Direct-mapped tables of a fixed size: a
   * value that misses its slot is simply a new copy, so what is held stays bounded whatever the log
   * holds.
   */
  private static final class Pool {
    // At most 8192 strings of at most 128 characters, 4096 trailers of such strings and 1024 lists
    // of at most two of them: a few megabytes at worst, whatever the log holds.
    private static final int MAX_LENGTH = 128;
    private static final int MAX_TRAILERS = 2;
    private final String[] strings = new String[8192];
    private final Trailer[] trailerTable = new Trailer[4096];
    private final ImmutableList<?>[] lists = new ImmutableList<?>[1024];
    private final LocalDate[] days = new LocalDate[4096];

    private static int slot(int hash, int size) {
      return (hash ^ (hash >>> 13) ^ (hash >>> 26)) & (size - 1);
    }

    /** {@return the characters from {@code from} to {@code to} of the line, kept once} */
    String string(String line, int from, int to) {
      int length = to - from;
      if (length > MAX_LENGTH) {
        return line.substring(from, to);
      }
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + line.charAt(i);
      }
      int slot = slot(hash, strings.length);
      String kept = strings[slot];
      if (kept != null && kept.length() == length && line.regionMatches(from, kept, 0, length)) {
        return kept;
      }
      String value = line.substring(from, to);
      if (length > 0) {
        strings[slot] = value;
      }
      return value;
    }

    private String string(String value) {
      return string(value, 0, value.length());
    }

    Trailer trailer(Trailer trailer) {
      if (trailer == null) {
        return null;
      }
      if (!small(trailer)) {
        return trailer;
      }
      String key = string(trailer.key());
      String name = string(trailer.name());
      String address = string(trailer.address());
      int slot =
          slot(
              (key.hashCode() * 31 + name.hashCode()) * 31 + address.hashCode(),
              trailerTable.length);
      Trailer kept = trailerTable[slot];
      if (kept != null && kept.key() == key && kept.name() == name && kept.address() == address) {
        return kept;
      }
      Trailer value = Trailer.of(key, name, address);
      trailerTable[slot] = value;
      return value;
    }

    @SuppressWarnings("unchecked")
    ImmutableList<Trailer> trailers(ImmutableList<Trailer> trailers) {
      if (trailers.size() > MAX_TRAILERS) {
        return trailers;
      }
      int hash = 1;
      for (Trailer trailer : trailers) {
        if (!small(trailer)) {
          return trailers;
        }
        hash = 31 * hash + System.identityHashCode(trailer);
      }
      int slot = slot(hash, lists.length);
      ImmutableList<Trailer> kept = (ImmutableList<Trailer>) lists[slot];
      if (kept != null && kept.size() == trailers.size()) {
        boolean same = true;
        for (int i = 0; i < kept.size() && same; i++) {
          same = kept.get(i) == trailers.get(i);
        }
        if (same) {
          return kept;
        }
      }
      lists[slot] = trailers;
      return trailers;
    }

    private static boolean small(Trailer trailer) {
      return trailer.key().length() <= MAX_LENGTH
          && trailer.name().length() <= MAX_LENGTH
          && trailer.address().length() <= MAX_LENGTH;
    }

    /** {@return the day, shared with the other commits of that day (checked as LocalDate.of)} */
    LocalDate day(int year, int month, int dayOfMonth) {
      int slot = ((year * 13 + month) * 32 + dayOfMonth) & (days.length - 1);
      LocalDate kept = days[slot];
      if (kept != null
          && kept.getDayOfMonth() == dayOfMonth
          && kept.getMonthValue() == month
          && kept.getYear() == year) {
        return kept;
      }
      LocalDate value = LocalDate.of(year, month, dayOfMonth);
      days[slot] = value;
      return value;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  @Override
  public String toString() {
    return "GitLogReader{" + file + ", line " + lineNumber + "}";
  }
}
