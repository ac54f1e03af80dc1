package dev.stackholder.contribution.stackalytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The affiliation data of Stackalytics' {@code etc/default_data.json}: {@code users} (each with
 * e-mail addresses and a dated company list) and {@code companies} (each with e-mail domains),
 * turned into an {@link AffiliationDirectory} that applies them as Stackalytics does
 * ({@link AttributionPolicy#STACKALYTICS}).
 *
 * <p>Stackalytics' rules, reproduced: a user's companies are sorted by {@code end_date}
 * ({@code "2013-Jan-01"}, compared with the commit's UTC time, so with its UTC day), undated
 * last; a commit goes to the first company whose end date is after it, and after every end date
 * to the last company of the list (there is no gap: the last entry here is open-ended). The
 * addresses of one user are one identity: every address of a user is an alias of the user's first
 * address. An address of no user goes by its domain, the <em>longest</em> matching suffix of at
 * least two labels first; where two companies list one domain, the one listed <em>last</em> wins
 * (Stackalytics builds its domain index by overwriting). Anyone else is {@code *independent}.
 * Addresses and domains are compared in lower case; blank domains are skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class StackalyticsDefaultData {
  private static final DateTimeFormatter END_DATE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("yyyy-MMM-dd").toFormatter(Locale.ROOT);

  private final ImmutableMap<String, String> aliases;
  private final ImmutableList<Affiliation> affiliations;

  private StackalyticsDefaultData(ImmutableMap<String, String> aliases,
      ImmutableList<Affiliation> affiliations) {
    this.aliases = aliases;
    this.affiliations = affiliations;
  }

  /**
   * Reads a {@code default_data.json}; sections other than {@code users} and {@code companies}
   * are ignored, and either may be missing.
   *
   * @param file a copy of Stackalytics' {@code default_data.json}
   * @return the users and companies it lists
   * @throws InvalidDataException naming the file and JSON path of a malformed entry
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StackalyticsDefaultData read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Stackalytics data " + file, e);
    }
  }

  /**
   * Reads a {@code default_data.json} stream (not closed); {@code name} is used in errors.
   *
   * @param in the stream, UTF-8 JSON
   * @param name the stream's name for error messages
   * @return the users and companies it lists
   */
  public static StackalyticsDefaultData read(InputStream in, String name) {
    JsonNode root;
    try {
      root = StackholderJson.mapper().readTree(in);
    } catch (IOException e) {
      // Jackson's own message spans lines and names its input class: keep its first clause and the line.
      String detail = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
          ? json.getOriginalMessage() + (json.getLocation() == null ? ""
              : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")")
          : e.getMessage();
      throw new InvalidDataException(name, "not JSON: " + detail, e);
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    List<Affiliation> affiliations = new ArrayList<>();
    JsonNode users = root.path("users");
    for (int i = 0; i < users.size(); i++) {
      String path = "$.users[" + i + "]";
      JsonNode user = users.get(i);
      List<String> emails = new ArrayList<>();
      for (JsonNode email : user.path("emails")) {
        String address = email.asText().trim().toLowerCase(Locale.ROOT);
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
      JsonNode list = user.path("companies");
      for (int j = 0; j < list.size(); j++) {
        JsonNode company = list.get(j);
        String where = path + ".companies[" + j + "]";
        String companyName = company.path("company_name").asText("").trim();
        if (companyName.isEmpty()) {
          throw new InvalidDataException(name + ": " + where, "company_name is missing", null);
        }
        LocalDate end = null;
        JsonNode endDate = company.path("end_date");
        if (!endDate.isNull() && !endDate.isMissingNode() && !endDate.asText().isBlank()) {
          try {
            end = LocalDate.parse(endDate.asText().trim(), END_DATE);
          } catch (DateTimeParseException e) {
            throw new InvalidDataException(name + ": " + where + ".end_date",
                "expected a date such as '2013-Jan-01', found '" + endDate.asText() + "'", e);
          }
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
        Affiliation.Builder rule = Affiliation.builder().kind(Affiliation.Kind.ADDRESS)
            .key(emails.get(0)).organization((String) company[0])
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
    JsonNode companies = root.path("companies");
    for (int i = 0; i < companies.size(); i++) {
      JsonNode company = companies.get(i);
      String companyName = company.path("company_name").asText("").trim();
      if (companyName.isEmpty()) {
        throw new InvalidDataException(name + ": $.companies[" + i + "]",
            "company_name is missing", null);
      }
      for (JsonNode domain : company.path("domains")) {
        String key = domain.asText().trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          byDomain.remove(key); // the company listed last wins
          byDomain.put(key, Affiliation.builder().kind(Affiliation.Kind.DOMAIN).key(key)
              .organization(companyName).origin(name + ": $.companies[" + i + "]").build());
        }
      }
    }
    affiliations.addAll(byDomain.values());
    return new StackalyticsDefaultData(ImmutableMap.copyOf(aliases),
        ImmutableList.copyOf(affiliations));
  }

  /** {@return every address of a user (lower-case) to the user's first address} */
  public ImmutableMap<String, String> aliases() {
    return aliases;
  }

  /** {@return the users' dated companies (by first address) and the companies' domains} */
  public ImmutableList<Affiliation> affiliations() {
    return affiliations;
  }

  /** {@return the directory applying these rules as Stackalytics does} */
  public AffiliationDirectory directory() {
    return AffiliationDirectory.of(AttributionPolicy.STACKALYTICS, aliases, affiliations);
  }

  @Override
  public String toString() {
    return "StackalyticsDefaultData{" + aliases.size() + " aliases, " + affiliations.size()
        + " rules}";
  }
}
