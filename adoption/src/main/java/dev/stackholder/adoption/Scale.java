package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Source;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One statement of a deployment's size, with its unit and its own source: "more than 5,000 nodes". A
 * deployment keeps every statement, so two sources that disagree stay side by side, each with its
 * provenance.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScale.class)
@JsonDeserialize(as = ImmutableScale.class)
public abstract class Scale {
  Scale() {}

  /** A builder; {@code build()} checks the values. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Scale} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableScale.Builder {
    Builder() {}
  }

  /** The number, with its qualifier. */
  public abstract Count count();

  /** What is counted. */
  public abstract ScaleUnit unit();

  /** Where this statement comes from. */
  public abstract Source source();

  /** What the statement refers to when the source qualifies it (a stage, a date). */
  public abstract Optional<String> note();

  /** A size stated by one source. */
  public static Scale of(Count count, ScaleUnit unit, Source source) {
    return ImmutableScale.builder().count(count).unit(unit).source(source).build();
  }

  /** The size for people, e.g. {@code "more than 5,000 nodes"}. */
  public String describe() {
    return count().describe() + " " + unit().label();
  }
}
