package dev.stackholder.contribution.releases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.ReleaseSeries;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.internal.JsonFailures;
import dev.stackholder.core.json.StackholderJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the OpenStack releases repository's {@code data/series_status.yaml}: every release series
 * from austin on, newest first in the file.
 *
 * <p>A malformed file is an {@link InvalidDataException} naming the file, line and path, e.g.
 * {@code series_status.yaml:5: $[0].initial-release: ...}. Release ids are kept as written
 * ({@code 2023.1}), not as numbers.
 *
 * <p>This class has no state; its methods are thread-safe.
 */
public final class SeriesStatus {
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .addModule(StackholderJson.module())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final TypeReference<List<SeriesYaml>> LIST = new TypeReference<>() {};

  private SeriesStatus() {}

  /**
   * Reads a file.
   *
   * @throws NotFoundException (kind {@code "file"}) if the file does not exist
   * @throws InvalidDataException naming the file, line and path if it is malformed
   * @throws UncheckedIOException if it exists but cannot be read
   */
  public static ImmutableList<ReleaseSeries> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      NotFoundException missing = new NotFoundException("file", file.toString(),
          "Series status file " + file + " does not exist");
      missing.initCause(e);
      throw missing;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Reads a stream (which is not closed).
   *
   * @param name what to call the stream in messages, e.g. {@code "series_status.yaml"}
   * @throws InvalidDataException naming the stream, line and path if malformed
   */
  public static ImmutableList<ReleaseSeries> read(InputStream yaml, String name) {
    try {
      List<SeriesYaml> series = YAML.readValue(yaml, LIST);
      InvalidDataException.check(series != null, "%s: no release series", name);
      return series.stream().map(one -> one.series).collect(ImmutableList.toImmutableList());
    } catch (JsonProcessingException e) {
      throw JsonFailures.invalidData(e, name);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  /** One list item of the file. */
  private static final class SeriesYaml {
    final ReleaseSeries series;

    @JsonCreator
    SeriesYaml(@JsonProperty(value = "name", required = true) String name,
        @JsonProperty("release-id") String releaseId,
        @JsonProperty(value = "status", required = true) String status,
        @JsonProperty(value = "initial-release", required = true) LocalDate initialRelease,
        @JsonProperty("eol-date") LocalDate eolDate,
        @JsonProperty("next-phase") PhaseYaml nextPhase) {
      ReleaseSeries.Builder builder = ReleaseSeries.builder()
          .name(name).status(status).initialRelease(initialRelease);
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
    PhaseYaml(@JsonProperty("status") String status, @JsonProperty("date") LocalDate date) {
      this.status = status;
      this.date = date;
    }
  }
}
