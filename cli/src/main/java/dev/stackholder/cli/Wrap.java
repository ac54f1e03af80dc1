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

  /**
   * The text as lines of at most {@code width} code points (one empty line for empty text): broken
   * at blanks, or after a hyphen inside a word ({@code academic-research-} / {@code government}),
   * and inside a word only where one piece alone is wider than the width.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    if (width <= 0 || length(text) <= width) {
      lines.add(text);
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (Piece piece : pieces(text)) {
      String rest = piece.text;
      boolean blank = piece.blankBefore;
      while (length(rest) > width) {
        // A piece wider than the column: what fits on this line, then the rest on the next ones.
        int used = length(line.toString());
        int room = used == 0 ? width : width - used - (blank ? 1 : 0);
        if (room < Math.min(8, width)) {
          lines.add(line.toString());
          line.setLength(0);
          room = width;
        } else if (used > 0 && blank) {
          line.append(' ');
        }
        int cut = rest.offsetByCodePoints(0, room);
        line.append(rest, 0, cut);
        lines.add(line.toString());
        line.setLength(0);
        rest = rest.substring(cut);
        blank = false;
      }
      int used = length(line.toString());
      if (used > 0 && used + (blank ? 1 : 0) + length(rest) > width) {
        lines.add(line.toString());
        line.setLength(0);
      } else if (used > 0 && blank) {
        line.append(' ');
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * The longest piece of the text that {@link #wrap} keeps whole (a word, or a part up to a
   * hyphen).
   */
  static int longestPiece(String text) {
    int longest = 0;
    for (Piece piece : pieces(text)) {
      longest = Math.max(longest, length(piece.text));
    }
    return longest;
  }

  /** A piece of text wrap may start a line with: after a blank, or after a hyphen within a word. */
  private static final class Piece {
    final String text;
    final boolean blankBefore;

    Piece(String text, boolean blankBefore) {
      this.text = text;
      this.blankBefore = blankBefore;
    }
  }

  private static List<Piece> pieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    boolean first = true;
    for (String word : text.split(" ", -1)) {
      int start = 0;
      // After a hyphen between two letters: "research-government"; never inside a date, a number, a
      // path or an address ("2025-07-07", "-5", "a/b-c"), which stay whole where they can.
      boolean breakable = word.indexOf('/') < 0 && word.indexOf('@') < 0;
      for (int i = 1; breakable && i < word.length() - 1; i++) {
        if (word.charAt(i) == '-'
            && Character.isLetter(word.charAt(i - 1))
            && Character.isLetter(word.charAt(i + 1))) {
          pieces.add(new Piece(word.substring(start, i + 1), start == 0 && !first));
          start = i + 1;
        }
      }
      pieces.add(new Piece(word.substring(start), start == 0 && !first));
      first = false;
    }
    return pieces;
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
    // Every line wrapped to the continuation lines' width, so that no piece of a broken word is
    // re-joined with a blank.
    List<String> lines =
        wrap(text.substring(lead), Math.max(Table.MIN_COLUMN, width - hang.length()));
    out.println(" ".repeat(lead) + lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      out.println(hang + line);
    }
  }

  /** The same with a hanging indent of four blanks. */
  static void println(PrintWriter out, int width, String text) {
    println(out, width, text, 4);
  }
}
