package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample of the program in README.md and docs/*.md, output included, is what the program
 * prints today: a fenced {@code ```sh} block whose first line starts with {@code $ stackholder }
 * holds one or more commands (each a line starting with {@code $ }, continued by a trailing
 * backslash), each followed by exactly what it prints (standard output, then standard error, then
 * {@code [exit N]} when the status is not 0). The commands run in-process through {@link
 * StackholderCli#run(PrintWriter, PrintWriter, Clock, String...)} with "today" fixed at {@link
 * #TODAY}, so a sample cannot go stale without failing the build.
 *
 * <p>After a change of output, {@code ./mvnw -pl cli -am test -Dtest=DocumentationSamplesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsamples.update=true} rewrites every sample's output
 * from the program (the commands stay as written); review the diff and commit it.
 */
class DocumentationSamplesTest {
  /** The day the samples are run on, as the pages say. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static final Clock CLOCK =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private static final Path ROOT = Path.of("..");
  private static final String OPEN = "```sh";
  private static final String CLOSE = "```";
  private static final String PROMPT = "$ ";
  private static final boolean UPDATE = Boolean.getBoolean("samples.update");

  /** The Markdown files whose samples are checked: the README and every page under docs/. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @TestFactory
  Stream<DynamicTest> everySampleIsWhatTheProgramPrints() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      List<Sample> samples = samples(lines);
      if (UPDATE) {
        Files.writeString(page, rewrite(lines, samples), StandardCharsets.UTF_8);
        continue;
      }
      for (Sample sample : samples) {
        String name =
            ROOT.relativize(page) + ":" + (sample.line + 1) + " " + String.join(" ", sample.args);
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () ->
                    assertThat(String.join("\n", run(sample.args)))
                        .as(
                            "%s is stale: rerun with -Dsamples.update=true (see %s)",
                            name, DocumentationSamplesTest.class.getSimpleName())
                        .isEqualTo(String.join("\n", sample.expected))));
      }
    }
    return tests.stream();
  }

  @Test
  void thereAreSamplesToCheck() throws IOException {
    int count = 0;
    for (Path page : pages()) {
      count += samples(Files.readAllLines(page, StandardCharsets.UTF_8)).size();
    }
    assertThat(count).as("samples in README.md and docs/*.md").isGreaterThanOrEqualTo(10);
  }

  /** The README's second set-up command is the test command, and it is what CI runs. */
  @Test
  void theReadmesTestCommandIsWhatCiRuns() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    assertThat(readme).contains("```sh\n./mvnw verify\n```");
    assertThat(ci).contains("./mvnw verify\n");
  }

  /** What the program prints for these arguments, as a sample shows it. */
  static List<String> run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // No COLUMNS: the samples show tables at the default width of 100, whatever the terminal
    // running
    // the build says.
    int status =
        StackholderCli.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CLOCK,
            java.util.Map.of(),
            args.toArray(String[]::new));
    List<String> printed = new ArrayList<>(out.toString().lines().toList());
    printed.addAll(err.toString().lines().toList());
    if (status != 0) {
      printed.add("[exit " + status + "]");
    }
    return printed;
  }

  /** One command of a sample block and the lines shown after it. */
  record Sample(int line, int commandLines, List<String> args, List<String> expected) {}

  static List<Sample> samples(List<String> lines) {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals(OPEN)
          || i + 1 >= lines.size()
          || !lines.get(i + 1).startsWith(PROMPT + "stackholder ")) {
        continue;
      }
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).equals(CLOSE)) {
        int start = j;
        StringBuilder command = new StringBuilder(lines.get(j).substring(PROMPT.length()));
        while (command.toString().endsWith("\\") && j + 1 < lines.size()) {
          command.setLength(command.length() - 1);
          command.append(' ').append(lines.get(++j).strip());
        }
        j++;
        List<String> expected = new ArrayList<>();
        while (j < lines.size()
            && !lines.get(j).equals(CLOSE)
            && !lines.get(j).startsWith(PROMPT)) {
          expected.add(lines.get(j++));
        }
        List<String> words = words(command.toString());
        assertThat(words)
            .as("line %d: a sample runs stackholder", start + 1)
            .first()
            .isEqualTo("stackholder");
        samples.add(
            new Sample(
                start, j - start - expected.size(), words.subList(1, words.size()), expected));
      }
      i = j;
    }
    return samples;
  }

  /** The page with each sample's output replaced by what the program prints now. */
  static String rewrite(List<String> lines, List<Sample> samples) {
    StringBuilder page = new StringBuilder();
    int next = 0;
    for (Sample sample : samples) {
      for (; next < sample.line + sample.commandLines; next++) {
        page.append(lines.get(next)).append('\n');
      }
      for (String printed : run(sample.args)) {
        page.append(printed).append('\n');
      }
      next += sample.expected.size();
    }
    for (; next < lines.size(); next++) {
      page.append(lines.get(next)).append('\n');
    }
    return page.toString();
  }

  /**
   * A command line split as a POSIX shell splits it, for what samples use: blanks separate words,
   * {@code '...'} is literal, {@code "..."} keeps blanks and takes {@code \"}, {@code \\} and
   * {@code \$} as escapes, a backslash outside quotes escapes the next character.
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        assertThat(end).as("unclosed ' in %s", line).isPositive();
        word.append(line, i + 1, end);
        i = end;
        inWord = true;
      } else if (c == '"') {
        i++;
        while (i < line.length() && line.charAt(i) != '"') {
          char d = line.charAt(i);
          if (d == '\\' && i + 1 < line.length() && "\"\\$".indexOf(line.charAt(i + 1)) >= 0) {
            d = line.charAt(++i);
          }
          word.append(d);
          i++;
        }
        assertThat(i).as("unclosed \" in %s", line).isLessThan(line.length());
        inWord = true;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
