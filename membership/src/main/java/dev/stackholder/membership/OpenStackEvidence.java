package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the built-in OpenStack evidence and board-seat tables (CSV, RFC 4180 quoting) into
 * {@link Observation}s and {@link BoardYear}s. A row that does not parse is an
 * {@link InvalidDataException} naming the line, which the resource loader reports as the broken
 * resource it is.
 */
final class OpenStackEvidence {
  private OpenStackEvidence() {}

  static ImmutableList<Observation> observations(String csv, Foundation foundation) {
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    List<Map<String, String>> rows = parse(csv);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      try {
        String precision = row.get("date_precision");
        Source.Builder source = Source.builder().document(row.get("source")).title(row.get("source_title"));
        day(row.get("source_date")).ifPresent(source::date);
        nonEmpty(row.get("quote")).ifPresent(source::quote);
        nonEmpty(row.get("note")).ifPresent(source::note);
        all.add(Observation.builder()
            .organization(Organization.of(row.get("org_id"), row.get("organization")))
            .tier(foundation.getTier(row.get("tier")))
            .kind(switch (row.get("evidence")) {
              case "joined" -> Observation.Kind.JOINED;
              case "left" -> Observation.Kind.LEFT;
              case "listed-on" -> Observation.Kind.LISTED;
              default -> throw new InvalidDataException("evidence '" + row.get("evidence")
                  + "' is not joined, left or listed-on");
            })
            .precision(Observation.Precision.valueOf(precision.toUpperCase(Locale.ROOT).replace('-', '_')))
            .date(endOfPeriod(row.get("date")))
            .scope(switch (row.get("list_scope")) {
              case "full-tier-list" -> Observation.Scope.COMPLETE_LIST;
              case "partial" -> Observation.Scope.PARTIAL_LIST;
              case "single" -> Observation.Scope.SINGLE;
              case "board-page" -> Observation.Scope.BOARD_PAGE;
              default -> throw new InvalidDataException("list_scope '" + row.get("list_scope") + "' is unknown");
            })
            .source(source.build())
            .build());
      } catch (RuntimeException e) {
        throw new InvalidDataException("line " + (i + 2) + ": " + e.getMessage(), e);
      }
    }
    return all.build();
  }

  static ImmutableList<BoardYear> boardYears(String csv) {
    ImmutableList.Builder<BoardYear> all = ImmutableList.builder();
    List<Map<String, String>> rows = parse(csv);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      try {
        String basis = row.get("basis");
        ImmutableBoardYear.Builder year = ImmutableBoardYear.builder()
            .year(Integer.parseInt(row.get("board_year")))
            .superseded(basis.contains("superseded"))
            .basis(basis.startsWith("not found") ? BoardYear.Basis.NOT_FOUND
                : basis.startsWith("derived") ? BoardYear.Basis.DERIVED
                : basis.startsWith("stated total") ? BoardYear.Basis.STATED_TOTAL
                : BoardYear.Basis.STATED);
        nonEmpty(row.get("platinum_seats")).map(Integer::valueOf).ifPresent(year::platinum);
        nonEmpty(row.get("gold_seats")).map(Integer::valueOf).ifPresent(year::gold);
        nonEmpty(row.get("individual_seats")).map(Integer::valueOf).ifPresent(year::individual);
        nonEmpty(row.get("total_seats")).map(Integer::valueOf).ifPresent(year::total);
        nonEmpty(row.get("rule")).ifPresent(year::rule);
        nonEmpty(row.get("note")).ifPresent(year::note);
        if (!row.get("source").isEmpty()) {
          Source.Builder source = Source.builder().document(row.get("source")).title(row.get("source_title"));
          day(row.get("as_of_date")).ifPresent(source::date);
          nonEmpty(row.get("quote")).ifPresent(source::quote);
          year.source(source.build());
        }
        all.add(year.build());
      } catch (RuntimeException e) {
        throw new InvalidDataException("line " + (i + 2) + ": " + e.getMessage(), e);
      }
    }
    return all.build();
  }

  /** A month or a year is dated by its last day: by then the source had been published. */
  private static LocalDate endOfPeriod(String date) {
    if (date.length() == 4) {
      return LocalDate.of(Integer.parseInt(date), 12, 31);
    }
    if (date.length() == 7) {
      return YearMonth.parse(date).atEndOfMonth();
    }
    return LocalDate.parse(date);
  }

  private static Optional<LocalDate> day(String date) {
    try {
      return date.length() == 10 ? Optional.of(LocalDate.parse(date)) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** RFC 4180: a header line, fields separated by commas, quoted fields may hold commas, quotes ("") and line breaks. */
  static List<Map<String, String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    InvalidDataException.check(!records.isEmpty(), "CSV has no header line");
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r);
      if (values.size() == 1 && values.get(0).isEmpty()) {
        continue;
      }
      InvalidDataException.check(values.size() == header.size(), "line %d has %d fields, the header %d", r + 1,
          values.size(), header.size());
      Map<String, String> row = new LinkedHashMap<>();
      for (int f = 0; f < header.size(); f++) {
        row.put(header.get(f), values.get(f));
      }
      rows.add(row);
    }
    return rows;
  }
}
