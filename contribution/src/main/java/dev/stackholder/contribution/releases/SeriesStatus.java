package dev.stackholder.contribution.releases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.ReleaseSeries;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.Documents;
import dev.stackholder.core.internal.JsonFailures;
import dev.stackholder.core.internal.StrictMappers;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Reads the OpenStack releases repository's {@code data/series_status.yaml}: every release series
 * from austin on, newest first in the file.
 *
 * <p>A malformed file is an {@link InvalidDataException} naming the file, line and path, e.g.
 * {@code series_status.yaml:5: $[0].initial-release: ...}. Release ids are kept as written ({@code
 * 2023.1}), not as numbers. The reader is as strict as the JSON mapper and within the same {@link
 * Limits}: duplicate keys, anchors and aliases, a null item, a wrong type, a date that is not
 * {@code yyyy-MM-dd}, a file over {@link Limits#MAX_DOCUMENT_LENGTH} (refused by its size, before
 * parsing) or not UTF-8 are each an {@link InvalidDataException} naming the file and line.
 *
 * <p>This class has no state; its methods are thread-safe.
 */
public final class SeriesStatus {
  /**
   * As strict as the JSON mapper (duplicate keys, wrong types, nulls in lists, dates, Limits), but
   * numbers may be read as text: the file writes {@code release-id: 2023.1} unquoted, and the text
   * is kept as written.
   */
  private static final ObjectMapper YAML =
      StrictMappers.strict(
              YAMLMapper.builder(
                  YAMLFactory.builder()
                      .streamReadConstraints(StrictMappers.constraints())
                      .loaderOptions(loaderOptions())
                      .build()),
              true)
          .build();

  private static final TypeReference<List<SeriesYaml>> LIST = new TypeReference<>() {};

  private SeriesStatus() {}

  /**
   * Reads a file.
   *
   * @param file the {@code series_status.yaml} of openstack/releases
   * @return the series in file order
   * @throws NotFoundException (kind {@code "file"}) if the file does not exist
   * @throws InvalidDataException naming the file, line and path if it is malformed, and naming the
   *     file if it is a directory, a symbolic-link loop, unreadable or too large
   * @throws UncheckedIOException on an I/O failure of the file system
   */
  public static ImmutableList<ReleaseSeries> read(Path file) {
    return read(Documents.read(file, "Series status file"), file.toString());
  }

  /**
   * Reads a stream (which is not closed).
   *
   * @param name what to call the stream in messages, e.g. {@code "series_status.yaml"}
   * @param yaml the stream, UTF-8 YAML
   * @return the series in file order
   * @throws InvalidDataException naming the stream, line and path if malformed
   */
  public static ImmutableList<ReleaseSeries> read(InputStream yaml, String name) {
    java.util.Objects.requireNonNull(yaml, "yaml");
    java.util.Objects.requireNonNull(name, "name");
    return read(Documents.read(yaml, name, "Series status file"), name);
  }

  /** Every entry point ends here, with bytes within the size limit: refused fast when larger. */
  private static ImmutableList<ReleaseSeries> read(byte[] bytes, String name) {
    String text = Documents.utf8(bytes, name);
    refuseDeepNesting(text, name);
    refuseAliases(text, name);
    try {
      List<SeriesYaml> series = YAML.readValue(text, LIST);
      if (series == null) {
        throw new InvalidDataException(name + ":1: $", "no release series, expected a list", null);
      }
      return series.stream().map(one -> one.series).collect(ImmutableList.toImmutableList());
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, name);
    }
  }

  /**
   * Refuses anchors and aliases: Jackson reads an alias of a scalar as the alias's name, a value
   * silently different from the one the file means, and aliases of collections are how a small YAML
   * file expands into a huge one. The series status file uses neither.
   */
  private static void refuseAliases(String text, String name) {
    if (text.indexOf('&') < 0 && text.indexOf('*') < 0) {
      return; // no anchor, no alias: no need to parse twice
    }
    try {
      for (Event event : new Yaml(loaderOptions()).parse(new StringReader(text))) {
        String anchor =
            event instanceof AliasEvent
                ? ((AliasEvent) event).getAnchor()
                : event instanceof NodeEvent ? ((NodeEvent) event).getAnchor() : null;
        if (anchor != null) {
          throw new InvalidDataException(
              name + ":" + (event.getStartMark().getLine() + 1),
              (event instanceof AliasEvent ? "alias *" : "anchor &")
                  + Limits.abbreviate(anchor)
                  + ": anchors and aliases are not allowed in a series status file",
              null);
        }
      }
    } catch (YAMLException e) {
      // Not YAML at all: Jackson names the line and path below.
    }
  }

  /**
   * Refuses flow collections ({@code [}, <code>{</code>) nested deeper than {@link
   * Limits#MAX_NESTING_DEPTH}, in one pass before any YAML parsing: SnakeYAML takes tens of seconds
   * over 100,000 opening brackets. Brackets in quoted text and comments are not counted.
   */
  private static void refuseDeepNesting(String text, String name) {
    int depth = 0;
    int line = 1;
    char quote = 0;
    boolean comment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        comment = false;
        continue;
      }
      if (comment) {
        continue;
      }
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        comment = true;
      } else if (c == '[' || c == '{') {
        if (++depth > Limits.MAX_NESTING_DEPTH) {
          throw new InvalidDataException(
              name + ":" + line,
              "collections nested deeper than the " + "limit of " + Limits.MAX_NESTING_DEPTH,
              null);
        }
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(Limits.MAX_NESTING_DEPTH);
    options.setCodePointLimit(Limits.MAX_DOCUMENT_LENGTH);
    return options;
  }

  /** Jackson passes an explicit null as a required creator property; the API has no nulls. */
  private static void present(Object value, String field) {
    if (value == null) {
      throw new InvalidDataException("'" + field + "' is null, expected a value");
    }
  }

  /**
   * One list item of the file; an optional field may be absent ({@code Nulls.SET}: the strict
   * mapper refuses nulls elsewhere).
   */
  private static final class SeriesYaml {
    final ReleaseSeries series;

    @JsonCreator
    SeriesYaml(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty("release-id") @JsonSetter(nulls = Nulls.SET) String releaseId,
        @JsonProperty(value = "status", required = true) String status,
        @JsonProperty(value = "initial-release", required = true) LocalDate initialRelease,
        @JsonProperty("eol-date") @JsonSetter(nulls = Nulls.SET) LocalDate eolDate,
        @JsonProperty("next-phase") @JsonSetter(nulls = Nulls.SET) PhaseYaml nextPhase) {
      present(name, "name");
      present(status, "status");
      present(initialRelease, "initial-release");
      ReleaseSeries.Builder builder =
          ReleaseSeries.builder().name(name).status(status).initialRelease(initialRelease);
      if (releaseId != null) {
        builder.releaseId(releaseId);
      }
      if (eolDate != null) {
        builder.eolDate(eolDate);
      }
      if (nextPhase != null) {
        if (nextPhase.status != null) {
          builder.nextPhaseStatus(nextPhase.status);
        }
        if (nextPhase.date != null) {
          builder.nextPhaseDate(nextPhase.date);
        }
      }
      this.series = builder.build();
    }
  }

  /** {@code next-phase: {status: ..., date: ...}}. */
  private static final class PhaseYaml {
    final String status;
    final LocalDate date;

    @JsonCreator
    PhaseYaml(
        @JsonProperty("status") @JsonSetter(nulls = Nulls.SET) String status,
        @JsonProperty("date") @JsonSetter(nulls = Nulls.SET) LocalDate date) {
      this.status = status;
      this.date = date;
    }
  }
}
