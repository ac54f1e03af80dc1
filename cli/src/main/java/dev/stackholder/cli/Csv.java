package dev.stackholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** CSV as RFC 4180 writes it: a field with a comma, quote or line break is quoted. Stateless. */
final class Csv {
  private Csv() {}

  static void row(PrintWriter out, Object... fields) {
    out.print(List.of(fields).stream().map(f -> field(String.valueOf(f))).collect(Collectors.joining(",")));
    out.print("\r\n");
  }

  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
