package dev.stackholder.contribution.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26: hostile git logs are refused as data, with their line, never a raw exception. */
class GitLogReaderLimitsTest {
  private static String commit(String date, String stats) {
    return "commit 1111111111111111111111111111111111111111\n"
        + "Author: Dev <dev@example.com>\n"
        + "Date:   "
        + date
        + "\n\n    Subject\n\n"
        + stats;
  }

  private static List<GitCommit> read(String text) {
    List<GitCommit> commits = new ArrayList<>();
    GitLogReader.of(new StringReader(text), "hostile.log").forEachRemaining(commits::add);
    return commits;
  }

  @Test
  void yearsBeforeOneThousandAreRefusedWithTheirLine() {
    for (String year : new String[] {"0000", "0999"}) {
      assertThatThrownBy(
              () -> read(commit("Tue Sep 25 19:04:50 " + year + " +0000", "1\t1\ta.py\n")))
          .isExactlyInstanceOf(InvalidDataException.class)
          .hasMessageStartingWith("hostile.log:3: expected a date");
    }
    assertThat(read(commit("Tue Sep 25 19:04:50 1000 +0000", "1\t1\ta.py\n"))).hasSize(1);
  }

  @Test
  void filesChangedThatOverflowAnIntAreInvalidDataNamingTheField() {
    String line = " 999999999 files changed, 1 insertion(+)\n";
    assertThatThrownBy(() -> read(commit("Tue Sep 25 19:04:50 2012 +0000", line + line + line)))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("files changed sum to 2999999997");
  }

  @Test
  void unpairedSurrogatesInDecodedTextAreRefused() {
    // A lenient decoder renders bytes above U+10FFFF or CESU-8 as lone surrogates.
    for (String bad : new String[] {"\uD800", "\uDC00", "x\uDBFFy"}) {
      assertThatThrownBy(
              () -> read(commit("Tue Sep 25 19:04:50 2012 +0000", "1\t1\t" + bad + ".py\n")))
          .isExactlyInstanceOf(InvalidDataException.class)
          .hasMessageContaining("unpaired surrogate");
    }
    // A real pair (U+1F600) is text.
    assertThat(read(commit("Tue Sep 25 19:04:50 2012 +0000", "1\t1\t\uD83D\uDE00.py\n")))
        .hasSize(1);
  }

  @Test
  void overlongUtf8AndCodePointsAboveU10ffffInAByteStreamAreRefused(@TempDir Path dir)
      throws Exception {
    byte[][] hostile = {
      {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong '/', three bytes
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // U+110000
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // five-byte form
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate encoded (CESU-8)
    };
    for (byte[] bytes : hostile) {
      byte[] head =
          commit("Tue Sep 25 19:04:50 2012 +0000", "1\t1\t").getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[head.length + bytes.length + 4];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(bytes, 0, all, head.length, bytes.length);
      System.arraycopy(
          ".py\n".getBytes(StandardCharsets.US_ASCII), 0, all, head.length + bytes.length, 4);
      Path file = dir.resolve("nova.log");
      Files.write(file, all);
      assertThatThrownBy(() -> GitLogReader.readAll(file))
          .isExactlyInstanceOf(InvalidDataException.class)
          .hasMessageStartingWith("nova.log:7:");
      assertThatThrownBy(
              () ->
                  GitLogReader.of(
                          new InputStreamReader(
                              new ByteArrayInputStream(all), StandardCharsets.UTF_8),
                          "stdin")
                      .forEachRemaining(c -> {}))
          .isExactlyInstanceOf(InvalidDataException.class)
          .hasMessageStartingWith("stdin:7:");
    }
  }
}
