package dev.stackholder.analysis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.BuiltInResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the employer names contribution data uses (gitdm's, Stackalytics') to organization ids, the
 * roster's where the roster knows the organization. Renames and acquisitions are dated entries,
 * each with its source (Nicira is VMware from 2012-08-24). A name that maps to nothing is reported
 * with the reason, never guessed: gitdm's unattributed authors (named by an e-mail address), names
 * of several companies, names the mapping does not list.
 *
 * <pre>{@code
 * EmployerMapping mapping = EmployerMapping.builtIn()
 *     .withOverrides(EmployerMapping.read(Path.of("my-employers.csv")));
 * mapping.match(NameSource.GITDM, "Nicira", LocalDate.of(2012, 9, 27)).organizationId(); // vmware
 * }</pre>
 *
 * <p>The file is CSV with the columns {@code source_kind, name, organization_id, organization_name,
 * from, until, basis, source, source_title, source_date, quote, note} (see the built-in {@code
 * employer-organizations.csv}). Names are matched exactly first, then without regard to case.
 * Immutable and thread-safe.
 */
public final class EmployerMapping {
  static final List<String> COLUMNS =
      List.of(
          "source_kind",
          "name",
          "organization_id",
          "organization_name",
          "from",
          "until",
          "basis",
          "source",
          "source_title",
          "source_date",
          "quote",
          "note");
  private static final String BUILT_IN_FILE = "employer-organizations.csv";

  private static final Supplier<EmployerMapping> BUILT_IN =
      Suppliers.memoize(EmployerMapping::readBuiltIn);

  private final ImmutableList<EmployerName> entries;

  /** Keyed by source id + '\u0000' + name as spelled, and by the lower-case key. */
  private final ImmutableListMultimap<String, EmployerName> exact;

  private final ImmutableListMultimap<String, EmployerName> folded;

  private EmployerMapping(ImmutableList<EmployerName> entries) {
    this.entries = entries;
    ImmutableListMultimap.Builder<String, EmployerName> exactBuilder =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, EmployerName> foldedBuilder =
        ImmutableListMultimap.builder();
    for (EmployerName entry : entries) {
      exactBuilder.put(key(entry.source(), entry.name()), entry);
      foldedBuilder.put(key(entry.source(), entry.name().toLowerCase(Locale.ROOT)), entry);
    }
    this.exact = exactBuilder.build();
    this.folded = foldedBuilder.build();
  }

  /**
   * {@return a mapping of the given entries}
   *
   * @param entries the entries; two entries for one name must not both hold on a day
   * @throws InvalidDataException naming the name if two entries for it overlap
   */
  public static EmployerMapping of(Iterable<EmployerName> entries) {
    EmployerMapping mapping = new EmployerMapping(ImmutableList.copyOf(entries));
    for (String key : mapping.exact.keySet()) {
      List<EmployerName> same = mapping.exact.get(key);
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          if (overlap(same.get(i), same.get(j))) {
            throw new InvalidDataException(
                "Employer name '"
                    + same.get(i).name()
                    + "' ("
                    + same.get(i).source()
                    + ") has two entries that hold on the same days: "
                    + describe(same.get(i))
                    + " and "
                    + describe(same.get(j)));
          }
        }
      }
    }
    return mapping;
  }

  /**
   * {@return the built-in mapping: every employer name in the bundled gitdm reports (Essex, Folsom,
   * Grizzly) and the Stackalytics companies the roster knows, with their aliases} Read once, then
   * shared.
   *
   * @throws IllegalStateException if the built-in file is missing or malformed (a packaging bug)
   */
  public static EmployerMapping builtIn() {
    return BUILT_IN.get();
  }

  private static EmployerMapping readBuiltIn() {
    BuiltInResources resources =
        BuiltInResources.of("stackholder-analysis", EmployerMapping.class::getResourceAsStream);
    return resources.read(BUILT_IN_FILE, in -> read(in, BUILT_IN_FILE));
  }

  /**
   * Reads a mapping file of the user's (the built-in file's columns).
   *
   * @param file a CSV file
   * @return its entries
   * @throws InvalidDataException naming the file and line of a bad row
   * @throws UncheckedIOException if the file cannot be read
   */
  public static EmployerMapping read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read employer mapping " + file, e);
    }
  }

  /**
   * Reads a mapping from a stream (UTF-8 CSV, the built-in file's columns).
   *
   * @param csv the text; not closed
   * @param name the file's name, for messages
   * @return its entries
   * @throws InvalidDataException naming the file and line of a bad row
   */
  public static EmployerMapping read(InputStream csv, String name) {
    String text;
    try {
      text = new String(csv.readNBytes(Csv.MAX_LENGTH + 1), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read employer mapping " + name, e);
    }
    List<EmployerName> entries = new ArrayList<>();
    for (Csv.Row row : Csv.read(text, name, COLUMNS)) {
      String location = name + ":" + row.line();
      try {
        EmployerName.Builder entry =
            EmployerName.builder()
                .source(NameSource.fromId(row.get("source_kind")))
                .name(row.get("name"))
                .basis(row.get("basis").isBlank() ? "unstated" : row.get("basis"));
        nonEmpty(row.get("organization_id")).ifPresent(entry::organizationId);
        nonEmpty(row.get("organization_name")).ifPresent(entry::organizationName);
        nonEmpty(row.get("from")).map(d -> date(d, "from")).ifPresent(entry::from);
        nonEmpty(row.get("until")).map(d -> date(d, "until")).ifPresent(entry::until);
        nonEmpty(row.get("note")).ifPresent(entry::note);
        if (!row.get("source").isBlank()) {
          Source.Builder source =
              Source.builder()
                  .document(row.get("source"))
                  .title(
                      row.get("source_title").isBlank()
                          ? row.get("source")
                          : row.get("source_title"));
          nonEmpty(row.get("source_date"))
              .filter(d -> d.length() == 10)
              .map(d -> date(d, "source_date"))
              .ifPresent(source::date);
          nonEmpty(row.get("quote")).ifPresent(source::quote);
          entry.addSources(source.build());
        }
        entries.add(entry.build());
      } catch (InvalidDataException | dev.stackholder.core.NotFoundException e) {
        throw new InvalidDataException(location, e.getMessage(), e);
      }
    }
    try {
      return of(entries);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(name, e.getMessage(), e);
    }
  }

  /**
   * {@return this mapping with the user's entries in front: for a name the user maps, the user's
   * entries replace this mapping's}
   *
   * @param overrides the user's mapping
   */
  public EmployerMapping withOverrides(EmployerMapping overrides) {
    Map<String, List<EmployerName>> merged = new LinkedHashMap<>();
    for (EmployerName entry : overrides.entries) {
      merged.computeIfAbsent(key(entry.source(), entry.name()), k -> new ArrayList<>()).add(entry);
    }
    for (EmployerName entry : entries) {
      if (!overrides.exact.containsKey(key(entry.source(), entry.name()))) {
        merged
            .computeIfAbsent(key(entry.source(), entry.name()), k -> new ArrayList<>())
            .add(entry);
      }
    }
    return of(merged.values().stream().flatMap(List::stream).toList());
  }

  /** {@return every entry, in file order} */
  public ImmutableList<EmployerName> entries() {
    return entries;
  }

  /**
   * What a name stands for on a day.
   *
   * @param source the tool that spelled the name
   * @param name the name as spelled, e.g. {@code "SINA"}
   * @param day the day asked about (a release day, say): dated entries hold on some days only
   * @return the organization, or the reason there is none
   */
  public EmployerMatch match(NameSource source, String name, LocalDate day) {
    Optional<EmployerName> found = find(exact.get(key(source, name)), day);
    String how = "listed";
    if (found.isEmpty()) {
      found = find(folded.get(key(source, name.toLowerCase(Locale.ROOT))), day);
      how = "listed (matched without regard to case)";
    }
    if (found.isPresent()) {
      EmployerName entry = found.get();
      String reason =
          entry.organizationId().isPresent()
              ? how + " as " + entry.basis() + dates(entry)
              : "unmappable: " + entry.note().orElse(entry.basis());
      return ImmutableEmployerMatch.builder()
          .name(name)
          .organizationId(entry.organizationId())
          .organizationName(entry.organizationName())
          .entry(entry)
          .reason(reason)
          .build();
    }
    String reason;
    if (source == NameSource.GITDM && name.contains("@")) {
      reason = "unmapped: gitdm names an author it could not attribute to an employer by address";
    } else if (!exact.get(key(source, name)).isEmpty()
        || !folded.get(key(source, name.toLowerCase(Locale.ROOT))).isEmpty()) {
      reason = "unmapped: the mapping's entries for this name do not hold on " + day;
    } else {
      reason = "unmapped: the mapping does not list this name";
    }
    return ImmutableEmployerMatch.builder().name(name).reason(reason).build();
  }

  private static Optional<EmployerName> find(List<EmployerName> candidates, LocalDate day) {
    for (EmployerName candidate : candidates) {
      if (candidate.holdsOn(day)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String dates(EmployerName entry) {
    if (entry.from().isEmpty() && entry.until().isEmpty()) {
      return "";
    }
    return " ("
        + entry.from().map(d -> "from " + d).orElse("")
        + (entry.from().isPresent() && entry.until().isPresent() ? " " : "")
        + entry.until().map(d -> "until " + d).orElse("")
        + ")";
  }

  private static boolean overlap(EmployerName a, EmployerName b) {
    LocalDate aFrom = a.from().orElse(LocalDate.MIN);
    LocalDate bFrom = b.from().orElse(LocalDate.MIN);
    LocalDate aUntil = a.until().orElse(LocalDate.MAX);
    LocalDate bUntil = b.until().orElse(LocalDate.MAX);
    return aFrom.isBefore(bUntil) && bFrom.isBefore(aUntil);
  }

  private static String describe(EmployerName entry) {
    return entry.organizationId().orElse("(unmappable)") + dates(entry);
  }

  private static String key(NameSource source, String name) {
    return source.id() + '\u0000' + name;
  }

  private static Optional<String> nonEmpty(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static LocalDate date(String text, String column) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidDataException(
          "column " + column + " is '" + text + "', expected a date such as 2012-08-24");
    }
  }

  @Override
  public String toString() {
    return "EmployerMapping[" + entries.size() + " entries]";
  }
}
