package dev.stackholder.contribution.gitdm;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.RevisionRange;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.Documents;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * gitdm's configuration, read from a directory laid out as a gitdm checkout: {@code gitdm.config}
 * names the alias file ({@code EmailAliases}), the map files ({@code EmailMap}: domain-map,
 * email-map) and the group files ({@code GroupMap file Employer}), with paths relative to the
 * directory. Other directives ({@code FileTypeMap}, ...) do not affect employer tables and are
 * skipped.
 *
 * <p>gitdm's rules, reproduced: map lines are {@code key Employer Name [< yyyy-mm-dd]}, {@code #}
 * starting a comment; keys are lower-cased; a group file lists one address per line, all mapped to
 * the employer of its {@code GroupMap} line; files are read in {@code gitdm.config} order. The
 * entries of one key are sorted by end date, earliest first, undated last, ties in reading order; a
 * commit dated D goes to the first entry whose end date is after D. This importer turns that into
 * consecutive {@link Affiliation} ranges (each entry starts where the previous one ended), so the
 * {@link AffiliationDirectory}'s "first rule covering the date" gives gitdm's answer; an entry
 * gitdm can never reach (a second entry with the same end date, or a second undated one) is kept
 * out of the directory and listed in {@link #shadowed()}. Alias lines are {@code secondary
 * canonical}; gitdm compares the lower-cased author address with the secondary address as written,
 * so an alias written with capitals never matches, here as in gitdm.
 *
 * <p>Every file is read through the same checks as the other text readers: at most {@link
 * Limits#MAX_DOCUMENT_LENGTH} bytes, strict UTF-8, lines of at most {@link Limits#MAX_LINE_LENGTH}
 * characters, no NUL character (UTF-16 text); an end date must be {@code yyyy-mm-dd} with a
 * four-digit year and a real day ({@code 2012-02-30} is refused, not moved to March).
 *
 * <p>Immutable and thread-safe.
 */
public final class GitdmConfig {
  private final ImmutableMap<String, String> aliases;
  private final ImmutableList<Affiliation> affiliations;
  private final ImmutableList<Affiliation> shadowed;

  private GitdmConfig(
      ImmutableMap<String, String> aliases,
      ImmutableList<Affiliation> affiliations,
      ImmutableList<Affiliation> shadowed) {
    this.aliases = aliases;
    this.affiliations = affiliations;
    this.shadowed = shadowed;
  }

  /**
   * Reads {@code dir/gitdm.config} and the files it names.
   *
   * @param dir the folder of {@code gitdm.config}
   * @return the configuration: its affiliations in the order gitdm applies them, and the entries
   *     gitdm never reaches
   * @throws InvalidDataException naming file and line for a malformed line or a file named by
   *     {@code gitdm.config} that is missing; naming the path if {@code dir} is not a directory or
   *     a file is unreadable, not UTF-8 or over the size limit
   * @throws NotFoundException if {@code dir/gitdm.config} does not exist
   * @throws UncheckedIOException on an I/O failure of the file system
   */
  public static GitdmConfig read(Path dir) {
    if (dir.toString().isEmpty()) {
      throw new InvalidDataException("The path of the gitdm configuration directory is empty");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidDataException(
          dir.toString(),
          "gitdm configuration is a file, expected the directory holding gitdm.config",
          null);
    }
    Path config = dir.resolve("gitdm.config");
    Map<String, String> aliases = new LinkedHashMap<>();
    Map<String, List<Entry>> entries = new LinkedHashMap<>();
    int[] order = {0};
    for (Line line : lines(config, "gitdm.config")) {
      String[] words = line.text.split("\\s+", 3);
      switch (words[0]) {
        case "EmailAliases":
          need(line, words, 2, "EmailAliases <file>");
          for (Line alias : lines(file(dir, line, words[1]), words[1])) {
            String[] pair = alias.text.split("\\s+");
            if (pair.length != 2) {
              throw invalid(alias, "expected 'secondary@address canonical@address'");
            }
            aliases.put(pair[0], pair[1]);
          }
          break;
        case "EmailMap":
          need(line, words, 2, "EmailMap <file>");
          for (Line map : lines(file(dir, line, words[1]), words[1])) {
            mapLine(map, entries, order);
          }
          break;
        case "GroupMap":
          need(line, words, 3, "GroupMap <file> <Employer Name>");
          String employer = words[2].trim();
          for (Line member : lines(file(dir, line, words[1]), words[1])) {
            String key = member.text.split("\\s+")[0].toLowerCase(Locale.ROOT);
            entries
                .computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Entry(employer, null, member.origin(), order[0]++));
          }
          break;
        default:
          break;
      }
    }
    ImmutableList.Builder<Affiliation> affiliations = ImmutableList.builder();
    ImmutableList.Builder<Affiliation> shadowed = ImmutableList.builder();
    for (Map.Entry<String, List<Entry>> key : entries.entrySet()) {
      List<Entry> list = new ArrayList<>(key.getValue());
      list.sort(
          Comparator.comparing((Entry e) -> e.end == null ? LocalDate.MAX : e.end)
              .thenComparingInt(e -> e.order));
      LocalDate from = null;
      boolean openSeen = false;
      for (Entry entry : list) {
        Affiliation.Builder builder =
            Affiliation.builder()
                .kind(
                    key.getKey().contains("@") ? Affiliation.Kind.ADDRESS : Affiliation.Kind.DOMAIN)
                .key(key.getKey())
                .organization(entry.employer)
                .origin(entry.origin);
        if (entry.end != null) {
          builder.until(entry.end);
        }
        boolean unreachable =
            openSeen || (from != null && entry.end != null && !from.isBefore(entry.end));
        if (unreachable) {
          shadowed.add(builder.build());
          continue;
        }
        if (from != null) {
          builder.from(from);
        }
        affiliations.add(builder.build());
        from = entry.end;
        openSeen = entry.end == null;
      }
    }
    return new GitdmConfig(ImmutableMap.copyOf(aliases), affiliations.build(), shadowed.build());
  }

  /**
   * Reads a gitdm per-release range file ({@code openstack-config/folsom}): lines {@code project
   * A..B [(id|id|...)]}, {@code #} starting a comment.
   *
   * @param release the release the file is for, e.g. {@code "folsom"}
   * @param file the range file
   * @return the ranges in file order, one per project line
   * @throws InvalidDataException naming file and line for a malformed line
   */
  public static ImmutableList<RevisionRange> readRanges(Path file, String release) {
    java.util.Objects.requireNonNull(file, "file");
    java.util.Objects.requireNonNull(release, "release");
    ImmutableList.Builder<RevisionRange> ranges = ImmutableList.builder();
    Path fileName = file.getFileName();
    for (Line line : lines(file, fileName == null ? file.toString() : fileName.toString())) {
      String[] words = line.text.split("\\s+");
      if (words.length < 2 || words.length > 3) {
        throw invalid(line, "expected 'project A..B [(id|id|...)]'");
      }
      List<String> excluded = new ArrayList<>();
      if (words.length == 3) {
        String list = words[2];
        if (!list.startsWith("(") || !list.endsWith(")")) {
          throw invalid(line, "expected the excluded commits as '(id|id|...)'");
        }
        for (String id : list.substring(1, list.length() - 1).split("\\|")) {
          excluded.add(id);
        }
      }
      try {
        ranges.add(
            RevisionRange.of(
                release.toLowerCase(Locale.ROOT),
                words[0].toLowerCase(Locale.ROOT),
                words[1],
                excluded));
      } catch (InvalidDataException e) {
        throw new InvalidDataException(line.origin(), e.getMessage(), e);
      }
    }
    return ranges.build();
  }

  /** {@return secondary address (as written) to canonical address, from the alias file} */
  public ImmutableMap<String, String> aliases() {
    return aliases;
  }

  /**
   * {@return the rules gitdm can reach, as consecutive dated ranges per key, keys in reading order}
   */
  public ImmutableList<Affiliation> affiliations() {
    return affiliations;
  }

  /**
   * {@return entries gitdm never reaches (same end date as an earlier entry of the key, or a second
   * undated one)}
   */
  public ImmutableList<Affiliation> shadowed() {
    return shadowed;
  }

  /**
   * {@return the directory applying these rules as gitdm does ({@link AttributionPolicy#GITDM})}
   */
  public AffiliationDirectory directory() {
    return AffiliationDirectory.of(AttributionPolicy.GITDM, aliases, affiliations);
  }

  private static void mapLine(Line line, Map<String, List<Entry>> entries, int[] order) {
    String text = line.text;
    LocalDate end = null;
    int lt = text.indexOf('<');
    if (lt >= 0) {
      String date = text.substring(lt + 1).trim();
      try {
        // ISO strictly: LocalDate.parse alone takes '+102012-09-27' and a year of 5+ digits.
        if (!date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          throw new DateTimeParseException("not yyyy-mm-dd", date, 0);
        }
        end = LocalDate.parse(date);
        if (end.getYear() < Limits.MIN_YEAR) {
          throw new DateTimeParseException("year before " + Limits.MIN_YEAR, date, 0);
        }
      } catch (DateTimeParseException e) {
        throw invalid(line, "expected an end date 'yyyy-mm-dd' after '<', found '" + date + "'");
      }
      text = text.substring(0, lt).trim();
    }
    String[] words = text.split("\\s+", 2);
    if (words.length < 2 || words[1].isBlank()) {
      throw invalid(line, "expected '[user@]domain Employer Name [< yyyy-mm-dd]'");
    }
    entries
        .computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
        .add(new Entry(words[1].trim(), end, line.origin(), order[0]++));
  }

  private static Path file(Path dir, Line line, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw invalid(line, "names '" + name + "', which is not a file in " + dir);
    }
    return file;
  }

  private static void need(Line line, String[] words, int count, String expected) {
    if (words.length < count) {
      throw invalid(line, "expected '" + expected + "'");
    }
  }

  private static InvalidDataException invalid(Line line, String message) {
    return new InvalidDataException(
        line.origin(), message + ", found '" + Limits.abbreviate(line.text) + "'", null);
  }

  /** The non-blank lines of a file with comments removed, each with its origin. */
  private static List<Line> lines(Path file, String name) {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw :
        Documents.lines(
            Documents.utf8(Documents.read(file, "gitdm configuration file"), name), name)) {
      number++;
      if (raw.indexOf('\0') >= 0) {
        // UTF-16 text is valid UTF-8 byte by byte, and would be read as words full of NULs.
        throw new InvalidDataException(
            name + ":" + number,
            "NUL character: not a text file (UTF-16 or binary?), expected UTF-8 text",
            null);
      }
      int hash = raw.indexOf('#');
      String text = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
      if (!text.isEmpty()) {
        lines.add(new Line(name, number, text));
      }
    }
    return lines;
  }

  private static final class Line {
    final String file;
    final int number;
    final String text;

    Line(String file, int number, String text) {
      this.file = file;
      this.number = number;
      this.text = text;
    }

    String origin() {
      return file + ":" + number;
    }
  }

  private static final class Entry {
    final String employer;
    final LocalDate end;
    final String origin;
    final int order;

    Entry(String employer, LocalDate end, String origin, int order) {
      this.employer = employer;
      this.end = end;
      this.origin = origin;
      this.order = order;
    }
  }

  @Override
  public String toString() {
    return "GitdmConfig{" + aliases.size() + " aliases, " + affiliations.size() + " rules}";
  }
}
