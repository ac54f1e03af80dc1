package dev.stackholder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java example is the code of {@link ReadmeExample}, and prints what the README says. */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE = Path.of("src", "main", "java", "dev", "stackholder", "examples", "ReadmeExample.java");

  @Test
  void readmeShowsTheExampleCode() throws IOException {
    String readme = Files.readString(README);
    List<String> shown = block(readme, "```java\n");
    String source = Files.readString(EXAMPLE);
    List<String> compiled = lines(source.substring(source.indexOf("// README:start") + "// README:start".length(),
        source.indexOf("// README:end")));
    assertThat(shown).isEqualTo(compiled);
  }

  @Test
  void exampleprintsWhatTheReadmeSays() throws IOException {
    List<String> expected = block(Files.readString(README), "It prints:\n\n```text\n");
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(lines(captured.toString(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  private static List<String> block(String text, String opening) {
    int start = text.indexOf(opening);
    assertThat(start).as("README block starting with %s", opening).isNotNegative();
    int from = start + opening.length();
    return lines(text.substring(from, text.indexOf("```", from)));
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }
}
