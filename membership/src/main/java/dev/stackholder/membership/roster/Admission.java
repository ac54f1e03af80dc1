package dev.stackholder.membership.roster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An organization admitted to a tier.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("admit")
@JsonSerialize(as = ImmutableAdmission.class)
@JsonDeserialize(as = ImmutableAdmission.class)
public abstract non-sealed class Admission extends RosterEvent {
  Admission() {}

  /** {@return the organization admitted} */
  public abstract Organization organization();

  /** {@return the tier it joins} */
  public abstract Tier tier();

  /**
   * {@return an organization admitted to a tier from a date}
   *
   * @param organization the organization admitted
   * @param tier the tier it joins
   * @param date its first day as a member
   * @param source the public document that states it
   */
  public static Admission of(Organization organization, Tier tier, LocalDate date, Source source) {
    return builder().organization(organization).tier(tier).date(date).source(source).build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Admission}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableAdmission.Builder {
    Builder() {}
  }

  @Override
  @JsonIgnore
  @Value.Derived
  public String organizationId() {
    return organization().id();
  }

  @Override
  Roster applyTo(Roster roster) {
    return roster.admit(organization(), tier(), date(), source());
  }
}
