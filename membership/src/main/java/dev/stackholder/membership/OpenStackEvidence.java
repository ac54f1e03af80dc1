package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.board.BoardYear;
import dev.stackholder.membership.roster.Observation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the built-in OpenStack evidence and board-seat tables (CSV, RFC 4180 quoting) into {@link
 * Observation}s and {@link BoardYear}s. A row that does not parse is an {@link
 * InvalidDataException} naming the line, which the resource loader reports as the broken resource
 * it is.
 */
final class OpenStackEvidence {
  private static final List<String> EVIDENCE_COLUMNS =
      List.of(
          "organization",
          "org_id",
          "tier",
          "evidence",
          "date",
          "date_precision",
          "source",
          "source_title",
          "source_date",
          "quote",
          "list_scope",
          "note");
  private static final List<String> BOARD_COLUMNS =
      List.of(
          "board_year",
          "basis",
          "platinum_seats",
          "gold_seats",
          "individual_seats",
          "total_seats",
          "rule",
          "note",
          "source",
          "source_title",
          "as_of_date",
          "quote");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,4}");

  private OpenStackEvidence() {}

  static ImmutableList<Observation> observations(String csv, Foundation foundation) {
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    List<Row> rows = rows(csv, EVIDENCE_COLUMNS);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      try {
        String precision = row.get("date_precision");
        Source.Builder source =
            Source.builder().document(row.get("source")).title(row.get("source_title"));
        day(row.get("source_date")).ifPresent(source::date);
        nonEmpty(row.get("quote")).ifPresent(source::quote);
        nonEmpty(row.get("note")).ifPresent(source::note);
        all.add(
            Observation.builder()
                .organization(Organization.of(row.get("org_id"), row.get("organization")))
                .tier(foundation.getTier(row.get("tier")))
                .kind(
                    switch (row.get("evidence")) {
                      case "joined" -> Observation.Kind.JOINED;
                      case "left" -> Observation.Kind.LEFT;
                      case "listed-on" -> Observation.Kind.LISTED;
                      default ->
                          throw new InvalidDataException(
                              "evidence '"
                                  + row.get("evidence")
                                  + "' is not joined, left or listed-on");
                    })
                .precision(
                    Observation.Precision.valueOf(
                        precision.toUpperCase(Locale.ROOT).replace('-', '_')))
                .date(endOfPeriod(row.get("date")))
                .scope(
                    switch (row.get("list_scope")) {
                      case "full-tier-list" -> Observation.Scope.COMPLETE_LIST;
                      case "partial" -> Observation.Scope.PARTIAL_LIST;
                      case "single" -> Observation.Scope.SINGLE;
                      case "board-page" -> Observation.Scope.BOARD_PAGE;
                      default ->
                          throw new InvalidDataException(
                              "list_scope '" + row.get("list_scope") + "' is unknown");
                    })
                .source(source.build())
                .build());
      } catch (RuntimeException e) {
        throw new InvalidDataException(
            "line " + row.line() + ": " + Limits.abbreviate(String.valueOf(e.getMessage())), e);
      }
    }
    return all.build();
  }

  static ImmutableList<BoardYear> boardYears(String csv) {
    ImmutableList.Builder<BoardYear> all = ImmutableList.builder();
    List<Row> rows = rows(csv, BOARD_COLUMNS);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      try {
        String basis = row.get("basis");
        BoardYear.Builder year =
            BoardYear.builder()
                .year(year(row.get("board_year")))
                .superseded(basis.contains("superseded"))
                .basis(
                    basis.startsWith("not found")
                        ? BoardYear.Basis.NOT_FOUND
                        : basis.startsWith("derived")
                            ? BoardYear.Basis.DERIVED
                            : basis.startsWith("stated total")
                                ? BoardYear.Basis.STATED_TOTAL
                                : BoardYear.Basis.STATED);
        nonEmpty(row.get("platinum_seats")).map(OpenStackEvidence::count).ifPresent(year::platinum);
        nonEmpty(row.get("gold_seats")).map(OpenStackEvidence::count).ifPresent(year::gold);
        nonEmpty(row.get("individual_seats"))
            .map(OpenStackEvidence::count)
            .ifPresent(year::individual);
        nonEmpty(row.get("total_seats")).map(OpenStackEvidence::count).ifPresent(year::total);
        nonEmpty(row.get("rule")).ifPresent(year::rule);
        nonEmpty(row.get("note")).ifPresent(year::note);
        if (!row.get("source").isEmpty()) {
          Source.Builder source =
              Source.builder().document(row.get("source")).title(row.get("source_title"));
          day(row.get("as_of_date")).ifPresent(source::date);
          nonEmpty(row.get("quote")).ifPresent(source::quote);
          year.source(source.build());
        }
        all.add(year.build());
      } catch (RuntimeException e) {
        throw new InvalidDataException(
            "line " + row.line() + ": " + Limits.abbreviate(String.valueOf(e.getMessage())), e);
      }
    }
    return all.build();
  }

  /** A month or a year is dated by its last day: by then the source had been published. */
  private static LocalDate endOfPeriod(String date) {
    if (YEAR.matcher(date).matches()) {
      return LocalDate.of(Integer.parseInt(date), 12, 31);
    }
    if (MONTH.matcher(date).matches()) {
      return YearMonth.parse(date).atEndOfMonth();
    }
    InvalidDataException.check(
        DAY.matcher(date).matches(),
        "date '%s' is not yyyy, yyyy-mm or yyyy-mm-dd",
        Limits.abbreviate(date));
    return LocalDate.parse(date);
  }

  /**
   * A source's date when it is a day; a source dated by its month or year keeps no date (the
   * observation's own date says when). Anything else is an error, not a date silently dropped.
   */
  private static Optional<LocalDate> day(String date) {
    if (date.isEmpty() || YEAR.matcher(date).matches()) {
      return Optional.empty();
    }
    if (MONTH.matcher(date).matches()) {
      YearMonth.parse(date); // a month 13 is an error, not a date dropped
      return Optional.empty();
    }
    InvalidDataException.check(
        DAY.matcher(date).matches(),
        "source date '%s' is not yyyy, yyyy-mm or yyyy-mm-dd",
        Limits.abbreviate(date));
    return Optional.of(LocalDate.parse(date));
  }

  private static int year(String text) {
    InvalidDataException.check(
        YEAR.matcher(text).matches(), "board year '%s' is not yyyy", Limits.abbreviate(text));
    return Integer.parseInt(text);
  }

  /** A seat count: 1 to 4 ASCII digits ({@code Integer.valueOf} would take "+3" and "-1"). */
  private static Integer count(String text) {
    InvalidDataException.check(
        COUNT.matcher(text).matches(),
        "seat count '%s' is not 1 to 4 digits",
        Limits.abbreviate(text));
    return Integer.valueOf(text);
  }

  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * RFC 4180: a header line, fields separated by commas, quoted fields may hold commas, quotes ("")
   * and line breaks. Strict, so a damaged table is an error and never a silently different row: an
   * unclosed quote, a quote inside an unquoted field or text after a closing quote, a header naming
   * a column twice or missing a column the reader needs, a row with another number of fields,
   * U+FFFD (bytes that were not UTF-8) and text over {@link Limits#MAX_DOCUMENT_LENGTH} are
   * refused, naming the line.
   */
  static List<Map<String, String>> parse(String text) {
    return rows(text, List.of()).stream().map(Row::values).toList();
  }

  /** A data row and the line it starts on, for messages. */
  record Row(int line, Map<String, String> values) {
    String get(String column) {
      return values.get(column);
    }
  }

  static List<Row> rows(String text, List<String> required) {
    InvalidDataException.check(
        text.length() <= Limits.MAX_DOCUMENT_LENGTH,
        "CSV of %d characters is longer than the limit of %d",
        text.length(),
        Limits.MAX_DOCUMENT_LENGTH);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean closed = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        throw new InvalidDataException(
            "line "
                + line
                + ": replacement character U+FFFD: the text was not UTF-8"
                + " when it was decoded");
      }
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
          closed = true;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        closed = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        closed = false;
        records.add(record);
        lines.add(recordLine);
        record = new ArrayList<>();
        line++;
        recordLine = line;
      } else if (closed) {
        throw new InvalidDataException(
            "line "
                + line
                + ": text after a closing quote, expected ',' or the end of"
                + " the line");
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new InvalidDataException("line " + line + ": a quote inside an unquoted field");
        }
        quoted = true;
        quoteLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InvalidDataException(
          "line " + quoteLine + ": a quoted field is not closed before the end of the" + " text");
    }
    if (field.length() > 0 || !record.isEmpty() || closed) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
    InvalidDataException.check(!records.isEmpty(), "CSV has no header line");
    List<String> header = records.get(0);
    InvalidDataException.check(
        new HashSet<>(header).size() == header.size(),
        "line 1: the header names a column twice: %s",
        Limits.abbreviate(header.toString()));
    for (String column : required) {
      InvalidDataException.check(
          header.contains(column), "line 1: the header has no column '%s'", column);
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r);
      if (values.size() == 1 && values.get(0).isEmpty()) {
        continue;
      }
      InvalidDataException.check(
          values.size() == header.size(),
          "line %d has %d fields, the header %d",
          lines.get(r),
          values.size(),
          header.size());
      Map<String, String> row = new LinkedHashMap<>();
      for (int f = 0; f < header.size(); f++) {
        row.put(header.get(f), values.get(f));
      }
      rows.add(new Row(lines.get(r), row));
    }
    return rows;
  }
}
