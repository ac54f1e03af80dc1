package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.Period;
import org.immutables.value.Value;

/**
 * How long after its last sighting an evidence roster still presumes an organization holds a tier:
 * a sighting at most {@link #maxAge()} old, with nothing contrary since (no departure, no complete
 * list of the tier leaving it out), makes the organization {@link Certainty#PRESUMED}; an older one
 * {@link Certainty#UNKNOWN}. The threshold is data, with its reason and sources, because it is a
 * judgement about the foundation's terms (a three-year Platinum commitment, a calendar-year Gold
 * term), not a fact the evidence states. A tier without a presumption presumes nothing.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePresumption.class)
@JsonDeserialize(as = ImmutablePresumption.class)
public abstract class Presumption {
  Presumption() {}

  /** {@return the tier this presumption is for} */
  public abstract Tier tier();

  /**
   * {@return the oldest a last sighting may be for the organization to be presumed still in the
   * tier}
   */
  public abstract Period maxAge();

  /** {@return why this age: the term or commitment it rests on} */
  public abstract String reason();

  /** {@return the sources of the term the reason cites} */
  public abstract ImmutableList<Source> sources();

  /**
   * {@return a presumption}
   *
   * @param tier the tier
   * @param maxAge the oldest a sighting may be; not negative
   * @param reason why
   * @param sources where the term it rests on is stated
   */
  public static Presumption of(Tier tier, Period maxAge, String reason, Iterable<Source> sources) {
    return ImmutablePresumption.builder()
        .tier(tier)
        .maxAge(maxAge)
        .reason(reason)
        .sources(sources)
        .build();
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !maxAge().isNegative(),
        "Presumption for tier '%s': maxAge %s is negative",
        tier().id(),
        maxAge());
    InvalidDataException.check(
        !reason().isBlank(), "Presumption for tier '%s': reason is blank", tier().id());
  }

  /** "Platinum: presumed for P3Y after the last sighting (reason)". */
  @Override
  public String toString() {
    return tier().name()
        + ": presumed for "
        + maxAge()
        + " after the last sighting ("
        + reason()
        + ")";
  }
}
