package dev.stackholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** CSV as RFC 4180 writes it: a field with a comma, quote or line break is quoted. Stateless. */
final class Csv {
  private Csv() {}

  static void row(PrintWriter out, Object... fields) {
    out.print(
        List.of(fields).stream()
            .map(f -> field(String.valueOf(f)))
            .collect(Collectors.joining(",")));
    out.print("\r\n");
  }

  /**
   * An amount as CSV writes money everywhere: a plain decimal with the currency's scale ({@code
   * 500000.00}), its currency in a column of its own.
   */
  static String plain(org.joda.money.Money money) {
    return money.getAmount().toPlainString();
  }

  /** An optional amount, empty when absent. */
  static String plain(java.util.Optional<org.joda.money.Money> money) {
    return money.map(Csv::plain).orElse("");
  }

  static String field(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
