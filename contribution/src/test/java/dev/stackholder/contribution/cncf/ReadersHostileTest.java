package dev.stackholder.contribution.cncf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.contribution.git.Mailmap;
import dev.stackholder.contribution.releases.ReleaseRange;
import dev.stackholder.contribution.releases.ReleaseRanges;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.testsupport.HostileCorpus;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile corpus for the readers of issue 22's point 4 and their JSON types: CNCF affiliation
 * files and mailmaps mutated line by line (huge lines, bad dates, bad encodings, truncations,
 * endless documents), and the JSON of a release range, a CNCF developer and mailmap identities
 * mutated field by field. Every case is read or refused with an InvalidDataException, quickly.
 */
class ReadersHostileTest {
  private static final String CNCF =
      "# comment\n"
          + "alice: alice!example.org, a!example.com\n"
          + "\tIndependent until 2016-06-01\n\tExample Corp from 2016-06-01 until 2019-01-01\n"
          + "\tSample Ltd. from 2019-01-01\n"
          + "bob: bob!example.net\n\tSample Ltd.\n";
  private static final String MAILMAP =
      "# comment\n"
          + "Jane Doe <jane@example.net>\n"
          + "<joe@example.org> <joe@old.example.org>\n"
          + "Jane Doe <jane@example.net> <Jane.Doe@Example.NET>\n"
          + "Joseph <joseph@example.org> Joe <joe@example.org>\n";

  @AfterAll
  static void printFigures() {
    System.out.println("contribution (cncf, mailmap, release ranges) " + HostileCorpus.summary());
  }

  private static <T> T judge(String category, Supplier<T> reader) {
    return HostileCorpus.judge(InvalidDataException.class, category, reader);
  }

  /** Line mutations of a line format: each line made huge, broken, cut or dated wrongly. */
  private static List<String[]> lineMutants(String valid) {
    List<String[]> mutants = new ArrayList<>();
    String[] lines = valid.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      mutants.add(new String[] {"huge string", with(lines, i, line + "x".repeat(20_000))});
      mutants.add(new String[] {"huge string", with(lines, i, " ".repeat(50_000) + line)});
      mutants.add(new String[] {"bad encoding", with(lines, i, line + "\uFFFD")});
      mutants.add(new String[] {"missing field", with(lines, i, "")});
      mutants.add(new String[] {"wrong type", with(lines, i, line.replaceAll("[0-9]", "x"))});
      mutants.add(
          new String[] {"bad date", with(lines, i, line.replaceAll("-0[16]-01", "-02-30"))});
      mutants.add(
          new String[] {"bad date", with(lines, i, line.replaceAll("20(1[69])", "1020$1"))});
      mutants.add(
          new String[] {"wrong type", with(lines, i, line.replace("<", "").replace("!", ""))});
      mutants.add(new String[] {"wrong type", with(lines, i, line.replace(":", "::"))});
    }
    for (int i = 0; i < 12; i++) {
      mutants.add(new String[] {"truncation", valid.substring(0, valid.length() * i / 12)});
    }
    mutants.add(new String[] {"null or empty document", ""});
    mutants.add(new String[] {"huge document", valid + "# padding\n".repeat(900_000)});
    // A large valid document (a third of cncf/gitdm's largest real file): read, not refused.
    mutants.add(new String[] {"huge document", valid.repeat(2_000)});
    return mutants;
  }

  /** Byte-level mutations of a line format: Latin-1, a stray 0xFF, UTF-16, a UTF-8 surrogate. */
  private static List<Object[]> encodingMutants(String valid) {
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    int at = valid.indexOf('\n') + 1; // the second line: the first is a comment
    String accented = valid.substring(0, at) + "\u00e9" + valid.substring(at);
    byte[] plain = valid.getBytes(utf8);
    byte[] withFf = java.util.Arrays.copyOf(plain, plain.length + 1);
    System.arraycopy(plain, at, withFf, at + 1, plain.length - at);
    withFf[at] = (byte) 0xFF;
    byte[] surrogate = java.util.Arrays.copyOf(plain, plain.length + 3);
    System.arraycopy(plain, at, surrogate, at + 3, plain.length - at);
    surrogate[at] = (byte) 0xED;
    surrogate[at + 1] = (byte) 0xA0;
    surrogate[at + 2] = (byte) 0x80;
    return List.of(
        new Object[] {
          "Latin-1 \u00e9", accented.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)
        },
        new Object[] {"byte 0xFF", withFf},
        new Object[] {"UTF-16", valid.getBytes(java.nio.charset.StandardCharsets.UTF_16BE)},
        new Object[] {"surrogate encoded in UTF-8", surrogate});
  }

  private static String with(String[] lines, int index, String replacement) {
    String[] copy = lines.clone();
    copy[index] = replacement;
    return String.join("\n", copy);
  }

  private static Stream<DynamicTest> lines(
      String what, String valid, Function<String, Object> text, Function<byte[], Object> bytes) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] mutant : lineMutants(valid)) {
      tests.add(
          dynamicTest(
              what + ": " + mutant[0] + " " + tests.size(),
              () -> {
                Object read = judge(mutant[0], () -> text.apply(mutant[1]));
                Object fromBytes =
                    judge(
                        mutant[0],
                        () ->
                            bytes.apply(
                                mutant[1].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(fromBytes == null)
                    .as("the stream is read as the text is")
                    .isEqualTo(read == null);
              }));
    }
    for (Object[] encoding : encodingMutants(valid)) {
      tests.add(
          dynamicTest(
              what + " encoding: " + encoding[0],
              () ->
                  assertThat(
                          (Object) judge("bad encoding", () -> bytes.apply((byte[]) encoding[1])))
                      .as("refused, not read")
                      .isNull()));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> cncfAffiliationFiles() {
    String name = "developers_affiliations1.txt";
    return lines(
        "cncf",
        CNCF,
        text -> DevelopersAffiliations.parse(text, name),
        bytes -> DevelopersAffiliations.read(new ByteArrayInputStream(bytes), name));
  }

  @TestFactory
  Stream<DynamicTest> mailmaps() {
    return lines(
        "mailmap",
        MAILMAP,
        text -> Mailmap.parse(text, ".mailmap"),
        bytes -> Mailmap.read(new ByteArrayInputStream(bytes), ".mailmap"));
  }

  private static Stream<DynamicTest> json(String what, String valid, Class<?> type) {
    List<HostileCorpus.Mutant> mutants = new ArrayList<>(HostileCorpus.fieldMutants(valid, 40));
    mutants.addAll(HostileCorpus.documentMutants(valid));
    JsonNode original =
        HostileCorpus.tree(StackholderJson.write(StackholderJson.read(valid, type)));
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCorpus.Mutant mutant : mutants) {
      tests.add(
          dynamicTest(
              what + ": " + mutant,
              () -> {
                Object read =
                    judge(mutant.category(), () -> StackholderJson.read(mutant.text(), type));
                if (read != null) {
                  HostileCorpus.readAsWritten(
                      mutant, HostileCorpus.tree(StackholderJson.write(read)), original);
                }
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> releaseRangeJson() {
    ReleaseRange range = ReleaseRanges.builtIn().getRange("folsom", "nova");
    return json("release range", StackholderJson.write(range), ReleaseRange.class);
  }

  @TestFactory
  Stream<DynamicTest> cncfDeveloperJson() {
    Developer developer = DevelopersAffiliations.parse(CNCF, "f").developers().get(0);
    return json("cncf developer", StackholderJson.write(developer), Developer.class);
  }

  @TestFactory
  Stream<DynamicTest> mailmapIdentityJson() {
    Mailmap.Identity identity = Mailmap.parse(MAILMAP, "m").identities().get(0);
    return json("mailmap identity", StackholderJson.write(identity), Mailmap.Identity.class);
  }
}
