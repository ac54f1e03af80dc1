package dev.stackholder.contribution.stackalytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.Company;
import dev.stackholder.contribution.CompanyDirectory;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.ReleaseCalendar;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code companies} and {@code releases} sections of Stackalytics' {@code default_data.json}:
 * the company directory (names, e-mail domains, aliases) and the releases' end dates.
 *
 * <p>Read through {@link StackholderJson}, so a malformed file is an {@link InvalidDataException}
 * naming the file, line and JSON path, e.g. {@code companies.json:12: $.companies[3].domains}.
 * Stackalytics writes release names capitalised ({@code Folsom}) and dates as {@code 2012-Oct-04};
 * the names are lower-cased here. Blank domains (the "*independent" pseudo-company has one) are
 * dropped: they name no domain.
 *
 * <p>Immutable and thread-safe.
 */
public final class StackalyticsData {
  private static final DateTimeFormatter END_DATE =
      DateTimeFormatter.ofPattern("uuuu-MMM-dd", Locale.ENGLISH);

  private final CompanyDirectory companies;
  private final ReleaseCalendar releases;

  private StackalyticsData(FileJson file) {
    this.companies = CompanyDirectory.of(file.companies);
    this.releases = ReleaseCalendar.of(file.releases);
  }

  /**
   * Reads a file.
   *
   * @param file a JSON file of Stackalytics data
   * @return the data read
   * @throws NotFoundException (kind {@code "file"}) if the file does not exist
   * @throws InvalidDataException naming the file, line and JSON path if it is malformed,
   *     {@code null} or beyond {@link Limits}, and naming the file if it is a directory, a
   *     symbolic-link loop or unreadable
   */
  public static StackalyticsData read(Path file) {
    return new StackalyticsData(StackholderJson.read(file, FileJson.class));
  }

  /**
   * Reads a stream (which is not closed).
   *
   * @param json the stream, UTF-8 JSON
   * @return the data read
   * @throws InvalidDataException naming the JSON path if the data is malformed, {@code null} or
   *     beyond {@link Limits}
   */
  public static StackalyticsData read(InputStream json) {
    return new StackalyticsData(StackholderJson.read(json, FileJson.class));
  }

  /** {@return the company directory, in the file's order} */
  public CompanyDirectory companies() {
    return companies;
  }

  /** {@return the releases by end date} */
  public ReleaseCalendar releases() {
    return releases;
  }

  /** Jackson passes an explicit null as a required creator property; the API has no nulls. */
  private static void present(Object value, String field) {
    if (value == null) {
      throw new InvalidDataException("\"" + field + "\" is null, expected a value");
    }
  }

  /** The file's top level; only the two sections Stackholder uses. */
  private static final class FileJson {
    final ImmutableList<Company> companies;
    final ImmutableList<Release> releases;

    @JsonCreator
    FileJson(@JsonProperty(value = "companies", required = true) List<CompanyJson> companies,
        @JsonProperty(value = "releases", required = true) List<ReleaseJson> releases) {
      present(companies, "companies");
      present(releases, "releases");
      this.companies = companies.stream().map(company -> company.company)
          .collect(ImmutableList.toImmutableList());
      this.releases = releases.stream().map(release -> release.release)
          .collect(ImmutableList.toImmutableList());
      // Checked here, inside the reading, so that a release named twice is refused with the file,
      // line and JSON path of the section, not without a location after the reading (issue 26).
      ReleaseCalendar.of(this.releases);
    }
  }

  /** {@code {"company_name": ..., "domains": [...], "aliases": [...]}}. */
  private static final class CompanyJson {
    final Company company;

    @JsonCreator
    CompanyJson(@JsonProperty(value = "company_name", required = true) String name,
        @JsonProperty(value = "domains", required = true) List<String> domains,
        @JsonProperty("aliases") @JsonSetter(nulls = Nulls.SET) List<String> aliases) {
      present(name, "company_name");
      present(domains, "domains");
      Company.Builder builder = Company.builder().name(name);
      domains.stream().filter(Objects::nonNull).filter(domain -> !domain.isBlank())
          .forEach(builder::addDomains);
      if (aliases != null) {
        builder.addAllAliases(aliases);
      }
      this.company = builder.build();
    }
  }

  /** {@code {"release_name": "Folsom", "end_date": "2012-Oct-04", ...}}. */
  private static final class ReleaseJson {
    final Release release;

    @JsonCreator
    ReleaseJson(@JsonProperty(value = "release_name", required = true) String name,
        @JsonProperty(value = "end_date", required = true) String endDate) {
      present(name, "release_name");
      present(endDate, "end_date");
      if (endDate.length() > "2012-Oct-04".length()) {
        throw new InvalidDataException(String.format(Locale.ROOT,
            "Release '%s' end_date '%s' is not a date such as '2012-Oct-04'", name,
            Limits.abbreviate(endDate)));
      }
      LocalDate end;
      try {
        end = LocalDate.parse(endDate, END_DATE);
      } catch (DateTimeParseException e) {
        throw new InvalidDataException(String.format(Locale.ROOT,
            "Release '%s' end_date '%s' is not a date such as '2012-Oct-04'", name, endDate), e);
      }
      this.release = Release.of(name.toLowerCase(Locale.ROOT), end);
    }
  }
}
