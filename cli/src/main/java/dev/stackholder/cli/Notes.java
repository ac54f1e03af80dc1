package dev.stackholder.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Numbered notes under a table, as {@code compare} cites its sources: a cell holds {@code [1][2]}
 * and the text is printed once below. Stateless, thread-safe (the list is the caller's).
 */
final class Notes {
  private Notes() {}

  /** The numbers of the texts, each text added to {@code notes} the first time it is cited. */
  static String numbers(List<String> notes, List<String> texts) {
    StringBuilder cell = new StringBuilder();
    for (String text : texts) {
      int index = notes.indexOf(text);
      if (index < 0) {
        notes.add(text);
        index = notes.size() - 1;
      }
      if (cell.indexOf("[" + (index + 1) + "]") < 0) {
        cell.append('[').append(index + 1).append(']');
      }
    }
    return cell.toString();
  }

  /** {@code Sources:} then each note, numbered, wrapped to the width. */
  static void print(List<String> notes, PrintWriter out, int width) {
    if (notes.isEmpty()) {
      return;
    }
    out.println("Sources:");
    for (int i = 0; i < notes.size(); i++) {
      Wrap.println(out, width, "  [" + (i + 1) + "] " + notes.get(i), 4);
    }
  }
}
