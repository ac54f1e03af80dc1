package dev.stackholder.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Hostile documents made from valid ones by mutation, and the one way every case is judged: the
 * reader refuses it with the library's refusal (Stackholder's {@code InvalidDataException}, passed
 * in: this module must not depend on core, whose tests use it too), never another exception and
 * never null, within a generous time budget, or reads it. Counts and the slowest case per category
 * are kept for the summary the corpus tests print (the figures of docs/reliability.md).
 */
public final class HostileCorpus {
  /** Generous on purpose (a slow CI machine); the real figures are printed and reported. */
  public static final long BUDGET_MILLIS = 2_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  public static final String HUGE_STRING = "x".repeat(200_000);
  private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();
  private static final Map<String, Long> SLOWEST_NANOS = new ConcurrentHashMap<>();

  private HostileCorpus() {}

  /** A hostile document: its category, what was done, and the text. */
  public record Mutant(
      String category, String description, String text, JsonPointer path, JsonNode value) {
    @Override
    public String toString() {
      return category + ": " + description;
    }
  }

  /**
   * Field mutations of a JSON document: at up to {@code maxPaths} value positions spread over the
   * document, every wrong type, null, missing, huge and tiny numbers, a huge string, bad dates.
   */
  public static List<Mutant> fieldMutants(String valid, int maxPaths) {
    JsonNode root = tree(valid);
    List<JsonPointer> paths = new ArrayList<>();
    collect(root, JsonPointer.empty(), paths);
    List<Mutant> mutants = new ArrayList<>();
    int step = Math.max(1, paths.size() / maxPaths);
    for (int i = 0; i < paths.size(); i += step) {
      JsonPointer path = paths.get(i);
      JsonNode original = root.at(path);
      List<Object[]> replacements = new ArrayList<>();
      if (!original.isTextual()) {
        replacements.add(new Object[] {"wrong type", NODES.textNode("text")});
      }
      if (!original.isNumber()) {
        replacements.add(new Object[] {"wrong type", NODES.numberNode(12)});
      }
      if (!original.isBoolean()) {
        replacements.add(new Object[] {"wrong type", NODES.booleanNode(true)});
      }
      if (!original.isArray()) {
        replacements.add(new Object[] {"wrong type", NODES.arrayNode().add(1)});
      }
      if (!original.isObject()) {
        replacements.add(new Object[] {"wrong type", NODES.objectNode().put("a", 1)});
      }
      replacements.add(new Object[] {"null field", NODES.nullNode()});
      replacements.add(
          new Object[] {"huge number", NODES.numberNode(new java.math.BigDecimal("1e999999999"))});
      replacements.add(
          new Object[] {"tiny number", NODES.numberNode(new java.math.BigDecimal("1e-999999999"))});
      replacements.add(
          new Object[] {"huge number", NODES.numberNode(new java.math.BigInteger("9".repeat(60)))});
      replacements.add(new Object[] {"huge string", NODES.textNode(HUGE_STRING)});
      if (original.isTextual()) {
        replacements.add(
            new Object[] {"huge string", NODES.textNode(original.asText() + "x".repeat(99_000))});
      }
      if (original.isTextual() && DATE.matcher(original.asText()).matches()) {
        for (String bad :
            List.of(
                "2012-02-30",
                "2012-09-27T10:15:30",
                "20120927",
                "+102012-09-27",
                "2012-9-27",
                "0999-01-01")) {
          replacements.add(new Object[] {"bad date", NODES.textNode(bad)});
        }
        replacements.add(new Object[] {"bad date", NODES.numberNode(20120927)});
        replacements.add(new Object[] {"bad date", NODES.arrayNode().add(2012).add(9).add(27)});
      }
      if (original.isNumber()) {
        replacements.add(new Object[] {"huge number", NODES.numberNode(Long.MAX_VALUE)});
        replacements.add(new Object[] {"tiny number", NODES.numberNode(-1)});
      }
      for (Object[] replacement : replacements) {
        JsonNode mutated = root.deepCopy();
        replace(mutated, path, (JsonNode) replacement[1]);
        mutants.add(
            new Mutant(
                (String) replacement[0],
                replacement[0] + " at " + path + ": " + abbreviate(replacement[1].toString()),
                mutated.toString(),
                path,
                (JsonNode) replacement[1]));
      }
      if (path.last().getMatchingProperty() != null
          && !path.last().getMatchingProperty().isEmpty()
          && path.last().getMatchingIndex() < 0) {
        JsonNode mutated = root.deepCopy();
        ((ObjectNode) mutated.at(path.head())).remove(path.last().getMatchingProperty());
        mutants.add(new Mutant("missing field", "missing " + path, mutated.toString(), path, null));
      }
    }
    return mutants;
  }

  /** Whole-document mutations: truncations, nesting, duplicate keys, gadgets, null, empty, size. */
  public static List<Mutant> documentMutants(String valid) {
    List<Mutant> mutants = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int at = (int) ((long) valid.length() * i / 12);
      mutants.add(
          new Mutant("truncation", "first " + at + " chars", valid.substring(0, at), null, null));
    }
    mutants.add(new Mutant("deep nesting", "100,000 [", "[".repeat(100_000), null, null));
    mutants.add(
        new Mutant("deep nesting", "100,000 {\"a\":", "{\"a\":".repeat(100_000), null, null));
    mutants.add(
        new Mutant(
            "deep nesting",
            "nested arrays in the first field",
            valid.replaceFirst(
                "\\{",
                java.util.regex.Matcher.quoteReplacement(
                    "{\"zz\": " + "[".repeat(5_000) + "]".repeat(5_000) + ",")),
            null,
            null));
    JsonNode root = tree(valid);
    if (root.isObject() && root.size() > 0) {
      String first = root.fieldNames().next();
      String duplicate = "\"" + first + "\": " + root.get(first) + ",";
      mutants.add(
          new Mutant(
              "duplicate key",
              "'" + first + "' twice",
              valid.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{" + duplicate)),
              null,
              null));
      String otherValue = "\"" + first + "\": \"other\",";
      mutants.add(
          new Mutant(
              "duplicate key",
              "'" + first + "' twice, other value",
              valid.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{" + otherValue)),
              null,
              null));
      ObjectNode gadget = (ObjectNode) root.deepCopy();
      gadget.set(first, gadgetArray());
      mutants.add(
          new Mutant("gadget payload", "gadget array at /" + first, gadget.toString(), null, null));
    }
    for (String gadget :
        List.of(
            "[\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"http://127.0.0.1/x.xml\"]",
            "{\"@class\":\"java.net.URL\",\"val\":\"http://127.0.0.1/\"}",
            "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://127.0.0.1/x\",\"autoCommit\":true}",
            "[\"java.util.logging.FileHandler\",{\"pattern\":\"/tmp/x\"}]")) {
      mutants.add(new Mutant("gadget payload", abbreviate(gadget), gadget, null, null));
    }
    for (String empty :
        List.of(
            "null",
            "",
            "   ",
            "[]",
            "{}",
            "\"text\"",
            "12",
            "true",
            valid + valid,
            valid + " garbage",
            "\uFEFF" + "null")) {
      mutants.add(
          new Mutant("null or empty document", "'" + abbreviate(empty) + "'", empty, null, null));
    }
    mutants.add(
        new Mutant(
            "huge document",
            "9 MiB of blanks before it",
            " ".repeat(9 * 1024 * 1024) + valid,
            null,
            null));
    mutants.add(
        new Mutant(
            "huge string", "a 10 MB key", "{\"" + "k".repeat(10_000_000) + "\": 1}", null, null));
    return mutants;
  }

  /** Byte-level mutations: Latin-1, invalid UTF-8, broken UTF-16. */
  public static List<Object[]> encodingMutants(String valid) {
    List<Object[]> mutants = new ArrayList<>();
    String accented = valid.replaceFirst("\"([A-Za-z])", "\"\u00e9$1");
    mutants.add(new Object[] {"Latin-1 é", accented.getBytes(StandardCharsets.ISO_8859_1)});
    byte[] ff = valid.getBytes(StandardCharsets.UTF_8);
    byte[] withFf = new byte[ff.length + 1];
    int quote = valid.indexOf('"') + 1;
    System.arraycopy(ff, 0, withFf, 0, quote);
    withFf[quote] = (byte) 0xFF;
    System.arraycopy(ff, quote, withFf, quote + 1, ff.length - quote);
    mutants.add(new Object[] {"byte 0xFF", withFf});
    byte[] utf16 = valid.getBytes(StandardCharsets.UTF_16BE);
    mutants.add(
        new Object[] {
          "UTF-16 cut mid-character", java.util.Arrays.copyOf(utf16, utf16.length - 1)
        });
    byte[] surrogate = "\"\uD800\"".getBytes(StandardCharsets.UTF_8);
    mutants.add(new Object[] {"lone surrogate bytes", surrogate});
    return mutants;
  }

  private static ArrayNode gadgetArray() {
    return NODES
        .arrayNode()
        .add("com.sun.rowset.JdbcRowSetImpl")
        .add(
            NODES.objectNode().put("dataSourceName", "ldap://127.0.0.1/x").put("autoCommit", true));
  }

  /**
   * Runs one case: the reader must refuse it with a {@code refusal} within the budget, or return a
   * value that is not null (which is returned for further checks; null when it was refused).
   */
  public static <T> T judge(
      Class<? extends RuntimeException> refusal, String category, Supplier<T> reader) {
    long start = System.nanoTime();
    T value = null;
    RuntimeException refused = null;
    try {
      value = reader.get();
    } catch (RuntimeException | Error e) {
      if (!refusal.isInstance(e)) {
        fail("expected " + refusal.getSimpleName() + " or a value, got " + e, e);
      }
      refused = (RuntimeException) e;
    }
    long nanos = System.nanoTime() - start;
    COUNTS.computeIfAbsent(category, key -> new AtomicLong()).incrementAndGet();
    SLOWEST_NANOS.merge(category, nanos, Math::max);
    assertThat(nanos / 1_000_000).as("milliseconds for " + category).isLessThan(BUDGET_MILLIS);
    if (refused != null) {
      assertThat(refused.getMessage()).isNotBlank();
      assertThat(refused.getMessage().length()).as("message length").isLessThan(2_000);
      return null;
    }
    assertThat(value).as("a read value").isNotNull();
    return value;
  }

  /**
   * The mutated value must be read as it is written: if the type writes the mutated field back, the
   * written value equals the mutant's (numbers by value).
   */
  public static void readAsWritten(Mutant mutant, JsonNode written, JsonNode writtenOriginal) {
    if (mutant.path() == null || mutant.value() == null) {
      return;
    }
    JsonNode before = writtenOriginal.at(mutant.path());
    JsonNode after = written.at(mutant.path());
    if (before.isMissingNode()) {
      return; // a field the type does not know is ignored
    }
    if (mutant.value().isNull() && after.isMissingNode()) {
      return; // null is how JSON says absent: an Optional left out
    }
    if (mutant.value().isNumber() && after.isNumber()) {
      assertThat(after.decimalValue())
          .as(mutant.toString())
          .isEqualByComparingTo(mutant.value().decimalValue());
    } else if (mutant.value().isNumber() && after.isTextual()) {
      assertThat(new java.math.BigDecimal(after.asText()))
          .as(mutant.toString())
          .isEqualByComparingTo(mutant.value().decimalValue());
    } else {
      assertThat(after).as(mutant.toString()).isEqualTo(mutant.value());
    }
  }

  /** The document as a tree ({@link JsonEdits#tree}). */
  public static JsonNode tree(String json) {
    return JsonEdits.tree(json);
  }

  /** Counts and slowest milliseconds by category, for the report. */
  public static String summary() {
    StringBuilder text = new StringBuilder();
    long total = 0;
    double slowest = 0;
    for (Map.Entry<String, AtomicLong> entry : new TreeMap<>(COUNTS).entrySet()) {
      double millis = SLOWEST_NANOS.get(entry.getKey()) / 1e6;
      text.append(
          String.format(
              java.util.Locale.ROOT,
              "  %-24s %5d cases, slowest %8.2f ms%n",
              entry.getKey(),
              entry.getValue().get(),
              millis));
      total += entry.getValue().get();
      slowest = Math.max(slowest, millis);
    }
    return String.format(
        java.util.Locale.ROOT,
        "hostile corpus: %d cases, slowest %.2f ms%n%s",
        total,
        slowest,
        text);
  }

  private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> paths) {
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              name -> {
                JsonPointer child = at.appendProperty(name);
                paths.add(child);
                collect(node.get(name), child, paths);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonPointer child = at.appendIndex(i);
        paths.add(child);
        collect(node.get(i), child, paths);
      }
    }
  }

  private static void replace(JsonNode root, JsonPointer path, JsonNode value) {
    JsonNode parent = root.at(path.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(path.last().getMatchingProperty(), value);
    } else {
      ((ArrayNode) parent).set(path.last().getMatchingIndex(), value);
    }
  }

  public static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " chars)";
  }
}
