package dev.stackholder.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInResourcesTest {
  private static final Map<String, String> FILES =
      Map.of(
          "source.json", "{\"document\": \"000_6cb65ebcd6c07861.txt\", \"title\": \"Seed\"}",
          "broken.json", "{\"document\": \"\", \"title\": \"Seed\"}",
          "index.txt", "folsom/git-stats.txt\n\n  essex/lp-stats.txt  \n");
  private static final BuiltInResources JAR =
      BuiltInResources.of(
          "stackholder-test",
          name ->
              FILES.containsKey(name)
                  ? new ByteArrayInputStream(FILES.get(name).getBytes(StandardCharsets.UTF_8))
                  : null);

  @Test
  void readsJson() {
    assertThat(JAR.readJson("source.json", Source.class))
        .isEqualTo(Source.of("000_6cb65ebcd6c07861.txt", "Seed"));
  }

  @Test
  void readsNonBlankLinesTrimmed() {
    assertThat(JAR.readLines("index.txt"))
        .containsExactly("folsom/git-stats.txt", "essex/lp-stats.txt");
  }

  @Test
  void aMissingResourceIsAPackagingBugNamingIt() {
    assertThatThrownBy(() -> JAR.readJson("missing.json", Source.class))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Built-in resource missing.json is missing from stackholder-test");
  }

  @Test
  void anInvalidResourceIsAPackagingBugNamingIt() {
    assertThatThrownBy(() -> JAR.readJson("broken.json", Source.class))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Built-in resource broken.json of stackholder-test is invalid: $: Source document is blank");
  }

  @Test
  void anUnreadableResourceIsAPackagingBugNamingIt() {
    BuiltInResources failing =
        BuiltInResources.of(
            "stackholder-test",
            name ->
                new InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw new IOException("disk gone");
                  }
                });
    assertThatThrownBy(() -> failing.readLines("index.txt"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Built-in resource index.txt of stackholder-test cannot be read: disk gone");
  }
}
