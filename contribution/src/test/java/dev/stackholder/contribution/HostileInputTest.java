package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stackholder.contribution.gitdm.GitdmParser;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.contribution.releases.SeriesStatus;
import dev.stackholder.contribution.stackalytics.StackalyticsDefaultData;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.HostileCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of the contribution readers: gitdm reports (file, stream, reader), the series
 * status YAML (file, stream), Stackalytics JSON (file, stream) and the public JSON types (string,
 * stream, file), each mutated from a valid document. Every case is refused with an
 * InvalidDataException within the budget or read as exactly what it says.
 */
class HostileInputTest {
  @TempDir static Path temp;

  private static final String GITDM_FILE = "nova-git-stats.txt";

  /** Class loading and the first compilation are not what the budget measures. */
  @org.junit.jupiter.api.BeforeAll
  static void warmUp() {
    for (int i = 0; i < 20; i++) {
      GitdmParser.parse(TestData.FOLSOM.resolve(GITDM_FILE));
      SeriesStatus.read(TestData.SERIES_STATUS);
      StackalyticsDefaultData.read(TestData.STACKALYTICS);
    }
  }

  @AfterAll
  static void printFigures() {
    System.out.println("contribution " + HostileCorpus.summary());
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(String name, byte[] bytes) {
    try {
      Path dir = Files.createTempDirectory(temp, "case");
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  // ---- gitdm -------------------------------------------------------------------------------

  /** Line mutations of a real report, through all three entry points. */
  @TestFactory
  Stream<DynamicTest> gitdmReports() {
    String valid = text(TestData.FOLSOM.resolve(GITDM_FILE));
    List<String> lines = List.of(valid.split("\n", -1));
    List<String[]> mutants = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += Math.max(1, lines.size() / 20)) {
      String line = lines.get(i);
      mutants.add(
          new String[] {
            "huge number", withLine(lines, i, line.replaceAll("\\d+", "9".repeat(40)))
          });
      mutants.add(
          new String[] {
            "huge number", withLine(lines, i, line.replaceAll("\\d+", "99999999999999999999"))
          });
      mutants.add(new String[] {"tiny number", withLine(lines, i, line.replaceAll("\\d+", "-1"))});
      mutants.add(new String[] {"missing field", withLine(lines, i, line.replaceAll("\\d+", ""))});
      mutants.add(new String[] {"missing field", withLine(lines, i, "")});
      mutants.add(new String[] {"wrong type", withLine(lines, i, line.replaceAll("\\d", "x"))});
      mutants.add(
          new String[] {"huge string", withLine(lines, i, "a" + " ".repeat(50_000) + "1 (1%)")});
      mutants.add(
          new String[] {"huge string", withLine(lines, i, "a" + " ".repeat(9_000) + "1 (1.0%)")});
      mutants.add(new String[] {"huge string", withLine(lines, i, line + "x".repeat(20_000))});
      mutants.add(new String[] {"bad encoding", withLine(lines, i, line + "\uFFFD")});
    }
    for (int i = 0; i < 10; i++) {
      mutants.add(new String[] {"truncation", valid.substring(0, valid.length() * i / 10)});
    }
    mutants.add(new String[] {"huge document", valid + "\n".repeat(9 * 1024 * 1024)});
    mutants.add(new String[] {"null or empty document", ""});
    mutants.add(new String[] {"duplicate key", valid + "\n" + valid});
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] mutant : mutants) {
      String category = mutant[0];
      String report = mutant[1];
      tests.add(
          dynamicTest(
              "gitdm reader: " + category + " " + tests.size(),
              () -> {
                gitdmAsWritten(
                    judge(
                        category,
                        () -> GitdmParser.parse("folsom", GITDM_FILE, new StringReader(report))),
                    report);
                gitdmAsWritten(
                    judge(category, () -> GitdmParser.parse("folsom", GITDM_FILE, stream(report))),
                    report);
              }));
      if (tests.size() % 4 == 0) {
        tests.add(
            dynamicTest(
                "gitdm file: " + category + " " + tests.size(),
                () -> {
                  Path file = write(GITDM_FILE, report.getBytes(StandardCharsets.UTF_8));
                  gitdmAsWritten(judge(category, () -> GitdmParser.parse(file)), report);
                }));
      }
    }
    byte[] latin1 = valid.replaceFirst("SINA", "S\u00e9NA").getBytes(StandardCharsets.ISO_8859_1);
    tests.add(
        dynamicTest(
            "gitdm Latin-1 through every entry point, the same error",
            () -> {
              Path file = write(GITDM_FILE, latin1);
              String viaFile = refusal(() -> GitdmParser.parse(file));
              String viaStream =
                  refusal(
                      () ->
                          GitdmParser.parse(
                              "folsom", GITDM_FILE, new ByteArrayInputStream(latin1)));
              String viaReader =
                  refusal(
                      () ->
                          GitdmParser.parse(
                              "folsom",
                              GITDM_FILE,
                              new java.io.InputStreamReader(
                                  new ByteArrayInputStream(latin1), StandardCharsets.UTF_8)));
              String accented = valid.replaceFirst("SINA", "S\u00e9NA");
              int firstNonAscii = accented.chars().takeWhile(c -> c < 128).map(c -> 1).sum();
              int line =
                  (int) accented.substring(0, firstNonAscii).chars().filter(c -> c == '\n').count()
                      + 1;
              assertThat(viaStream)
                  .startsWith("folsom/" + GITDM_FILE + ":" + line + ": ")
                  .contains("not UTF-8");
              assertThat(viaFile)
                  .startsWith(
                      file.getParent().getFileName() + "/" + GITDM_FILE + ":" + line + ": ");
              assertThat(viaReader)
                  .startsWith("folsom/" + GITDM_FILE + ":" + line + ": ")
                  .contains("not UTF-8");
            }));
    return tests.stream();
  }

  /** An accepted report says what the text says: every row's count is in the text. */
  private static void gitdmAsWritten(
      dev.stackholder.contribution.gitdm.GitdmReport report, String text) {
    if (report == null) {
      return;
    }
    report
        .tables()
        .forEach(
            table ->
                table
                    .rows()
                    .forEach(
                        row ->
                            assertThat(text.lines().skip(row.line() - 1).findFirst().orElseThrow())
                                .startsWith(row.name())
                                .contains(" " + row.value() + " (")));
  }

  private static String withLine(List<String> lines, int index, String replacement) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, replacement);
    return String.join("\n", copy);
  }

  private static String refusal(Runnable reader) {
    try {
      reader.run();
    } catch (InvalidDataException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void endlessStreamsAndBadFilesAreNamed() throws IOException {
    InputStream zeros =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    assertThatThrownBy(() -> GitdmParser.parse("folsom", GITDM_FILE, zeros))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("larger than the limit");
    Path dir = Files.createDirectories(temp.resolve("folsom").resolve(GITDM_FILE));
    assertThatThrownBy(() -> GitdmParser.parse(dir))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessage(dir + ": gitdm report is a directory, expected a file");
    assertThatThrownBy(() -> GitdmParser.parse(Path.of("")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> GitdmReports.load(Path.of("")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("empty");
    Path loop = temp.resolve("loop-git-stats.txt");
    Files.createSymbolicLink(loop, loop);
    assertThatThrownBy(() -> GitdmParser.parse(loop))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(loop + ": gitdm report is a symbolic link that cannot be followed");
    assertThatThrownBy(() -> SeriesStatus.read(loop))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> StackalyticsDefaultData.read(loop))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> StackalyticsDefaultData.read(temp))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("is a directory");
    assertThatThrownBy(() -> StackalyticsDefaultData.read(temp.resolve("none.json")))
        .isExactlyInstanceOf(NotFoundException.class);
    Path file = Files.writeString(temp.resolve("afile"), "x");
    assertThatThrownBy(() -> GitdmReports.load(file))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("is a file, expected a directory");
  }

  // ---- series status YAML --------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> seriesStatusYaml() throws IOException {
    String yaml = text(TestData.SERIES_STATUS);
    String valid = new YAMLMapper().readTree(yaml).toString(); // JSON is YAML
    List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(valid, 12));
    mutants.addAll(HostileCorpus.documentMutants(valid));
    for (String[] special :
        new String[][] {
          {"duplicate key", "- name: a\n  name: b\n  status: x\n  initial-release: 2012-09-27\n"},
          {"alias", "- &n name: a\n- *n\n"},
          {"alias", "- name: &n folsom\n  status: *n\n  initial-release: 2012-09-27\n"},
          {"alias", "a: &a [\"x\",\"x\"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: [*c,*c]\n"},
          {"gadget payload", "- !!java.net.URL [\"http://127.0.0.1/\"]\n"},
          {
            "gadget payload",
            "- name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"
          },
          {"null field", "- \n"},
          {"null field", "- null\n"},
          {"null field", "- name: folsom\n  status:\n  initial-release: 2012-09-27\n"},
          {"null field", "- name:\n  status: eol\n  initial-release: 2012-09-27\n"},
          {"bad date", "- name: folsom\n  status: eol\n  initial-release: 2012-09-27T10:00:00\n"},
          {"bad date", "- name: folsom\n  status: eol\n  initial-release: 1349000000\n"},
          {"bad date", "- name: folsom\n  status: eol\n  initial-release: [2012, 9, 27]\n"},
          {"huge document", yaml + "#".repeat(10 * 1024 * 1024)},
          {"deep nesting", "[".repeat(10_000)},
        }) {
      mutants.add(new HostileCorpus.Mutant(special[0], special[0], special[1], null, null));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCorpus.Mutant mutant : mutants) {
      tests.add(
          dynamicTest(
              "series status: " + mutant,
              () -> {
                judge(
                    mutant.category(),
                    () -> SeriesStatus.read(stream(mutant.text()), "series_status.yaml"));
                if (tests.size() % 5 == 0) {
                  Path file =
                      write("series_status.yaml", mutant.text().getBytes(StandardCharsets.UTF_8));
                  judge(mutant.category(), () -> SeriesStatus.read(file));
                }
              }));
    }
    for (Object[] encoding : HostileCorpus.encodingMutants(valid)) {
      tests.add(
          dynamicTest(
              "series status encoding: " + encoding[0],
              () ->
                  judge(
                      "bad encoding",
                      () ->
                          SeriesStatus.read(
                              new ByteArrayInputStream((byte[]) encoding[1]), "s.yaml"))));
    }
    return tests.stream();
  }

  @Test
  void yamlAliasesDuplicatesAndNullsAreRefusedNotMisread() {
    assertThatThrownBy(
            () ->
                SeriesStatus.read(
                    stream("- name: &n folsom\n  status: *n\n  initial-release: 2012-09-27\n"),
                    "s.yaml"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("s.yaml:1: anchor &n");
    assertThatThrownBy(
            () ->
                SeriesStatus.read(
                    stream("- name: a\n  name: b\n  status: x\n  initial-release: 2012-09-27\n"),
                    "s.yaml"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Duplicate field 'name'");
    assertThatThrownBy(() -> SeriesStatus.read(stream("- \n"), "s.yaml"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("s.yaml:");
    assertThatThrownBy(
            () ->
                SeriesStatus.read(
                    stream(
                        "- name: folsom\n  status: eol\n  initial-release: 2012-09-27T10:00:00\n"),
                    "s.yaml"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("$[0].initial-release")
        .hasMessageContaining("is not a date");
  }

  // ---- Stackalytics ---------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> stackalyticsJson() {
    String valid = text(TestData.STACKALYTICS);
    List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(valid, 12));
    mutants.addAll(HostileCorpus.documentMutants(valid));
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCorpus.Mutant mutant : mutants) {
      tests.add(
          dynamicTest(
              "stackalytics: " + mutant,
              () -> {
                judge(
                    mutant.category(),
                    () -> StackalyticsDefaultData.read(stream(mutant.text()), "mutant.json"));
                if (tests.size() % 5 == 0) {
                  Path file =
                      write("default_data.json", mutant.text().getBytes(StandardCharsets.UTF_8));
                  judge(mutant.category(), () -> StackalyticsDefaultData.read(file));
                }
              }));
    }
    for (Object[] encoding : HostileCorpus.encodingMutants(valid)) {
      tests.add(
          dynamicTest(
              "stackalytics encoding: " + encoding[0],
              () -> {
                Path file = write("default_data.json", (byte[]) encoding[1]);
                judge("bad encoding", () -> StackalyticsDefaultData.read(file));
              }));
    }
    return tests.stream();
  }

  @Test
  void stackalyticsNullAndErrorsNameFileAndPath() throws IOException {
    Path file = Files.writeString(temp.resolve("null.json"), "null");
    assertThatThrownBy(() -> StackalyticsDefaultData.read(file))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("null.json")
        .hasMessageContaining("$");
    Path bad =
        Files.writeString(
            temp.resolve("bad.json"),
            "{\"companies\": [{\"company_name\": \"A\", \"domains\": [null]}], \"releases\": []}");
    assertThatThrownBy(() -> StackalyticsDefaultData.read(bad))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("$.companies[0].domains[0]");
  }

  // ---- public JSON types: mutated documents are refused or read exactly ---------------------

  @TestFactory
  Stream<DynamicTest> publicJsonTypes() {
    ContributionRecord record =
        ContributionRecord.builder()
            .date(LocalDate.of(2012, 6, 1))
            .author("someone@sina.com")
            .project("nova")
            .changesets(3)
            .linesAdded(120)
            .linesRemoved(7)
            .bugsFixed(1)
            .reviews(4)
            .build();
    RankedTable ranked =
        Ranking.of(TieMode.COMPETITION)
            .rank(GitdmReports.builtIn().table("folsom", "nova", Metric.CHANGESETS));
    return Stream.concat(
        mutate(record, ContributionRecord.class), mutate(ranked, RankedTable.class));
  }

  private static <T> Stream<DynamicTest> mutate(T valid, Class<T> type) {
    String json = StackholderJson.write(valid);
    JsonNode written = HostileCorpus.tree(json);
    List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(json, 25));
    mutants.addAll(HostileCorpus.documentMutants(json));
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCorpus.Mutant mutant : mutants) {
      Function<T, Void> asWritten =
          value -> {
            if (value != null) {
              HostileCorpus.readAsWritten(
                  mutant, HostileCorpus.tree(StackholderJson.write(value)), written);
            }
            return null;
          };
      tests.add(
          dynamicTest(
              type.getSimpleName() + ": " + mutant,
              () -> {
                asWritten.apply(
                    judge(mutant.category(), () -> StackholderJson.read(mutant.text(), type)));
                asWritten.apply(
                    judge(
                        mutant.category(),
                        () -> StackholderJson.read(stream(mutant.text()), type)));
                if (tests.size() % 5 == 0) {
                  Path file = write("value.json", mutant.text().getBytes(StandardCharsets.UTF_8));
                  asWritten.apply(judge(mutant.category(), () -> StackholderJson.read(file, type)));
                }
              }));
    }
    return tests.stream();
  }

  /** {@link HostileCorpus#judge} with this library's refusal, the {@link InvalidDataException}. */
  private static <T> T judge(String category, Supplier<T> reader) {
    return HostileCorpus.judge(InvalidDataException.class, category, reader);
  }
}
