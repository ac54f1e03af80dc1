package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One OpenStack cloud an organization runs, with the figures its sources give: its size ("more than
 * 5,000 nodes"), clusters, data centers and regions, the year it went into production, its
 * availability and the users it serves.
 *
 * <p>Every figure is optional (most sources give few), and the size may be stated several times, in
 * different units, by different sources: see {@link #scale()}. The other figures rest on {@link
 * #sources()}; the {@link #notes()} say which source gives which when they differ.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeployment.class)
@JsonDeserialize(as = ImmutableDeployment.class)
public abstract class Deployment {
  Deployment() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Deployment} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableDeployment.Builder {
    Builder() {}
  }

  /** {@return the deployment's name as the source gives it, e.g. {@code "TStack"}} */
  public abstract String name();

  /** {@return what it is and whom it serves, in a sentence} */
  public abstract Optional<String> description();

  /** {@return every statement of its size, each with its unit and source, in the order recorded} */
  public abstract ImmutableList<Scale> scale();

  /** {@return how many clusters it is split into} */
  public abstract Optional<Count> clusters();

  /** {@return how many data centers it runs in} */
  public abstract Optional<Count> dataCenters();

  /** {@return how many regions it spans} */
  public abstract Optional<Count> regions();

  /**
   * {@return where it runs, in the source's words when it gives no count, e.g. "multiple provinces
   * in China"}
   */
  public abstract Optional<String> location();

  /** {@return the year it went into production} */
  public abstract Optional<Year> inProductionSince();

  /** {@return its availability as stated} */
  public abstract Optional<Availability> availability();

  /** {@return how many users it serves} */
  public abstract Optional<Count> usersServed();

  /** {@return where the figures come from; at least one} */
  public abstract ImmutableList<Source> sources();

  /** {@return disagreements between sources and how figures were read} */
  public abstract ImmutableList<String> notes();

  @Value.Check
  void check() {
    InvalidDataException.check(!name().isBlank(), "Deployment name is blank");
    InvalidDataException.check(!sources().isEmpty(), "Deployment '%s' has no sources", name());
  }

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    dev.stackholder.core.Limits.checkText(name(), "Deployment name");
    description()
        .ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Deployment description"));
    location()
        .ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Deployment location"));
    inProductionSince()
        .ifPresent(
            year ->
                dev.stackholder.core.Limits.checkYear(
                    year.getValue(), "Deployment in production since"));
    notes().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Deployment note"));
  }
}
