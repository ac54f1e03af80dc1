package dev.stackholder.analysis;

import dev.stackholder.core.InvalidDataException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 reading of the mapping file: a header line, commas, quoted fields with doubled quotes.
 * Strict, so a damaged file is refused naming the line rather than read as other rows.
 */
final class Csv {
  /** The longest file read, in characters: far more than any mapping needs. */
  static final int MAX_LENGTH = 8 * 1024 * 1024;

  private Csv() {}

  record Row(int line, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  static List<Row> read(String text, String file, List<String> required) {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidDataException(
          file,
          "CSV of " + text.length() + " characters is longer than the limit of " + MAX_LENGTH,
          null);
    }
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean closed = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
            file + ":" + line, "text after a closing quote, expected ','", null);
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new InvalidDataException(
              file + ":" + line, "a quote inside an unquoted field", null);
        }
        quoted = true;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InvalidDataException(
          file + ":" + line, "a quoted field is not closed before the end", null);
    }
    if (field.length() > 0 || !record.isEmpty() || closed) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
    if (records.isEmpty()) {
      throw new InvalidDataException(file + ":1", "CSV has no header line", null);
    }
    List<String> header = records.get(0);
    for (String column : required) {
      if (!header.contains(column)) {
        throw new InvalidDataException(
            file + ":1", "the header has no column '" + column + "'; expected " + required, null);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      if (fields.size() != header.size()) {
        throw new InvalidDataException(
            file + ":" + lines.get(r),
            "a row of "
                + fields.size()
                + " fields, expected "
                + header.size()
                + " as in the header",
            null);
      }
      Map<String, String> values = new HashMap<>();
      for (int f = 0; f < fields.size(); f++) {
        values.put(header.get(f), fields.get(f));
      }
      rows.add(new Row(lines.get(r), values));
    }
    return rows;
  }
}
