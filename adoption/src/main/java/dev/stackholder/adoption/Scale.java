package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Source;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One statement of a deployment's size, with its unit and its own source: "more than 5,000 nodes".
 * A deployment keeps every statement, so two sources that disagree stay side by side, each with its
 * provenance.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScale.class)
@JsonDeserialize(as = ImmutableScale.class)
public abstract class Scale {
  Scale() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Scale} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableScale.Builder {
    Builder() {}
  }

  /** {@return the number, with its qualifier} */
  public abstract Count count();

  /** {@return what is counted} */
  public abstract ScaleUnit unit();

  /** {@return where this statement comes from} */
  public abstract Source source();

  /** {@return what the statement refers to when the source qualifies it (a stage, a date)} */
  public abstract Optional<String> note();

  /**
   * {@return a size stated by one source}
   *
   * @param count the number of units, with its qualifier as stated
   * @param unit what is counted (nodes, servers, virtual machines, ...)
   * @param source where the figure is stated
   */
  public static Scale of(Count count, ScaleUnit unit, Source source) {
    return ImmutableScale.builder().count(count).unit(unit).source(source).build();
  }

  /** {@return the size for people, e.g. {@code "more than 5,000 nodes"}} */
  public String describe() {
    return count().describe() + " " + unit().label();
  }

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    note().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Scale note"));
  }
}
