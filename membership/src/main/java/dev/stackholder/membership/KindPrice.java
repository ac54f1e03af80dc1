package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.core.InvalidDataException;
import org.immutables.value.Value;

/**
 * One row of a {@link ByKindDues} rule: the dues rule for organizations of these kinds. JSON:
 * {@code {"kinds": ["academic"], "dues": {"type": "flat", ...}}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKindPrice.class)
@JsonDeserialize(as = ImmutableKindPrice.class)
public abstract class KindPrice {
  KindPrice() {}

  /** {@return the kinds of organization this price is for} */
  public abstract ImmutableSet<OrganizationKind> kinds();

  /** {@return their dues rule; not itself a {@link ByKindDues}} */
  public abstract DuesRule dues();

  /**
   * {@return a price for some kinds of organization}
   *
   * @param kinds the kinds of organization this price is for
   * @param dues the dues rule they pay under
   */
  public static KindPrice of(Iterable<OrganizationKind> kinds, DuesRule dues) {
    return ImmutableKindPrice.builder().addAllKinds(kinds).dues(dues).build();
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !kinds().isEmpty(), "A price by kind of organization names no kinds");
    InvalidDataException.check(
        !(dues() instanceof ByKindDues),
        "A price for %s is itself priced by kind, expected a flat, free, banded or percent rule",
        kinds());
  }
}
