package dev.stackholder.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plain text table: each column as wide as its widest cell, two blanks between columns, the last
 * column not padded. Given a width (the terminal's), a table wider than it narrows its widest
 * columns and wraps their cells inside them, at blanks where it can; amounts (the right-aligned
 * columns) are never wrapped. A table that cannot fit so is printed as records, one cell a line.
 * Stateless, thread-safe.
 */
final class Table {
  /** The narrowest a wrapped column becomes (or its longest word, if shorter). */
  static final int MIN_COLUMN = 10;

  private Table() {}

  /** Prints the table unwrapped, whatever its width (as {@code --wide} asks). */
  static void print(List<String[]> lines, Set<Integer> rightAligned, PrintWriter out) {
    print(lines, rightAligned, out, Integer.MAX_VALUE);
  }

  /**
   * Prints the lines (the first is the header) with the columns in {@code rightAligned} aligned to
   * the right, as amounts are, within {@code width} characters where the columns can be narrowed
   * so.
   */
  static void print(List<String[]> lines, Set<Integer> rightAligned, PrintWriter out, int width) {
    int columns = lines.get(0).length;
    int[] widths = new int[columns];
    for (String[] line : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], Wrap.length(line[c]));
      }
    }
    if (!fit(widths, rightAligned, lines, width)) {
      records(lines, out, width);
      return;
    }
    for (String[] line : lines) {
      List<List<String>> cells = new ArrayList<>(columns);
      int height = 1;
      for (int c = 0; c < columns; c++) {
        List<String> wrapped =
            rightAligned.contains(c) ? List.of(line[c]) : Wrap.wrap(line[c], widths[c]);
        cells.add(wrapped);
        height = Math.max(height, wrapped.size());
      }
      for (int row = 0; row < height; row++) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < columns; c++) {
          String cell = row < cells.get(c).size() ? cells.get(c).get(row) : "";
          boolean last = c == columns - 1;
          String padding = " ".repeat(Math.max(0, widths[c] - Wrap.length(cell)));
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

  /**
   * Narrows the widest wrappable column, one character at a time, until the table fits; false when
   * it cannot, every wrappable column at its least (its longest unbreakable piece, at least {@link
   * #MIN_COLUMN}).
   */
  private static boolean fit(
      int[] widths, Set<Integer> rightAligned, List<String[]> lines, int width) {
    int[] least = new int[widths.length];
    for (int c = 0; c < widths.length; c++) {
      least[c] = widths[c];
      if (!rightAligned.contains(c)) {
        // As narrow as its longest unbreakable piece (a word, or a part up to a hyphen), so that
        // words
        // are not cut, and at least MIN_COLUMN; a table that cannot fit so is printed as records.
        int longestPiece = 1;
        for (String[] line : lines) {
          longestPiece = Math.max(longestPiece, Wrap.longestPiece(line[c]));
        }
        least[c] = Math.min(widths[c], Math.max(longestPiece, MIN_COLUMN));
      }
    }
    int total = 2 * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    while (total > width) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (widths[c] > least[c] && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return false;
      }
      widths[widest]--;
      total--;
    }
    return true;
  }

  /**
   * A table too wide for the width even with its columns at their least, as records: each row's
   * first cell on a line of its own, then each other non-empty cell as "HEADER: value", wrapped.
   */
  private static void records(List<String[]> lines, PrintWriter out, int width) {
    String[] header = lines.get(0);
    for (String[] line : lines.subList(1, lines.size())) {
      Wrap.println(out, width, line[0], 4);
      for (int c = 1; c < line.length; c++) {
        if (!line[c].isBlank()) {
          Wrap.println(out, width, "  " + header[c] + ": " + line[c], 4);
        }
      }
    }
  }
}
