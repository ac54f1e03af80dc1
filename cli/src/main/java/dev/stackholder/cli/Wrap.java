package dev.stackholder.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a width at blanks, breaking a word only where it alone is wider than the width, and
 * never inside a word otherwise. Lengths are in code points. Stateless, thread-safe.
 */
final class Wrap {
  private Wrap() {}

  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** The text as lines of at most {@code width} code points (one empty line for empty text). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    if (width <= 0 || length(text) <= width) {
      lines.add(text);
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String rest = word;
      while (length(rest) > width) {
        // A word wider than the column: what fits on this line, then the rest on the next ones.
        int room = line.length() == 0 ? width : width - length(line.toString()) - 1;
        if (room < Math.min(8, width)) {
          lines.add(line.toString());
          line.setLength(0);
          room = width;
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        int cut = rest.offsetByCodePoints(0, room);
        line.append(rest, 0, cut);
        lines.add(line.toString());
        line.setLength(0);
        rest = rest.substring(cut);
      }
      if (line.length() > 0 && length(line.toString()) + 1 + length(rest) > width) {
        lines.add(line.toString());
        line.setLength(0);
      } else if (line.length() > 0) {
        line.append(' ');
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Prints a line of prose within the width: the first line as it starts, the following ones
   * indented by {@code indent} blanks more than the first line's own indent.
   */
  static void println(PrintWriter out, int width, String text, int indent) {
    if (length(text) <= width) {
      out.println(text);
      return;
    }
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    String hang = " ".repeat(lead + indent);
    List<String> first = wrap(text.substring(lead), width - lead);
    out.println(" ".repeat(lead) + first.get(0));
    String rest = String.join(" ", first.subList(1, first.size()));
    for (String line : wrap(rest, Math.max(Table.MIN_COLUMN, width - hang.length()))) {
      out.println(hang + line);
    }
  }

  /** The same with a hanging indent of four blanks. */
  static void println(PrintWriter out, int width, String text) {
    println(out, width, text, 4);
  }
}
