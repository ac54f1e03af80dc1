package dev.stackholder.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.roster.Observation;
import dev.stackholder.testsupport.HostileCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile corpus of membership's newer formats: the fee schedules of the eight foundations
 * added after the first corpus (by-kind dues, prerequisites, bounds), the shipped evidence and
 * board-seat tables (CSV) and {@link Observation}'s JSON, each mutated from the shipped document.
 * Every case is refused with an InvalidDataException within the budget, or read as written.
 */
class NewFormatsHostileTest {
  private static final List<String> FOUNDATIONS =
      List.of(
          "apache",
          "cncf",
          "finos",
          "hyperledger",
          "lf-ai-data",
          "openssf",
          "python",
          "rust-foundation");
  private static String evidence;
  private static String boardSeats;

  @BeforeAll
  static void load() {
    String all = resource("openstack/membership-evidence.csv");
    // The header and the first 40 rows: every column, quoted fields with commas and quotes.
    int at = 0;
    for (int i = 0; i < 41 && at >= 0; i++) {
      at = all.indexOf('\n', at + 1);
    }
    evidence = all.substring(0, at + 1);
    boardSeats = resource("openstack/board-seats.csv");
    for (int i = 0; i < 20; i++) {
      OpenStackEvidence.observations(evidence, OpenStackFoundation.foundation());
      OpenStackEvidence.boardYears(boardSeats);
      FOUNDATIONS.forEach(
          name ->
              StackholderJson.read(resource("foundations/" + name + ".json"), Foundation.class));
    }
  }

  @AfterAll
  static void printFigures() {
    System.out.println("membership (new formats) " + HostileCorpus.summary());
  }

  static String resource(String name) {
    try (InputStream in = Foundation.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refused(String category, Supplier<?> reader) {
    assertThat(judge(category, reader)).as("refused, not read").isNull();
  }

  @TestFactory
  Stream<DynamicTest> feeSchedules() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : FOUNDATIONS) {
      String json =
          StackholderJson.write(
              StackholderJson.read(resource("foundations/" + name + ".json"), Foundation.class));
      JsonNode written = HostileCorpus.tree(json);
      List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(json, 12));
      if (name.equals("apache") || name.equals("python")) {
        mutants.addAll(HostileCorpus.documentMutants(json));
      }
      for (HostileCorpus.Mutant mutant : mutants) {
        tests.add(
            dynamicTest(
                name + ": " + mutant,
                () -> {
                  Foundation read =
                      judge(
                          mutant.category(),
                          () -> StackholderJson.read(mutant.text(), Foundation.class));
                  if (read != null) {
                    HostileCorpus.readAsWritten(
                        mutant, HostileCorpus.tree(StackholderJson.write(read)), written);
                  }
                  Foundation fromStream =
                      judge(
                          mutant.category(),
                          () ->
                              StackholderJson.read(
                                  new ByteArrayInputStream(
                                      mutant.text().getBytes(StandardCharsets.UTF_8)),
                                  Foundation.class));
                  assertThat(fromStream).as("stream and string agree").isEqualTo(read);
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> observationsAsJson() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Observation observation :
        List.of(
            OpenStackFoundation.evidence().get(0),
            OpenStackFoundation.evidence().get(OpenStackFoundation.evidence().size() - 1))) {
      String json = StackholderJson.write(observation);
      JsonNode written = HostileCorpus.tree(json);
      List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(json, 30));
      mutants.addAll(HostileCorpus.documentMutants(json));
      for (HostileCorpus.Mutant mutant : mutants) {
        tests.add(
            dynamicTest(
                "observation: " + mutant,
                () -> {
                  Observation read =
                      judge(
                          mutant.category(),
                          () -> StackholderJson.read(mutant.text(), Observation.class));
                  if (read != null) {
                    HostileCorpus.readAsWritten(
                        mutant, HostileCorpus.tree(StackholderJson.write(read)), written);
                  }
                }));
      }
      for (Object[] encoding : HostileCorpus.encodingMutants(json)) {
        tests.add(
            dynamicTest(
                "observation encoding: " + encoding[0],
                () ->
                    refused(
                        "bad encoding",
                        () ->
                            StackholderJson.read(
                                new ByteArrayInputStream((byte[]) encoding[1]),
                                Observation.class))));
      }
    }
    return tests.stream();
  }

  private static String withLine(List<String> lines, int index, String replacement) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, replacement);
    return String.join("\n", copy);
  }

  /** Replaces the field at {@code column} of a simple (unquoted up to it) row, or returns null. */
  private static String withField(String line, int column, String value) {
    List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
    if (column >= fields.size()
        || fields.subList(0, column + 1).stream().anyMatch(f -> f.contains("\""))) {
      return null;
    }
    fields.set(column, value);
    return String.join(",", fields);
  }

  @TestFactory
  Stream<DynamicTest> evidenceTables() {
    List<Object[]> mutants = new ArrayList<>(); // category, table, text, must refuse
    for (String[] table :
        List.of(new String[] {"evidence", evidence}, new String[] {"board seats", boardSeats})) {
      List<String> lines = List.of(table[1].split("\n", -1));
      List<String> header = List.of(lines.get(0).split(","));
      int step = Math.max(1, (lines.size() - 1) / 10);
      for (int i = 1; i < lines.size() - 1; i += step) {
        String line = lines.get(i);
        mutants.add(
            new Object[] {
              "missing field",
              table[0],
              withLine(lines, i, line.substring(0, line.lastIndexOf(','))),
              true
            });
        mutants.add(
            new Object[] {"wrong type", table[0], withLine(lines, i, line + ",extra"), true});
        mutants.add(
            new Object[] {"bad encoding", table[0], withLine(lines, i, line + "\uFFFD"), true});
        mutants.add(new Object[] {"truncation", table[0], withLine(lines, i, "\"" + line), false});
        mutants.add(new Object[] {"wrong type", table[0], withLine(lines, i, "x\"" + line), true});
        for (int column = 0; column < header.size(); column++) {
          String name = header.get(column);
          List<String[]> values = new ArrayList<>();
          if (name.contains("date") || name.equals("board_year")) {
            for (String bad :
                List.of("2012-02-30", "+2012", "2012-13", "20120927", "2012-9-27", "12", "two")) {
              values.add(new String[] {"bad date", bad});
            }
          }
          if (name.endsWith("_seats") && !name.equals("other_seats")) {
            for (String bad : List.of("-1", "+3", "99999999999999999999", "1e3", "x")) {
              values.add(new String[] {"huge number", bad});
            }
          }
          if (List.of("tier", "evidence", "list_scope", "date_precision", "org_id")
              .contains(name)) {
            values.add(new String[] {"wrong type", "unknown value"});
            values.add(new String[] {"missing field", ""});
          }
          for (String[] value : values) {
            String mutated = withField(line, column, value[1]);
            if (mutated != null) {
              // A board year without a source has no use for its as-of date; every other column is
              // read.
              mutants.add(
                  new Object[] {
                    value[0], table[0], withLine(lines, i, mutated), !name.equals("as_of_date")
                  });
            }
          }
        }
      }
      mutants.add(
          new Object[] {
            "duplicate key",
            table[0],
            lines.get(0)
                + ","
                + header.get(0)
                + "\n"
                + String.join("\n", lines.subList(1, lines.size())),
            true
          });
      mutants.add(
          new Object[] {
            "missing field",
            table[0],
            lines.get(0).replaceFirst("^[^,]+,", "x,")
                + "\n"
                + String.join("\n", lines.subList(1, lines.size())),
            true
          });
      mutants.add(new Object[] {"null or empty document", table[0], "", true});
      mutants.add(
          new Object[] {"huge string", table[0], table[1] + "\"" + "x".repeat(200_000), true});
      mutants.add(
          new Object[] {"huge document", table[0], table[1] + "\n".repeat(9 * 1024 * 1024), true});
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Object[] mutant : mutants) {
      String category = (String) mutant[0];
      String text = (String) mutant[2];
      boolean mustRefuse = (Boolean) mutant[3];
      Supplier<Object> read =
          mutant[1].equals("evidence")
              ? () -> OpenStackEvidence.observations(text, OpenStackFoundation.foundation())
              : () -> OpenStackEvidence.boardYears(text);
      tests.add(
          dynamicTest(
              mutant[1] + " table: " + category + " " + tests.size(),
              () -> {
                if (mustRefuse) {
                  refused(category, read);
                } else {
                  judge(category, read);
                }
              }));
    }
    return tests.stream();
  }

  @Test
  void aBadRowIsNamedByItsLine() {
    String header = evidence.substring(0, evidence.indexOf('\n') + 1);
    String row = evidence.substring(header.length(), evidence.indexOf('\n', header.length()) + 1);
    assertThatThrownBy(
            () ->
                OpenStackEvidence.observations(
                    header + row + row.replace(",gold,", ",tin,"),
                    OpenStackFoundation.foundation()))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("line 3: ");
    assertThatThrownBy(
            () ->
                OpenStackEvidence.observations(
                    header + row + "\"open", OpenStackFoundation.foundation()))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("line 3: a quoted field is not closed");
  }

  /** {@link HostileCorpus#judge} with this library's refusal, the {@link InvalidDataException}. */
  private static <T> T judge(String category, Supplier<T> reader) {
    return HostileCorpus.judge(InvalidDataException.class, category, reader);
  }
}
