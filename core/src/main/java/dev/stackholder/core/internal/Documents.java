package dev.stackholder.core.internal;

import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads documents for every Stackholder reader the same way, within {@link Limits}: a file, a
 * stream or a reader becomes bytes or text of at most {@link Limits#MAX_DOCUMENT_LENGTH}, strict
 * UTF-8, split into lines of at most {@link Limits#MAX_LINE_LENGTH}. What is wrong with the file
 * itself is named as such: a missing file is a {@link NotFoundException} (kind {@code "file"}); an
 * empty path, a directory, a symbolic-link loop, an unreadable file, a file over the size limit
 * (including endless ones such as {@code /dev/zero}) and bytes that are not UTF-8 are an {@link
 * InvalidDataException} whose location is the file (and line).
 *
 * <p>Stateless and thread-safe.
 */
public final class Documents {
  private Documents() {}

  /**
   * {@return the bytes of a file}
   *
   * @param kind what the file should be, for messages, e.g. {@code "gitdm report"}
   * @param file the file to read; a symbolic link is followed
   * @throws NotFoundException if it does not exist
   * @throws InvalidDataException if it is not a readable file within the size limit
   * @throws UncheckedIOException on an I/O failure that says nothing about the file's content
   */
  public static byte[] read(Path file, String kind) {
    String name = file.toString();
    if (name.isEmpty()) {
      throw new InvalidDataException("The path of the " + kind + " is empty, expected a file");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw failure(file, kind, e);
    }
    if (attributes.isDirectory()) {
      throw new InvalidDataException(name, kind + " is a directory, expected a file", null);
    }
    if (attributes.isRegularFile() && attributes.size() > Limits.MAX_DOCUMENT_LENGTH) {
      throw tooLarge(name, kind, attributes.size());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, kind);
    } catch (IOException e) {
      throw failure(file, kind, e);
    }
  }

  /**
   * A file opened for streaming, for readers that hold one record at a time and so have no
   * document-size limit (a git log of 10^6 commits); the file is checked as {@link #read(Path,
   * String)} checks it, except for its size. The caller bounds what it holds (line length, record
   * size) and closes the stream.
   *
   * @param file the file
   * @param kind what the file holds, for messages (e.g. {@code "git log"})
   * @return the open stream, which the caller closes
   * @throws NotFoundException if it does not exist
   * @throws InvalidDataException if the path is empty, a directory, a link loop or unreadable
   */
  public static InputStream open(Path file, String kind) {
    String name = file.toString();
    if (name.isEmpty()) {
      throw new InvalidDataException("The path of the " + kind + " is empty, expected a file");
    }
    try {
      if (Files.readAttributes(file, BasicFileAttributes.class).isDirectory()) {
        throw new InvalidDataException(name, kind + " is a directory, expected a file", null);
      }
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw failure(file, kind, e);
    }
  }

  /**
   * {@return the bytes of a stream (which is not closed), at most {@link
   * Limits#MAX_DOCUMENT_LENGTH}: an endless stream is refused after that many bytes}
   *
   * @param where the document's name for messages
   * @param in the stream, read to its end
   * @param kind what the document should be, for messages, e.g. {@code "gitdm report"}
   * @throws InvalidDataException if the stream holds more
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static byte[] read(InputStream in, String where, String kind) {
    try {
      byte[] bytes = in.readNBytes(Limits.MAX_DOCUMENT_LENGTH + 1);
      if (bytes.length > Limits.MAX_DOCUMENT_LENGTH) {
        throw tooLarge(where, kind, bytes.length);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + kind + " " + where, e);
    }
  }

  /**
   * {@return the text of a reader (which is not closed), at most {@link Limits#MAX_DOCUMENT_LENGTH}
   * chars}
   *
   * @param reader the reader, read to its end
   * @param where the document's name for messages
   * @param kind what the document should be, for messages, e.g. {@code "gitdm report"}
   * @throws InvalidDataException if the reader holds more
   * @throws UncheckedIOException if it cannot be read
   */
  public static String read(Reader reader, String where, String kind) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > Limits.MAX_DOCUMENT_LENGTH) {
          throw tooLarge(where, kind, text.length());
        }
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + kind + " " + where, e);
    }
  }

  /**
   * Decodes strict UTF-8 (a leading byte-order mark is dropped).
   *
   * @param bytes the document's bytes
   * @param where the document's name for messages
   * @return the text, without a byte-order mark
   * @throws InvalidDataException naming the document and line of the first byte that is not UTF-8
   */
  public static String utf8(byte[] bytes, String where) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InvalidDataException(
          where + ":" + line,
          String.format(
              Locale.ROOT,
              "byte 0x%02X is not UTF-8 (the file must be UTF-8; Latin-1 and other encodings are "
                  + "refused, not guessed)",
              bytes[at] & 0xFF),
          null);
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Splits text into lines ({@code \n}, {@code \r\n} or {@code \r}), refusing a line over {@link
   * Limits#MAX_LINE_LENGTH} and a U+FFFD replacement character (what a decoder leaves of bytes that
   * were not in its encoding), so text given as a {@link Reader} is held to UTF-8 as bytes are.
   *
   * @param text the whole document
   * @param where the document's name for messages
   * @return the lines without their terminators, in order; a final terminator adds no empty line
   * @throws InvalidDataException naming the document and line
   */
  public static List<String> lines(String text, String where) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      checkLine(text, start, end, where, lines.size() + 1);
      lines.add(text.substring(start, end));
      if (end < length
          && text.charAt(end) == '\r'
          && end + 1 < length
          && text.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    return lines;
  }

  private static void checkLine(String text, int start, int end, String where, int line) {
    if (end - start > Limits.MAX_LINE_LENGTH) {
      throw new InvalidDataException(
          where + ":" + line,
          "line of "
              + (end - start)
              + " characters, longer than the limit of "
              + Limits.MAX_LINE_LENGTH,
          null);
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\uFFFD') {
        throw new InvalidDataException(
            where + ":" + line,
            "replacement character U+FFFD at "
                + "column "
                + (i - start + 1)
                + ": the text was not UTF-8 when it was decoded",
            null);
      }
    }
  }

  private static InvalidDataException tooLarge(String where, String kind, long size) {
    return new InvalidDataException(
        where,
        kind
            + " is larger than the limit of "
            + Limits.MAX_DOCUMENT_LENGTH
            + " bytes"
            + (size > Limits.MAX_DOCUMENT_LENGTH && size != Limits.MAX_DOCUMENT_LENGTH + 1
                ? " (" + size + " bytes)"
                : ""),
        null);
  }

  private static RuntimeException failure(Path file, String kind, IOException e) {
    String name = file.toString();
    if (e instanceof FileSystemException) {
      // "a.json/b.json": the path runs through a regular file, which is the caller's path being
      // wrong, not the file system failing. Checked first: JDK 17 reports it as "Not a directory",
      // JDK 25 as a missing file.
      for (Path parent = file.getParent(); parent != null; parent = parent.getParent()) {
        if (Files.isRegularFile(parent)) {
          return new InvalidDataException(
              name,
              kind
                  + " path runs through the regular file "
                  + parent
                  + ", expected directories before the file name",
              e);
        }
      }
    }
    if (e instanceof NoSuchFileException) {
      NotFoundException missing =
          new NotFoundException("file", name, kind + " " + name + " does not exist");
      missing.initCause(e);
      return missing;
    }
    if (e instanceof AccessDeniedException) {
      return new InvalidDataException(name, kind + " cannot be read: permission denied", e);
    }
    if (e instanceof FileSystemException && Files.isSymbolicLink(file)) {
      return new InvalidDataException(
          name,
          kind
              + " is a symbolic link that cannot be followed "
              + "(a loop): "
              + ((FileSystemException) e).getReason(),
          e);
    }
    if (e instanceof FileSystemException && Files.isDirectory(file)) {
      return new InvalidDataException(name, kind + " is a directory, expected a file", e);
    }
    return new UncheckedIOException("Cannot read " + kind + " " + name, e);
  }
}
