package dev.stackholder.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer for table output that keeps every line within a width: a line that fits passes as it is;
 * a longer one is wrapped at blanks, its continuation lines indented four blanks more than the line
 * itself, so that a record still reads as one. Lines end at {@code \n}; what is written after the
 * last one is passed on at {@link #flush()}. Not thread-safe.
 */
final class WrappingWriter extends Writer {
  private final PrintWriter out;
  private final int width;
  private final StringBuilder line = new StringBuilder();

  private WrappingWriter(PrintWriter out, int width) {
    this.out = out;
    this.width = width;
  }

  /**
   * {@code out} itself when there is no limit, else a print writer wrapping its lines to the width.
   */
  static PrintWriter of(PrintWriter out, int width) {
    return width == Integer.MAX_VALUE ? out : new PrintWriter(new WrappingWriter(out, width), true);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  private void emit() {
    Wrap.println(out, width, line.toString());
    line.setLength(0);
  }

  @Override
  public void flush() {
    if (line.length() > 0) {
      out.print(line);
      line.setLength(0);
    }
    out.flush();
  }

  @Override
  public void close() {
    flush();
  }
}
