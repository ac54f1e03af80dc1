package dev.stackholder.contribution.stackalytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.ReleaseCalendar;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.Documents;
import dev.stackholder.core.internal.JsonFailures;
import dev.stackholder.core.json.StackholderJson;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The affiliation data of Stackalytics' {@code etc/default_data.json}: {@code users} (each with
 * e-mail addresses and a dated company list), {@code companies} (each with e-mail domains) and
 * {@code releases} (each with its end date: {@link #releases()}); the one reader of that file,
 * turned into an {@link AffiliationDirectory} that applies them as Stackalytics does ({@link
 * AttributionPolicy#STACKALYTICS}).
 *
 * <p>Stackalytics' rules, reproduced: a user's companies are sorted by {@code end_date} ({@code
 * "2013-Jan-01"}, compared with the commit's UTC time, so with its UTC day), undated last; a commit
 * goes to the first company whose end date is after it, and after every end date to the last
 * company of the list (there is no gap: the last entry here is open-ended). The addresses of one
 * user are one identity: every address of a user is an alias of the user's first address. An
 * address of no user goes by its domain, the <em>longest</em> matching suffix of at least two
 * labels first; where two companies list one domain, the one listed <em>last</em> wins
 * (Stackalytics builds its domain index by overwriting). Anyone else is {@code *independent}.
 * Addresses and domains are compared in lower case; blank domains are skipped.
 *
 * <p>The file is read as strictly as every Stackholder JSON document (size, nesting, string and
 * number limits, duplicate keys refused, strict UTF-8), and the sections it reads are checked for
 * their types: {@code users} and {@code companies} are arrays of objects, {@code emails} and {@code
 * domains} arrays of strings, {@code company_name} a string and {@code end_date} a string or {@code
 * null}; a date such as {@code 2013-Feb-30} is refused, not moved to March. A wrong type is an
 * error naming its JSON path, never a user or company silently skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class StackalyticsDefaultData {
  private static final DateTimeFormatter END_DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("uuuu-MMM-dd")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final ImmutableMap<String, String> aliases;
  private final ImmutableList<Affiliation> affiliations;
  private final ReleaseCalendar releases;

  private StackalyticsDefaultData(
      ImmutableMap<String, String> aliases,
      ImmutableList<Affiliation> affiliations,
      ReleaseCalendar releases) {
    this.aliases = aliases;
    this.affiliations = affiliations;
    this.releases = releases;
  }

  /**
   * Reads a {@code default_data.json}; sections other than {@code users}, {@code companies} and
   * {@code releases} are ignored, and any of them may be missing.
   *
   * @param file a copy of Stackalytics' {@code default_data.json}
   * @return the users and companies it lists
   * @throws InvalidDataException naming the file and JSON path of a malformed entry, or the file if
   *     it is a directory, unreadable, not UTF-8 or over the size limit
   * @throws NotFoundException if the file does not exist
   * @throws UncheckedIOException on an I/O failure of the file system
   */
  public static StackalyticsDefaultData read(Path file) {
    Path name = file.getFileName();
    return parse(
        Documents.read(file, "Stackalytics default data"),
        name == null ? file.toString() : name.toString());
  }

  /**
   * Reads a {@code default_data.json} stream (not closed); {@code name} is used in errors.
   *
   * @param in the stream, UTF-8 JSON
   * @param name the stream's name for error messages
   * @return the users and companies it lists
   * @throws InvalidDataException naming the JSON path of a malformed entry, or if the stream is not
   *     UTF-8 or longer than {@link Limits#MAX_DOCUMENT_LENGTH}
   */
  public static StackalyticsDefaultData read(InputStream in, String name) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(name, "name");
    return parse(Documents.read(in, name, "Stackalytics default data"), name);
  }

  private static StackalyticsDefaultData parse(byte[] bytes, String name) {
    JsonNode root;
    try {
      root = StackholderJson.mapper().readTree(Documents.utf8(bytes, name));
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, name);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidDataException(
          name + ": $",
          "expected an object with 'users' and " + "'companies', found " + kind(root),
          null);
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    List<Affiliation> affiliations = new ArrayList<>();
    JsonNode users = array(root, "users", name, "$");
    for (int i = 0; i < users.size(); i++) {
      String path = "$.users[" + i + "]";
      JsonNode user = object(users.get(i), name, path);
      List<String> emails = new ArrayList<>();
      JsonNode emailList = array(user, "emails", name, path);
      for (int e = 0; e < emailList.size(); e++) {
        String address =
            text(emailList.get(e), name, path + ".emails[" + e + "]")
                .trim()
                .toLowerCase(Locale.ROOT);
        if (!address.isEmpty()) {
          emails.add(address);
        }
      }
      if (emails.isEmpty()) {
        continue; // a user known by Launchpad or Gerrit id only attributes no commit
      }
      for (String email : emails.subList(1, emails.size())) {
        aliases.putIfAbsent(email, emails.get(0));
      }
      List<Object[]> companies = new ArrayList<>();
      JsonNode list = array(user, "companies", name, path);
      for (int j = 0; j < list.size(); j++) {
        String where = path + ".companies[" + j + "]";
        JsonNode company = object(list.get(j), name, where);
        String companyName = companyName(company, name, where);
        LocalDate end = null;
        JsonNode endDate = company.path("end_date");
        if (!endDate.isNull() && !endDate.isMissingNode()) {
          text(endDate, name, where + ".end_date");
        }
        if (endDate.isTextual() && !endDate.asText().isBlank()) {
          end = date(endDate.asText(), name, where + ".end_date");
        }
        companies.add(new Object[] {companyName, end, where});
      }
      // Stackalytics' order: by end date, undated last; ties keep the file's order.
      companies.sort(Comparator.comparing(c -> c[1] == null ? LocalDate.MAX : (LocalDate) c[1]));
      LocalDate from = null;
      for (int k = 0; k < companies.size(); k++) {
        Object[] company = companies.get(k);
        LocalDate end = (LocalDate) company[1];
        boolean last = k == companies.size() - 1;
        if (from != null && end != null && !from.isBefore(end) && !last) {
          continue; // an entry with the same end date as an earlier one is never reached
        }
        Affiliation.Builder rule =
            Affiliation.builder()
                .kind(Affiliation.Kind.ADDRESS)
                .key(emails.get(0))
                .organization((String) company[0])
                .origin(name + ": " + company[2]);
        if (from != null && (end == null || from.isBefore(end))) {
          rule.from(from);
        }
        if (end != null && !last) {
          rule.until(end);
        }
        affiliations.add(rule.build());
        from = end;
        if (end == null) {
          break;
        }
      }
    }
    Map<String, Affiliation> byDomain = new LinkedHashMap<>();
    JsonNode companies = array(root, "companies", name, "$");
    for (int i = 0; i < companies.size(); i++) {
      String where = "$.companies[" + i + "]";
      JsonNode company = object(companies.get(i), name, where);
      String companyName = companyName(company, name, where);
      JsonNode domains = array(company, "domains", name, where);
      for (int d = 0; d < domains.size(); d++) {
        String key =
            text(domains.get(d), name, where + ".domains[" + d + "]")
                .trim()
                .toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          byDomain.remove(key); // the company listed last wins
          byDomain.put(
              key,
              Affiliation.builder()
                  .kind(Affiliation.Kind.DOMAIN)
                  .key(key)
                  .organization(companyName)
                  .origin(name + ": $.companies[" + i + "]")
                  .build());
        }
      }
    }
    affiliations.addAll(byDomain.values());
    List<Release> releases = new ArrayList<>();
    JsonNode releaseList = array(root, "releases", name, "$");
    for (int i = 0; i < releaseList.size(); i++) {
      String where = "$.releases[" + i + "]";
      JsonNode release = object(releaseList.get(i), name, where);
      JsonNode releaseName = release.path("release_name");
      if (releaseName.isMissingNode()) {
        throw new InvalidDataException(name + ": " + where, "release_name is missing", null);
      }
      String text =
          text(releaseName, name, where + ".release_name").trim().toLowerCase(Locale.ROOT);
      JsonNode endDate = release.path("end_date");
      if (endDate.isMissingNode()) {
        throw new InvalidDataException(name + ": " + where, "end_date is missing", null);
      }
      LocalDate end = date(text(endDate, name, where + ".end_date"), name, where + ".end_date");
      try {
        releases.add(Release.of(text, end));
      } catch (InvalidDataException e) {
        throw new InvalidDataException(name + ": " + where, e.getMessage(), e);
      }
    }
    ReleaseCalendar calendar;
    try {
      calendar = ReleaseCalendar.of(releases);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(name + ": $.releases", e.getMessage(), e);
    }
    return new StackalyticsDefaultData(
        ImmutableMap.copyOf(aliases), ImmutableList.copyOf(affiliations), calendar);
  }

  /**
   * A Stackalytics date ({@code 2013-Jan-01}), strictly: {@code 2012-Feb-30} is refused, not moved
   * to February 29, and so is a year outside 1000-9999.
   */
  private static LocalDate date(String text, String name, String path) {
    String trimmed = text.trim();
    LocalDate date;
    try {
      date = trimmed.length() > "2013-Jan-01".length() ? null : LocalDate.parse(trimmed, END_DATE);
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null || date.getYear() < 1000 || date.getYear() > 9999) {
      throw new InvalidDataException(
          name + ": " + path,
          "expected a date such as '2013-Jan-01'"
              + " (a real day, years 1000 to 9999), found '"
              + Limits.abbreviate(text)
              + "'",
          null);
    }
    return date;
  }

  /** The array at {@code field}, or an empty one if the field is missing. */
  private static JsonNode array(JsonNode parent, String field, String name, String path) {
    JsonNode node = parent.path(field);
    if (node.isMissingNode()) {
      return node;
    }
    if (!node.isArray()) {
      throw new InvalidDataException(
          name + ": " + path + "." + field, "expected an array, found " + kind(node), null);
    }
    return node;
  }

  private static JsonNode object(JsonNode node, String name, String path) {
    if (node == null || !node.isObject()) {
      throw new InvalidDataException(
          name + ": " + path, "expected an object, found " + kind(node), null);
    }
    return node;
  }

  private static String text(JsonNode node, String name, String path) {
    if (node == null || !node.isTextual()) {
      throw new InvalidDataException(
          name + ": " + path, "expected a string, found " + kind(node), null);
    }
    return node.asText();
  }

  private static String companyName(JsonNode company, String name, String where) {
    JsonNode node = company.path("company_name");
    if (node.isMissingNode()) {
      throw new InvalidDataException(name + ": " + where, "company_name is missing", null);
    }
    String companyName = text(node, name, where + ".company_name").trim();
    if (companyName.isEmpty()) {
      throw new InvalidDataException(
          name + ": " + where + ".company_name", "company_name is blank", null);
    }
    return companyName;
  }

  private static String kind(JsonNode node) {
    return node == null || node.isNull()
        ? "null"
        : node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** {@return every address of a user (lower-case) to the user's first address} */
  public ImmutableMap<String, String> aliases() {
    return aliases;
  }

  /** {@return the users' dated companies (by first address) and the companies' domains} */
  public ImmutableList<Affiliation> affiliations() {
    return affiliations;
  }

  /**
   * {@return the {@code releases} section: each release's end date, names lower-cased (empty if the
   * file has none)}
   */
  public ReleaseCalendar releases() {
    return releases;
  }

  /** {@return the directory applying these rules as Stackalytics does} */
  public AffiliationDirectory directory() {
    return AffiliationDirectory.of(AttributionPolicy.STACKALYTICS, aliases, affiliations);
  }

  @Override
  public String toString() {
    return "StackalyticsDefaultData{"
        + aliases.size()
        + " aliases, "
        + affiliations.size()
        + " rules}";
  }
}
