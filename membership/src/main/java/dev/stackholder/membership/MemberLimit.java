package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import org.immutables.value.Value;

/**
 * The most members a tier may have at any one time, with where that limit is written.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberLimit.class)
@JsonDeserialize(as = ImmutableMemberLimit.class)
public abstract class MemberLimit {
  MemberLimit() {}

  /** {@return the largest number of members at once} */
  public abstract int max();

  /** {@return where the limit is written} */
  public abstract Source source();

  /**
   * {@return a limit with its source}
   *
   * @param max the most members the tier may have at once; positive
   * @param source the public document that states it
   * @throws InvalidDataException if the limit is not positive
   */
  public static MemberLimit of(int max, Source source) {
    return ImmutableMemberLimit.builder().max(max).source(source).build();
  }

  @Value.Check
  void check() {
    InvalidDataException.check(max() > 0, "Member limit %d is not positive", max());
  }
}
