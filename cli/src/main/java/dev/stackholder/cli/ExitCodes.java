package dev.stackholder.cli;

import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.StackholderException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import picocli.CommandLine;

/**
 * The program's one exit-code policy and its one-line error reports.
 *
 * <ul>
 *   <li>0: the answer was printed;
 *   <li>1: the data or the rules refused the question (an invalid figure, no rules in force on a
 *       date, a missing declaration or exchange rate, an unreadable file);
 *   <li>2: usage: an unknown option, a missing or malformed value, a repeated key;
 *   <li>3: not found: an unknown id (tier, foundation, case study, release, project, employer);
 *   <li>4: an internal error, a bug (still one line, never a stack trace).
 * </ul>
 *
 * <p>Messages echo what the user typed: control characters in them are escaped ({@code \n}, {@code
 * \u001b}) so that one failure is always one line and cannot forge a second {@code stackholder:}
 * line. Thread-safe (stateless).
 */
final class ExitCodes {
  static final int OK = 0;
  static final int REFUSED = 1;
  static final int USAGE = 2;
  static final int NOT_FOUND = 3;
  static final int INTERNAL = 4;

  /** The policy as {@code --help} prints it. */
  static final String HELP_SECTION =
      "Exit status: 0 ok; 1 the data or the rules refused the question; 2 usage"
          + " error; 3 not found (an unknown id); 4 internal error (a bug: please report it).";

  private ExitCodes() {}

  /** The status for a failure: the mapper picocli is given. */
  static int of(Throwable e) {
    if (e instanceof CommandLine.ParameterException || e instanceof UsageException) {
      return USAGE;
    }
    if (e instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (e instanceof StackholderException || e instanceof UncheckedIOException) {
      return REFUSED;
    }
    return INTERNAL;
  }

  /** Prints the one line for a failure and returns its status. Never throws. */
  static int report(Throwable e, PrintWriter err) {
    int status = of(e);
    try {
      err.println("stackholder: " + escape(message(e, status)));
      err.flush();
    } catch (Throwable ignored) {
      // Nothing else can be printed; the status still says what happened.
    }
    return status;
  }

  /** The parameter exception handler: one line naming the command's help. */
  static int reportUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    StringBuilder line = new StringBuilder(String.valueOf(e.getMessage()));
    List<String> suggestions = List.of();
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      suggestions = ((CommandLine.UnmatchedArgumentException) e).getSuggestions();
    } else if (e instanceof CommandLine.MissingParameterException) {
      // picocli reports a missing required option before the unknown one the user typed for it
      // ("--teir"): suggest from the words it did not match, as it does for an unknown option.
      List<String> unmatched = commandLine.getUnmatchedArguments();
      if (!unmatched.isEmpty()) {
        suggestions = closeOptions(commandLine, unmatched);
        line.append("; unknown: ")
            .append(String.join(" ", unmatched.subList(0, Math.min(3, unmatched.size()))));
      }
    }
    if (!suggestions.isEmpty()) {
      line.append("; did you mean ")
          .append(String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))))
          .append('?');
    }
    line.append(" (see '").append(commandLine.getCommandSpec().qualifiedName()).append(" --help')");
    commandLine.getErr().println("stackholder: " + escape(line.toString()));
    commandLine.getErr().flush();
    return USAGE;
  }

  /**
   * The command's option names within two edits of an unknown option the user typed ({@code
   * --teir}).
   */
  static List<String> closeOptions(CommandLine commandLine, List<String> typed) {
    List<String> close = new java.util.ArrayList<>();
    for (String word : typed) {
      if (!word.startsWith("-") || word.length() > 64) {
        continue;
      }
      String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      for (CommandLine.Model.OptionSpec option : commandLine.getCommandSpec().options()) {
        for (String known : option.names()) {
          if (known.length() > 2 && distance(name, known) <= 2 && !close.contains(known)) {
            close.add(known);
          }
        }
      }
    }
    return close;
  }

  /** Edits (insert, delete, replace, swap two neighbours) from one word to the other. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String message(Throwable e, int status) {
    if (e instanceof OutOfMemoryError) {
      return "internal error: out of memory (exit status 4)";
    }
    if (e instanceof StackOverflowError) {
      return "internal error: stack overflow (exit status 4; please report it)";
    }
    String message = e.getMessage();
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      message =
          e.getMessage()
              + ": "
              + (e.getCause() instanceof CharacterCodingException
                  ? "the file is not UTF-8 text"
                  : e.getCause().getMessage());
    }
    if (status == INTERNAL) {
      return "internal error: "
          + (message == null || message.isBlank() ? "no detail" : message)
          + " (exit status 4; please report it)";
    }
    return message == null || message.isBlank() ? "failed without a message" : message;
  }

  /**
   * The text with every control character (C0, DEL, C1, and the Unicode line and paragraph
   * separators) written as an escape, so it prints as one line.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n':
          escaped.append("\\n");
          break;
        case '\r':
          escaped.append("\\r");
          break;
        case '\t':
          escaped.append("\\t");
          break;
        default:
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
      }
    }
    return escaped.toString();
  }
}
