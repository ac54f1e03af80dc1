package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Organization;
import org.immutables.value.Value;

/** An organization admitted to a tier. */
@Value.Immutable
@JsonTypeName("admit")
@JsonSerialize(as = ImmutableAdmission.class)
@JsonDeserialize(as = ImmutableAdmission.class)
public abstract class Admission extends RosterEvent {
  Admission() {}

  /** The organization admitted. */
  public abstract Organization organization();

  /** The tier it joins. */
  public abstract Tier tier();

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
