package dev.stackholder.contribution.git;

import java.util.Optional;

/**
 * One line of a mailmap, parsed the way git's {@code mailmap.c} does: a name (trimmed of
 * whitespace, absent when empty) before {@code <}, an address up to the next {@code >} (not
 * trimmed), then optionally a second name and address; text after the last {@code >}, and a second
 * part without {@code <...>}, are ignored. Stateless.
 */
final class MailmapParser {
  private MailmapParser() {}

  /** The entry of a line that is not a comment, or null when git ignores the line. */
  static Mailmap.Entry parseLine(String line, int lineNumber) {
    Part first = part(line, 0, false);
    if (first == null) {
      return null; // no <address>, or an empty first address: git ignores the line
    }
    Part second = first.rest < line.length() ? part(line, first.rest, true) : null;
    if (second == null) {
      if (first.name == null) {
        return null; // "<a@b>" alone maps nothing: git adds an entry that changes nothing
      }
      return entry(lineNumber, first.name, null, null, first.email);
    }
    return entry(lineNumber, first.name, first.email, second.name, second.email);
  }

  /** Name and address starting at {@code from}, and where the text after the {@code >} starts. */
  private static Part part(String line, int from, boolean allowEmptyEmail) {
    int left = line.indexOf('<', from);
    if (left < 0) {
      return null;
    }
    int right = line.indexOf('>', left + 1);
    if (right < 0) {
      return null;
    }
    if (!allowEmptyEmail && right == left + 1) {
      return null;
    }
    int start = from;
    while (start < left && isSpace(line.charAt(start))) {
      start++;
    }
    int end = left;
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    String name = start < end ? line.substring(start, end) : null;
    return new Part(name, line.substring(left + 1, right), right + 1);
  }

  /** C's {@code isspace} in the C locale. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private record Part(String name, String email, int rest) {}

  private static Mailmap.Entry entry(
      int line, String properName, String properEmail, String commitName, String commitEmail) {
    return ImmutableMailmap.Entry.builder()
        .line(line)
        .properName(Optional.ofNullable(properName))
        .properEmail(Optional.ofNullable(properEmail))
        .commitName(Optional.ofNullable(commitName))
        .commitEmail(commitEmail)
        .build();
  }
}
