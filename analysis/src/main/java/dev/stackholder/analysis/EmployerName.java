package dev.stackholder.analysis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an {@link EmployerMapping}: a name as a contribution tool spells it, the
 * organization it stands for during a span of dates, why, and the sources. An entry with no
 * organization id records a name that cannot be mapped (a string naming several companies, say),
 * with the reason in its note.
 *
 * <pre>{@code
 * EmployerName nicira = EmployerName.builder().source(NameSource.GITDM).name("Nicira")
 *     .organizationId("vmware").organizationName("VMware").from(LocalDate.of(2012, 8, 24))
 *     .basis("acquisition").addSources(Source.of("https://www.sec.gov/...", "VMware Form 10-K"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployerName.class)
@JsonDeserialize(as = ImmutableEmployerName.class)
public abstract class EmployerName {
  EmployerName() {}

  /** {@return the tool whose spelling {@link #name()} is} */
  public abstract NameSource source();

  /** {@return the name exactly as the tool spells it, e.g. {@code "SINA"}} */
  public abstract String name();

  /**
   * {@return the organization's id (a lower-case slug), or empty for a name that cannot be mapped}
   */
  public abstract Optional<String> organizationId();

  /** {@return the organization's name, where known} */
  public abstract Optional<String> organizationName();

  /** {@return the first day the entry holds (inclusive); empty: since ever} */
  public abstract Optional<LocalDate> from();

  /** {@return the first day the entry no longer holds (exclusive); empty: still holds} */
  public abstract Optional<LocalDate> until();

  /**
   * {@return why the name stands for the organization: {@code same-name}, {@code name-variant},
   * {@code not-in-roster}, {@code acquisition}, {@code split}, {@code stackalytics-alias}, {@code
   * unmappable}, or the user's own word}
   */
  public abstract String basis();

  /** {@return where the mapping comes from} */
  public abstract ImmutableList<Source> sources();

  /** {@return a note a person can read} */
  public abstract Optional<String> note();

  /**
   * {@return whether the entry holds on a day}
   *
   * @param day any day
   */
  public boolean holdsOn(LocalDate day) {
    return from().map(f -> !day.isBefore(f)).orElse(true)
        && until().map(day::isBefore).orElse(true);
  }

  /** {@return a builder; {@code build()} checks the id, the dates and the sources} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EmployerName}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableEmployerName.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      InvalidDataException.check(false, "EmployerName name is blank");
    }
    if (organizationId().isPresent() && !Slugs.isSlug(organizationId().get())) {
      InvalidDataException.check(
          false,
          "EmployerName '%s' organizationId '%s' is not a lower-case slug",
          name(),
          organizationId().get());
    }
    if (from().isPresent() && until().isPresent() && !from().get().isBefore(until().get())) {
      InvalidDataException.check(
          false,
          "EmployerName '%s' from %s is not before until %s",
          name(),
          from().get(),
          until().get());
    }
    if (sources().isEmpty()) {
      InvalidDataException.check(false, "EmployerName '%s' has no source", name());
    }
  }
}
