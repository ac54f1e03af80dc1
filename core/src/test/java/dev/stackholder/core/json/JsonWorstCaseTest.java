package dev.stackholder.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.core.Limits;
import dev.stackholder.core.Organization;
import dev.stackholder.testsupport.Allocations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 point 3: {@link StackholderJson#read(String, Class)} at its documented limits costs
 * memory linear in the document, whatever the document. An allocation-counting harness, not a timed
 * test: each adversarial document of about 8 MiB is read in the same run as a plain document of the
 * same size (the baseline), and the allocation per input character is bounded. The figures are
 * printed for {@code docs/reliability.md}.
 */
class JsonWorstCaseTest {
  private static final int SIZE = Limits.MAX_DOCUMENT_LENGTH - 4096;

  /** An organization with many short aliases: the baseline. */
  private static String plain() {
    StringBuilder json =
        new StringBuilder(SIZE + 100).append("{\"id\":\"a\",\"name\":\"A\",\"aliases\":[");
    int n = 0;
    while (json.length() < SIZE - 40) {
      json.append(n == 0 ? "" : ",").append("\"alias number ").append(n++).append('"');
    }
    return json.append("]}").toString();
  }

  /** Aliases each at the string limit, up to the document limit. */
  private static String longestStrings() {
    StringBuilder json =
        new StringBuilder(SIZE + 100).append("{\"id\":\"a\",\"name\":\"A\",\"aliases\":[");
    int n = 0;
    while (json.length() + Limits.MAX_STRING_LENGTH + 10 < SIZE) {
      json.append(n == 0 ? "" : ",")
          .append('"')
          .append(n++)
          .append("x".repeat(Limits.MAX_STRING_LENGTH - 8))
          .append('"');
    }
    return json.append("]}").toString();
  }

  /** Arrays nested past the depth limit, padded with whitespace to the size limit. */
  private static String deepNesting() {
    return "{\"id\":\"a\",\"name\":\"A\",\"aliases\":"
        + "[".repeat(Limits.MAX_NESTING_DEPTH + 1)
        + " ".repeat(SIZE - 200)
        + "]".repeat(Limits.MAX_NESTING_DEPTH + 1)
        + "}";
  }

  /**
   * An unknown property (ignored, so newer files stay readable) holding numbers at the length
   * limit.
   */
  private static String longestNumbers() {
    StringBuilder json =
        new StringBuilder(SIZE + 100).append("{\"id\":\"a\",\"name\":\"A\",\"future\":[");
    String number = "1" + "0".repeat(Limits.MAX_NUMBER_LENGTH - 1);
    int n = 0;
    while (json.length() < SIZE - 100) {
      json.append(n++ == 0 ? "" : ",").append(number);
    }
    return json.append("]}").toString();
  }

  /** Escapes everywhere: every character of the aliases is a six-character unicode escape. */
  private static String escapes() {
    StringBuilder json =
        new StringBuilder(SIZE + 100).append("{\"id\":\"a\",\"name\":\"A\",\"aliases\":[");
    int n = 0;
    String alias = "\\u00e9".repeat(1000);
    while (json.length() + alias.length() + 20 < SIZE) {
      json.append(n == 0 ? "" : ",").append('"').append(n++).append(alias).append('"');
    }
    return json.append("]}").toString();
  }

  private static Allocations.Cost read(String json) {
    return Allocations.measure(() -> StackholderJson.read(json, Organization.class));
  }

  @Test
  void everyAdversarialDocumentAtTheLimitsCostsMemoryLinearInItsSize() {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("plain document (baseline)", plain());
    documents.put("strings at the 100,000-character limit", longestStrings());
    documents.put("nesting past the depth limit", deepNesting());
    documents.put("numbers at the 64-character limit", longestNumbers());
    documents.put("every character an escape", escapes());
    read(documents.get("plain document (baseline)")); // warm-up
    double baseline =
        read(documents.get("plain document (baseline)"))
            .bytesPerInputByte(documents.get("plain document (baseline)").length());
    for (Map.Entry<String, String> document : documents.entrySet()) {
      assertThat(document.getValue().length()).isLessThanOrEqualTo(Limits.MAX_DOCUMENT_LENGTH);
      Allocations.Cost cost = read(document.getValue());
      double perChar = cost.bytesPerInputByte(document.getValue().length());
      System.out.printf(
          java.util.Locale.ROOT,
          "JSON worst case: %-40s %,11d chars: %s, %.1f bytes/char" + " (baseline %.1f)%n",
          document.getKey(),
          document.getValue().length(),
          cost,
          perChar,
          baseline);
      // Linear: a fixed number of bytes per character. 64 is far above what any of these takes and
      // far below what a quadratic cost would at 8 MiB.
      assertThat(perChar).as(document.getKey()).isLessThan(64);
    }
  }
}
