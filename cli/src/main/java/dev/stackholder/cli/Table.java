package dev.stackholder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * A plain text table: each column as wide as its widest cell, two blanks between columns, the last
 * column not padded. Stateless, thread-safe.
 */
final class Table {
  private Table() {}

  /**
   * Prints the lines (the first is the header) with the columns in {@code rightAligned} aligned to the
   * right, as amounts are.
   */
  static void print(List<String[]> lines, Set<Integer> rightAligned, PrintWriter out) {
    int columns = lines.get(0).length;
    int[] widths = new int[columns];
    for (String[] line : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], line[c].codePointCount(0, line[c].length()));
      }
    }
    for (String[] line : lines) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = line[c];
        boolean last = c == columns - 1;
        String padding = " ".repeat(widths[c] - cell.codePointCount(0, cell.length()));
        if (rightAligned.contains(c)) {
          text.append(padding).append(cell);
        } else {
          text.append(cell).append(last ? "" : padding);
        }
        if (!last) {
          text.append("  ");
        }
      }
      out.println(text.toString().stripTrailing());
    }
  }
}
