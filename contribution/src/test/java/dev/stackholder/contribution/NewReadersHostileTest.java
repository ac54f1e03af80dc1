package dev.stackholder.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogReader;
import dev.stackholder.contribution.gitdm.GitdmConfig;
import dev.stackholder.contribution.stackalytics.StackalyticsDefaultData;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.testsupport.HostileCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of the readers added after the first one: git logs ({@link GitLogReader},
 * reader and file), gitdm's configuration ({@link GitdmConfig}: aliases, email and domain maps with
 * end dates, group files, range files) and Stackalytics' {@code default_data.json} ({@link
 * StackalyticsDefaultData}, stream and file), each mutated from a valid document. Every case is
 * refused with an InvalidDataException within the budget or read; the mutations that change a value
 * the reader keeps must be refused.
 */
class NewReadersHostileTest {
  @TempDir static Path temp;

  private static String log;
  private static String defaultData;

  @BeforeAll
  static void load() throws IOException {
    // The first 60 commits of a real (pseudonymized) log: every kind of line, small enough to
    // mutate often.
    String all = Files.readString(GitFolsom.log("keystone"));
    int at = 0;
    for (int i = 0; i < 61 && at >= 0; i++) {
      at = all.indexOf("\ncommit ", at + 1);
    }
    log = all.substring(0, at + 1);
    defaultData =
        "{\"users\": ["
            + "{\"launchpad_id\": \"one\", \"user_name\": \"One\", \"emails\": [\"One@Gmail.com\","
            + " \"one@work.example\"], \"companies\": [{\"company_name\": \"Nebula\", \"end_date\": null},"
            + " {\"company_name\": \"Rackspace\", \"end_date\": \"2012-Jul-20\"}]},"
            + "{\"launchpad_id\": \"two\", \"emails\": [\"two@gmail.com\"], \"companies\": ["
            + "{\"company_name\": \"B\", \"end_date\": \"2013-Jan-01\"},"
            + "{\"company_name\": \"A\", \"end_date\": \"2012-Jan-01\"}]}],"
            + "\"companies\": [{\"company_name\": \"Alibaba\", \"domains\": [\"taobao.com\"]},"
            + "{\"company_name\": \"IBM\", \"domains\": [\"ibm.com\", \"linux.vnet.ibm.com\"]},"
            + "{\"company_name\": \"Taobao\", \"domains\": [\"taobao.com\"]}]}";
    for (int i = 0; i < 20; i++) {
      readLog(new StringReader(log));
      GitFolsom.config();
      StackalyticsDefaultData.read(stream(defaultData), "default_data.json");
    }
  }

  @AfterAll
  static void printFigures() {
    System.out.println("contribution (new readers) " + HostileCorpus.summary());
  }

  private static List<GitCommit> readLog(Reader reader) {
    try (GitLogReader commits = GitLogReader.of(reader, "keystone.log")) {
      List<GitCommit> all = new ArrayList<>();
      commits.forEachRemaining(all::add);
      return all;
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Path write(String name, byte[] bytes) {
    try {
      Path dir = Files.createTempDirectory(temp, "case");
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withLine(List<String> lines, int index, String replacement) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, replacement);
    return String.join("\n", copy);
  }

  /** Judges a case that must be refused (the mutation changes a value the reader keeps). */
  private static void refused(String category, Supplier<?> reader) {
    assertThat(judge(category, reader)).as("refused, not read").isNull();
  }

  // ---- git logs ------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> gitLogs() {
    List<String> lines = List.of(log.split("\n", -1));
    List<Object[]> mutants = new ArrayList<>(); // category, text, must refuse
    int step = Math.max(1, lines.size() / 30);
    for (int i = 0; i < lines.size(); i += step) {
      String line = lines.get(i);
      boolean numstat = line.matches("\\d+\t\\d+\t.+");
      boolean header =
          line.startsWith("Date:") || line.startsWith("Author:") || line.startsWith("commit ");
      mutants.add(
          new Object[] {
            "huge number", withLine(lines, i, line.replaceAll("\\d+", "9".repeat(40))), numstat
          });
      mutants.add(
          new Object[] {"tiny number", withLine(lines, i, line.replaceAll("\\d+", "-1")), numstat});
      mutants.add(
          new Object[] {"wrong type", withLine(lines, i, line.replaceAll("\\d", "x")), numstat});
      mutants.add(
          new Object[] {"missing field", withLine(lines, i, line.replace("\t", "")), numstat});
      mutants.add(new Object[] {"missing field", withLine(lines, i, ""), false});
      mutants.add(
          new Object[] {"huge string", withLine(lines, i, line + "x".repeat(20_000)), true});
      mutants.add(
          new Object[] {"huge string", withLine(lines, i, " ".repeat(50_000) + line), true});
      mutants.add(new Object[] {"bad encoding", withLine(lines, i, line + "\uFFFD"), true});
      if (header) {
        mutants.add(
            new Object[] {
              "wrong type",
              withLine(lines, i, line.replaceFirst(":", "")),
              line.startsWith("Date:") || line.startsWith("Author:")
            });
      }
      if (line.startsWith("Date:")) {
        for (String bad :
            List.of(
                "Thu Feb 30 10:00:00 2012 +0000",
                "Tue Sep 25 19:04:50 102012 +0000",
                "Tue Sep 25 19:04:50 12 +0000",
                "2012-09-25T19:04:50Z",
                "Tue Sep 25 25:04:50 2012 +0000",
                "Tue Sep 25 19:04:50 2012 +9900",
                "Tue Sep 25 19:04:50 2012 +٠٠٠٠",
                "Tue Sep -25 19:04:50 2012 +0000")) {
          mutants.add(new Object[] {"bad date", withLine(lines, i, "Date:   " + bad), true});
        }
      }
    }
    for (int i = 0; i < 12; i++) {
      mutants.add(new Object[] {"truncation", log.substring(0, log.length() * i / 12), false});
    }
    mutants.add(new Object[] {"null or empty document", "", false});
    mutants.add(new Object[] {"null or empty document", "\n\n\n", false});
    mutants.add(new Object[] {"null or empty document", "garbage\n" + log, true});
    mutants.add(
        new Object[] {
          "duplicate key",
          log.replaceFirst("\nDate:", "\nDate:   Thu Jan 1 00:00:00 2012 +0000\nDate:"),
          false
        });
    mutants.add(
        new Object[] {"huge document", log + "    " + "message line\n    ".repeat(700_000), true});
    mutants.add(
        new Object[] {
          "huge number",
          log
              + "commit 1\nAuthor: A <a@b>\nDate:   Tue Sep 25 19:04:50 2012 +0000\n\n"
              + " 2147483647 files changed, 1 insertion(+)\n".repeat(3),
          true
        });
    List<DynamicTest> tests = new ArrayList<>();
    for (Object[] mutant : mutants) {
      String category = (String) mutant[0];
      String text = (String) mutant[1];
      boolean mustRefuse = (Boolean) mutant[2];
      tests.add(
          dynamicTest(
              "git log: " + category + " " + tests.size(),
              () -> {
                List<GitCommit> read = judge(category, () -> readLog(new StringReader(text)));
                if (mustRefuse) {
                  assertThat(read).as("refused, not read").isNull();
                }
                if (tests.size() % 4 == 0) {
                  Path file = write("keystone.log", text.getBytes(StandardCharsets.UTF_8));
                  List<GitCommit> fromFile = judge(category, () -> GitLogReader.readAll(file));
                  assertThat(fromFile)
                      .as("the file is read as the reader reads it")
                      .isEqualTo(read);
                }
              }));
    }
    String accented = log.replaceFirst("Author: (\\w)", "Author: \u00e9$1");
    for (Object[] bytes :
        List.<Object[]>of(
            new Object[] {"Latin-1 é", accented.getBytes(StandardCharsets.ISO_8859_1)},
            new Object[] {
              "byte 0xFF",
              (log.substring(0, 200) + "\u00ff" + log.substring(200))
                  .getBytes(StandardCharsets.ISO_8859_1)
            },
            new Object[] {"UTF-16", log.getBytes(StandardCharsets.UTF_16BE)})) {
      tests.add(
          dynamicTest(
              "git log encoding: " + bytes[0],
              () -> {
                Path file = write("keystone.log", (byte[]) bytes[1]);
                refused("bad encoding", () -> GitLogReader.readAll(file));
                refused(
                    "bad encoding",
                    () ->
                        readLog(
                            new InputStreamReader(
                                new ByteArrayInputStream((byte[]) bytes[1]),
                                StandardCharsets.UTF_8)));
              }));
    }
    tests.add(
        dynamicTest(
            "git log: an endless stream of zeros ends at the line limit",
            () ->
                refused(
                    "huge document",
                    () ->
                        readLog(
                            new InputStreamReader(endless((byte) 0), StandardCharsets.UTF_8)))));
    tests.add(
        dynamicTest(
            "git log: an endless stream of blank lines ends at the commit limit",
            () ->
                refused(
                    "huge document",
                    () ->
                        readLog(
                            new InputStreamReader(endless((byte) '\n'), StandardCharsets.UTF_8)))));
    return tests.stream();
  }

  private static InputStream endless(byte value) {
    return new InputStream() {
      @Override
      public int read() {
        return value;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, value);
        return len;
      }
    };
  }

  @Test
  void gitLogFilesThatAreNotLogsAreNamedAsSuch() throws IOException {
    assertThatThrownBy(() -> GitLogReader.open(temp))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("directory");
    assertThatThrownBy(() -> GitLogReader.open(temp.resolve("missing.log")))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessageContaining("missing.log");
    assertThatThrownBy(() -> GitLogReader.open(Path.of("")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("empty");
    Path latin1 =
        write(
            "nova.log",
            "commit 1\nAuthor: J\u00e9r\u00f4me <j@x>\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> GitLogReader.readAll(latin1))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("nova.log:2: ")
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void aNumstatCountOfTenDigitsIsRefusedNotWrapped() {
    String commit = "commit 1\nAuthor: A <a@b>\nDate:   Tue Sep 25 19:04:50 2012 +0000\n\n";
    assertThatThrownBy(() -> readLog(new StringReader(commit + "4294967297\t0\tx\n")))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("keystone.log:5: ");
    assertThat(readLog(new StringReader(commit + "999999999\t0\tx\n")).get(0).linesAdded())
        .isEqualTo(999_999_999L);
  }

  // ---- gitdm configuration
  // -----------------------------------------------------------------------

  private static Path copyConfig() throws IOException {
    Path dir = Files.createTempDirectory(temp, "gitdm");
    try (Stream<Path> files = Files.walk(GitFolsom.CONFIG)) {
      for (Path from : files.sorted(Comparator.naturalOrder()).toList()) {
        Path to = dir.resolve(GitFolsom.CONFIG.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return dir;
  }

  @TestFactory
  Stream<DynamicTest> gitdmConfigurations() throws IOException {
    List<Object[]> mutants =
        new ArrayList<>(); // category, file, text (String or byte[]), must refuse
    for (String file :
        List.of(
            "openstack-config/email-map",
            "openstack-config/domain-map",
            "openstack-config/aliases",
            "gitdm.config",
            "openstack-config/groups/nebula")) {
      List<String> lines = Files.readAllLines(GitFolsom.CONFIG.resolve(file));
      int step = Math.max(1, lines.size() / 8);
      for (int i = 0; i < lines.size(); i += step) {
        String line = lines.get(i);
        boolean live = !line.isBlank() && !line.startsWith("#");
        boolean map = live && file.endsWith("-map");
        boolean directive =
            live
                && file.equals("gitdm.config")
                && (line.startsWith("Email") || line.startsWith("GroupMap"));
        mutants.add(
            new Object[] {
              "huge string", file, withLine(lines, i, line + "x".repeat(20_000)), true
            });
        mutants.add(new Object[] {"bad encoding", file, withLine(lines, i, line + "\uFFFD"), true});
        mutants.add(
            new Object[] {
              "missing field",
              file,
              withLine(lines, i, line.split("\\s+")[0]),
              map || directive || (live && file.endsWith("aliases"))
            });
        mutants.add(
            new Object[] {
              "wrong type",
              file,
              withLine(lines, i, line + " extra words"),
              live && file.endsWith("aliases")
            });
        if (map) {
          for (String bad :
              List.of(
                  "2012-02-30",
                  "2012-09-27T10:15:30",
                  "20120927",
                  "+102012-09-27",
                  "2012-9-27",
                  "0999-01-01",
                  "",
                  "2012-Sep-27",
                  "99999-01-01")) {
            mutants.add(
                new Object[] {
                  "bad date",
                  file,
                  withLine(lines, i, line.replaceAll("<.*", "") + " < " + bad),
                  true
                });
          }
        }
        if (directive) {
          mutants.add(
              new Object[] {
                "missing field",
                file,
                withLine(
                    lines,
                    i,
                    line.replaceAll("openstack-config/\\S+", "openstack-config/nothing-here")),
                true
              });
          mutants.add(
              new Object[] {
                "wrong type",
                file,
                withLine(
                    lines, i, line.replaceAll("openstack-config/\\S+", "openstack-config/groups")),
                true
              });
        }
      }
      String valid = String.join("\n", lines);
      for (int i = 1; i < 6; i++) {
        mutants.add(
            new Object[] {"truncation", file, valid.substring(0, valid.length() * i / 6), false});
      }
      mutants.add(new Object[] {"null or empty document", file, "", false});
      mutants.add(new Object[] {"huge document", file, valid + "\n".repeat(9 * 1024 * 1024), true});
      mutants.add(
          new Object[] {
            "bad encoding", file, ("# Jérôme\n" + valid).getBytes(StandardCharsets.ISO_8859_1), true
          });
      mutants.add(
          new Object[] {"bad encoding", file, valid.getBytes(StandardCharsets.UTF_16LE), true});
      mutants.add(new Object[] {"duplicate key", file, valid + "\n" + valid, false});
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Object[] mutant : mutants) {
      String category = (String) mutant[0];
      String file = (String) mutant[1];
      byte[] bytes =
          mutant[2] instanceof byte[] raw
              ? raw
              : ((String) mutant[2]).getBytes(StandardCharsets.UTF_8);
      boolean mustRefuse = (Boolean) mutant[3];
      tests.add(
          dynamicTest(
              "gitdm config " + file + ": " + category + " " + tests.size(),
              () -> {
                Path dir = copyConfig();
                Files.write(dir.resolve(file), bytes);
                Supplier<Object> read = () -> GitdmConfig.read(dir).directory();
                if (mustRefuse) {
                  refused(category, read);
                } else {
                  judge(category, read);
                }
              }));
    }
    tests.add(
        dynamicTest(
            "gitdm config: a file named by gitdm.config is a directory",
            () -> {
              Path dir = copyConfig();
              Files.delete(dir.resolve("openstack-config/aliases"));
              Files.createDirectory(dir.resolve("openstack-config/aliases"));
              refused("missing field", () -> GitdmConfig.read(dir));
            }));
    tests.add(
        dynamicTest(
            "gitdm config: no gitdm.config",
            () -> {
              Path dir = Files.createTempDirectory(temp, "empty");
              assertThatThrownBy(() -> GitdmConfig.read(dir))
                  .isExactlyInstanceOf(NotFoundException.class);
            }));
    tests.add(
        dynamicTest(
            "gitdm config: the directory is a file",
            () ->
                refused(
                    "wrong type",
                    () -> GitdmConfig.read(GitFolsom.CONFIG.resolve("gitdm.config")))));
    tests.add(
        dynamicTest(
            "gitdm config: an empty path",
            () -> refused("null or empty document", () -> GitdmConfig.read(Path.of("")))));
    // Range files.
    List<String> ranges = Files.readAllLines(GitFolsom.CONFIG.resolve("openstack-config/folsom"));
    for (int i = 1; i < ranges.size(); i++) {
      String line = ranges.get(i);
      for (String[] bad :
          List.of(
              new String[] {"missing field", line.split("\\s+")[0]},
              new String[] {"wrong type", line.replaceFirst("\\s", " a b c ")},
              new String[] {
                "wrong type", line.split("\\s+")[0] + " " + line.split("\\s+")[1] + " (zz|yy)"
              },
              new String[] {
                "wrong type", line.split("\\s+")[0] + " " + line.split("\\s+")[1] + " 706502a"
              },
              new String[] {"huge string", line + "x".repeat(20_000)},
              new String[] {"bad encoding", line + "\uFFFD"},
              new String[] {"wrong type", "Nova Project " + line})) {
        String text = withLine(ranges, i, bad[1]);
        tests.add(
            dynamicTest(
                "gitdm range file: " + bad[0] + " " + tests.size(),
                () -> {
                  Path file = write("folsom", text.getBytes(StandardCharsets.UTF_8));
                  refused(bad[0], () -> GitdmConfig.readRanges(file, "folsom"));
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void anEndDateIsReadOnlyAsAnIsoDay() throws IOException {
    Path dir = copyConfig();
    Files.writeString(
        dir.resolve("openstack-config/email-map"), "a@b.example Nebula < 2012-02-30\n");
    assertThatThrownBy(() -> GitdmConfig.read(dir))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("openstack-config/email-map:1: ")
        .hasMessageContaining("2012-02-30");
    Files.writeString(
        dir.resolve("openstack-config/email-map"), "a@b.example Nebula < +102012-09-27\n");
    assertThatThrownBy(() -> GitdmConfig.read(dir))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("+102012-09-27");
  }

  // ---- Stackalytics default_data.json
  // ------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> stackalyticsDefaultData() {
    List<HostileCorpus.Mutant> mutants =
        new ArrayList<>(HostileCorpus.fieldMutants(defaultData, 40));
    mutants.addAll(HostileCorpus.documentMutants(defaultData));
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCorpus.Mutant mutant : mutants) {
      // A field Stackholder reads changed to another type, null or a huge string must be refused or
      // kept as written; ids it does not read (launchpad_id, user_name) may be anything.
      tests.add(
          dynamicTest(
              "default_data.json: " + mutant,
              () -> {
                StackalyticsDefaultData read =
                    judge(
                        mutant.category(),
                        () ->
                            StackalyticsDefaultData.read(
                                stream(mutant.text()), "default_data.json"));
                if (read != null && mutant.path() != null && mutant.value() != null) {
                  String at = mutant.path().toString();
                  boolean ignored = at.contains("launchpad_id") || at.contains("user_name");
                  com.fasterxml.jackson.databind.JsonNode original =
                      HostileCorpus.tree(defaultData).at(mutant.path());
                  boolean sameType =
                      mutant.value().getNodeType() == original.getNodeType()
                          || (at.endsWith("end_date")
                              && (mutant.value().isNull() || original.isNull()));
                  if (!ignored && !sameType) {
                    org.assertj.core.api.Assertions.fail(
                        "read a " + mutant.value().getNodeType() + " at " + at);
                  }
                }
                if (tests.size() % 4 == 0) {
                  Path file =
                      write("default_data.json", mutant.text().getBytes(StandardCharsets.UTF_8));
                  judge(mutant.category(), () -> StackalyticsDefaultData.read(file));
                }
              }));
    }
    for (Object[] encoding : HostileCorpus.encodingMutants(defaultData)) {
      tests.add(
          dynamicTest(
              "default_data.json encoding: " + encoding[0],
              () ->
                  refused(
                      "bad encoding",
                      () ->
                          StackalyticsDefaultData.read(
                              new ByteArrayInputStream((byte[]) encoding[1]),
                              "default_data.json"))));
    }
    tests.add(
        dynamicTest(
            "default_data.json: a directory",
            () -> refused("null or empty document", () -> StackalyticsDefaultData.read(temp))));
    tests.add(
        dynamicTest(
            "default_data.json: an endless stream",
            () ->
                refused(
                    "huge document",
                    () -> StackalyticsDefaultData.read(endless((byte) ' '), "default_data.json"))));
    return tests.stream();
  }

  @Test
  void aDefaultDataDateIsReadStrictly() {
    for (String bad : List.of("2013-Feb-30", "12013-Jan-01", "2013-January-01", "2013-01-01")) {
      String json =
          "{\"users\": [{\"emails\": [\"a@b\"], \"companies\": [{\"company_name\": \"A\", \"end_date\": \""
              + bad
              + "\"}, {\"company_name\": \"B\", \"end_date\": null}]}]}";
      assertThatThrownBy(() -> StackalyticsDefaultData.read(stream(json), "default_data.json"))
          .isExactlyInstanceOf(InvalidDataException.class)
          .hasMessageStartingWith("default_data.json: $.users[0].companies[0].end_date");
    }
    assertThatThrownBy(() -> StackalyticsDefaultData.read(stream("null"), "default_data.json"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(
            () -> StackalyticsDefaultData.read(stream("{\"users\": {\"a\": 1}}"), "d.json"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("d.json: $.users");
    assertThatThrownBy(
            () ->
                StackalyticsDefaultData.read(
                    stream(
                        "{\"companies\": [{\"company_name\": \"A\","
                            + " \"domains\": \"a.com\"}]}"),
                    "d.json"))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("d.json: $.companies[0].domains");
  }

  /** {@link HostileCorpus#judge} with this library's refusal, the {@link InvalidDataException}. */
  private static <T> T judge(String category, Supplier<T> reader) {
    return HostileCorpus.judge(InvalidDataException.class, category, reader);
  }
}
