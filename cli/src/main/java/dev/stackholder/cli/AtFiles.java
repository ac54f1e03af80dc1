package dev.stackholder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @FILE} arguments, read here rather than by picocli so that they are limited: a regular
 * file (so {@code @/dev/zero} or a pipe cannot hang the program), at most {@link #MAX_BYTES} bytes
 * (reading stops one byte past the limit), UTF-8. Lines starting with {@code #} are comments;
 * arguments are separated by blanks and may be quoted with {@code "} or {@code '}. An {@code @}
 * inside a file is not expanded again. {@code @@x} stands for the argument {@code @x}. Stateless,
 * thread-safe.
 */
final class AtFiles {
  static final int MAX_BYTES = 64 * 1024;

  private AtFiles() {}

  static List<String> expand(List<String> args) {
    List<String> expanded = new ArrayList<>(args.size());
    for (String arg : args) {
      if (arg.startsWith("@@")) {
        expanded.add(arg.substring(1));
      } else if (arg.length() > 1 && arg.startsWith("@")) {
        expanded.addAll(split(read(arg.substring(1)), arg));
      } else {
        expanded.add(arg);
      }
    }
    return expanded;
  }

  private static String read(String name) {
    Path file;
    try {
      file = Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException("Argument file '" + name + "' is not a valid path");
    }
    if (!Files.exists(file)) {
      throw new UsageException("Argument file '" + name + "' does not exist");
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("Argument file '" + name + "' is not a regular file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UsageException("Argument file '" + name + "' cannot be read: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new UsageException(
          "Argument file '"
              + name
              + "' is larger than "
              + MAX_BYTES / 1024
              + " KiB, the limit for @FILE arguments");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UsageException("Argument file '" + name + "' is not UTF-8 text");
    }
  }

  private static List<String> split(String text, String arg) {
    List<String> words = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      StringBuilder word = null;
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
          word = word == null ? new StringBuilder() : word;
        } else if (Character.isWhitespace(c)) {
          if (word != null) {
            words.add(word.toString());
            word = null;
          }
        } else {
          word = word == null ? new StringBuilder() : word;
          word.append(c);
        }
      }
      if (quote != 0) {
        throw new UsageException(
            "Argument file '"
                + arg.substring(1)
                + "' has an unclosed "
                + quote
                + " quote in line '"
                + line
                + "'");
      }
      if (word != null) {
        words.add(word.toString());
      }
    }
    return words;
  }
}
