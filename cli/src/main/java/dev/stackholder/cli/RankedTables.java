package dev.stackholder.cli;

import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.core.json.StackholderJson;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A ranked employer table in each output format, as {@code rank} (from gitdm's reports) and {@code
 * contributions} (from raw git history) print it: the same table, so the same shapes (DESIGN fixes
 * its JSON). A command adds its own trailer after the text table.
 */
final class RankedTables {
  private RankedTables() {}

  /** Prints what a table was computed from, on one line, as every text table ends. */
  static void printProvenance(PrintWriter out, dev.stackholder.contribution.Provenance provenance) {
    if (provenance.inputs().isEmpty() && provenance.policy().isEmpty()) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "Computed from%s: %s%n",
        provenance.policy().map(p -> " (" + p + " policy)").orElse(""),
        provenance.inputs().stream()
            .map(Object::toString)
            .collect(java.util.stream.Collectors.joining("; ")));
  }

  /**
   * Prints one table as {@link #print} does, or several (one per metric of one run): a JSON array
   * of tables, CSV rows with the table's metric in a first column, or the text tables one after
   * another.
   */
  static void printAll(PrintWriter out, OutputFormat output, java.util.List<RankedTable> tables) {
    if (tables.size() == 1) {
      print(out, output, tables.get(0));
      return;
    }
    switch (output) {
      case JSON:
        out.println(StackholderJson.writePretty(tables));
        break;
      case CSV:
        Csv.row(out, "metric", "rank", "employer", "value", "share");
        for (RankedTable ranked : tables) {
          for (RankedRow row : ranked.rows()) {
            Csv.row(
                out,
                ranked.metric().id(),
                row.rank(),
                row.employer(),
                row.value(),
                row.share().toPlainString());
          }
        }
        printCsvProvenance(out, tables.get(0).provenance());
        break;
      default:
        for (int i = 0; i < tables.size(); i++) {
          if (i > 0) {
            out.println();
          }
          print(out, output, tables.get(i));
        }
    }
  }

  /**
   * Ends a CSV table with what it was computed from, as comment lines after the rows (so the header
   * stays the first line, and readers that skip {@code #} lines, such as pandas' {@code
   * comment='#'}, read the rows alone): {@code # policy: gitdm}, then one {@code # input: KIND NAME
   * (DATE)} per input, in the order read.
   */
  static void printCsvProvenance(
      PrintWriter out, dev.stackholder.contribution.Provenance provenance) {
    provenance.policy().ifPresent(p -> out.print("# policy: " + oneLine(p) + "\r\n"));
    provenance.inputs().forEach(i -> out.print("# input: " + oneLine(i.toString()) + "\r\n"));
  }

  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }

  /** Prints the table: its JSON, its CSV rows, or a heading and aligned rows. */
  static void print(PrintWriter out, OutputFormat output, RankedTable ranked) {
    switch (output) {
      case JSON:
        out.println(StackholderJson.writePretty(ranked));
        break;
      case CSV:
        Csv.row(out, "rank", "employer", "value", "share");
        for (RankedRow row : ranked.rows()) {
          Csv.row(out, row.rank(), row.employer(), row.value(), row.share().toPlainString());
        }
        printCsvProvenance(out, ranked.provenance());
        break;
      default:
        out.printf(
            Locale.ROOT,
            "%s, %s: employers by %s (%s ranking)%n",
            ranked.release(),
            ranked.project().equals(ContributionTable.ALL_PROJECTS)
                ? "all projects"
                : ranked.project(),
            ranked.metric(),
            ranked.ties());
        out.printf(Locale.ROOT, "%4s  %-30s %9s %7s%n", "rank", "employer", "value", "share");
        for (RankedRow row : ranked.rows()) {
          out.printf(
              Locale.ROOT,
              "%4d  %-30s %9d %6s%%%n",
              row.rank(),
              row.employer(),
              row.value(),
              row.share().toPlainString());
        }
        printProvenance(out, ranked.provenance());
    }
  }
}
