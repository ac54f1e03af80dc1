package dev.stackholder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example program is shown in the README or a page under docs/ word for word (the code
 * between its {@code // README:start} and {@code // README:end} markers, under a {@code <!--
 * example: Name -->} marker) and prints exactly what the README's "It prints" block after it says.
 */
class ExamplesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path DOCS = Path.of("..", "docs");
  private static final Path SOURCES =
      Path.of("src", "main", "java", "dev", "stackholder", "examples");
  private static final String START = "// README:start";
  private static final String END = "// README:end";

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      List<String> names =
          files
              .filter(file -> read(file).contains(START))
              .map(file -> file.getFileName().toString().replace(".java", ""))
              .sorted()
              .collect(Collectors.toList());
      return names.stream();
    }
  }

  @Test
  void theExamplesTheReadmePromisesAreThere() throws IOException {
    assertThat(examples())
        .contains(
            "GoldDues",
            "DuesWithYourOwnMapper",
            "RosterOnADate",
            "RankARelease",
            "OtherFoundationDues",
            "CaseStudyFigures",
            "CompareFoundations",
            "RankGitHistory");
  }

  /** The README shows no Java code that is not an example compiled and run here. */
  @Test
  void everyJavaBlockOfTheReadmeIsAnExample() throws IOException {
    String readme = documentation();
    int javaBlocks = readme.split("```java\n", -1).length - 1;
    assertThat(javaBlocks).isEqualTo(readme.split("<!-- example: ", -1).length - 1);
    assertThat(javaBlocks).isEqualTo((int) examples().count());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readmeShowsTheExampleCode(String example) {
    String source = read(SOURCES.resolve(example + ".java"));
    List<String> compiled =
        lines(source.substring(source.indexOf(START) + START.length(), source.indexOf(END)));
    assertThat(block(example, "```java\n")).isEqualTo(compiled);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void examplePrintsWhatTheReadmeSays(String example) throws Exception {
    Method main =
        Class.forName("dev.stackholder.examples." + example).getMethod("main", String[].class);
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(lines(captured.toString(StandardCharsets.UTF_8)))
        .isEqualTo(block(example, "It prints:\n\n```text\n"));
  }

  /** The block opened by {@code opening} after the README's marker of this example. */
  private static List<String> block(String example, String opening) {
    String readme = documentation();
    String marker = "<!-- example: " + example + " -->";
    int at = readme.indexOf(marker);
    assertThat(at).as("README marker %s", marker).isNotNegative();
    int start = readme.indexOf(opening, at);
    int nextMarker = readme.indexOf("<!-- example: ", at + marker.length());
    assertThat(start).as("README block %s after %s", opening.strip(), marker).isNotNegative();
    if (nextMarker >= 0) {
      assertThat(start)
          .as("README block %s belongs to %s", opening.strip(), marker)
          .isLessThan(nextMarker);
    }
    int from = start + opening.length();
    return lines(readme.substring(from, readme.indexOf("```", from)));
  }

  /** The README and the pages under docs/, one after another: an example may be shown on any. */
  private static String documentation() {
    StringBuilder text = new StringBuilder(read(README));
    try (Stream<Path> pages = Files.list(DOCS)) {
      pages
          .filter(page -> page.toString().endsWith(".md"))
          .sorted()
          .forEach(page -> text.append('\n').append(read(page)));
    } catch (IOException e) {
      throw new AssertionError("Cannot list " + DOCS, e);
    }
    return text.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + file, e);
    }
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }
}
