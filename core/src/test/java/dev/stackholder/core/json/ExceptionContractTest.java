package dev.stackholder.core.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26 point 2: each situation has its one exception type, the one the Javadoc names. */
class ExceptionContractTest {
  @Test
  void writingAValueJacksonCannotWriteIsNotInvalidData() {
    Object unwritable = new ByteArrayInputStream(new byte[0]);
    assertThatThrownBy(() -> StackholderJson.write(unwritable))
        .isExactlyInstanceOf(JsonWriteException.class)
        .hasMessageStartingWith("Cannot write java.io.ByteArrayInputStream as JSON");
    assertThatThrownBy(() -> StackholderJson.writePretty(unwritable))
        .isExactlyInstanceOf(JsonWriteException.class);
  }

  @Test
  void aPathThroughARegularFileIsInvalidDataNotAnUncheckedIoException(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("source.json"), "{}");
    Path through = file.resolve("inner.json");
    assertThatThrownBy(() -> StackholderJson.read(through, Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("runs through the regular file " + file);
    assertThatThrownBy(() -> StackholderJson.read(through.resolve("deeper.json"), Source.class))
        .isExactlyInstanceOf(InvalidDataException.class)
        .hasMessageContaining("runs through the regular file " + file);
  }
}
