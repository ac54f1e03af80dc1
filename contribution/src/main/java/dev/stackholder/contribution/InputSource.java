package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One input a table was computed from: a log file or a repository (with the project it stands for,
 * its HEAD commit and the range read), a gitdm report file, or an affiliation source (a gitdm
 * configuration, Stackalytics' {@code default_data.json}, a {@code .mailmap}, ...) with its date.
 *
 * <pre>{@code
 * InputSource nova = InputSource.builder().kind("repository").name("/src/nova").project("nova")
 *     .head("0f3c...").range("2012.1..2012.2").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInputSource.class)
@JsonDeserialize(as = ImmutableInputSource.class)
public abstract class InputSource {
  /** A log file of {@code git log --numstat} text: {@value}. */
  public static final String GIT_LOG = "git-log";

  /** A git repository, read by running git: {@value}. */
  public static final String REPOSITORY = "repository";

  /** A gitdm report file, already a table: {@value}. */
  public static final String GITDM_REPORT = "gitdm-report";

  /** A gitdm configuration directory: {@value}. */
  public static final String GITDM_CONFIG = "gitdm-config";

  /** Stackalytics' {@code default_data.json}: {@value}. */
  public static final String STACKALYTICS_DATA = "stackalytics-data";

  /** CNCF's {@code developers_affiliations*.txt}: {@value}. */
  public static final String CNCF_AFFILIATIONS = "cncf-affiliations";

  /** A git {@code .mailmap}, read as identities: {@value}. */
  public static final String MAILMAP = "mailmap";

  InputSource() {}

  /**
   * {@return what the input is: {@code git-log}, {@code repository}, {@code gitdm-report}, {@code
   * gitdm-config}, {@code stackalytics-data}, or another reader's kind}
   */
  public abstract String kind();

  /** {@return the file, directory or stream, as given} */
  public abstract String name();

  /** {@return the project a history stands for} */
  public abstract Optional<String> project();

  /** {@return a repository's HEAD commit when it was read} */
  public abstract Optional<String> head();

  /** {@return the revision range read, or the release's range applied to a log} */
  public abstract Optional<String> range();

  /**
   * {@return the input's date: the day an affiliation file was last changed, or the date a source
   * states}
   */
  public abstract Optional<LocalDate> date();

  /** {@return anything else a reader should know (the mailmap applied, say)} */
  public abstract Optional<String> note();

  /**
   * {@return an input of a kind and name}
   *
   * @param kind e.g. {@code git-log}
   * @param name e.g. {@code nova.log}
   */
  public static InputSource of(String kind, String name) {
    return builder().kind(kind).name(name).build();
  }

  /** {@return a builder; {@code build()} checks that kind and name are not blank} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InputSource}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableInputSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!kind().isBlank(), "InputSource kind is blank (name '%s')", name());
    InvalidDataException.check(!name().isBlank(), "InputSource name is blank (kind '%s')", kind());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind()).append(' ').append(name());
    project().ifPresent(p -> text.append(" (").append(p).append(')'));
    range().ifPresent(r -> text.append(" range ").append(r));
    head().ifPresent(h -> text.append(" at ").append(h));
    date().ifPresent(d -> text.append(" of ").append(d));
    note().ifPresent(n -> text.append(", ").append(n));
    return text.toString();
  }
}
