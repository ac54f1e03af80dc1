package dev.stackholder.analysis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link EmployerMapping} answers for one name on one day: the organization, or why there
 * is none. Computed by the mapping; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployerMatch.class)
@JsonDeserialize(as = ImmutableEmployerMatch.class)
public abstract class EmployerMatch {
  EmployerMatch() {}

  /** {@return the name asked about, as the source spells it} */
  public abstract String name();

  /** {@return the organization's id, or empty if the name maps to none} */
  public abstract Optional<String> organizationId();

  /** {@return the organization's name, where known} */
  public abstract Optional<String> organizationName();

  /** {@return the mapping entry used, if one matched} */
  public abstract Optional<EmployerName> entry();

  /** {@return how the name was matched, or why it was not, in words} */
  public abstract String reason();

  /** {@return whether the name maps to an organization} */
  public boolean isMapped() {
    return organizationId().isPresent();
  }
}
