package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One statement of a user group's size, dated and sourced: "a conservative estimation that the
 * group has 2,000 user members" is {@code 2000} {@code at-least}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberEstimate.class)
@JsonDeserialize(as = ImmutableMemberEstimate.class)
public abstract class MemberEstimate {
  MemberEstimate() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MemberEstimate} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableMemberEstimate.Builder {
    Builder() {}
  }

  /** {@return the number of members, with its qualifier} */
  public abstract Count members();

  /** {@return the day the estimate was given, when known} */
  public abstract Optional<LocalDate> asOf();

  /** {@return where the estimate comes from} */
  public abstract Source source();

  /** {@return who gave it, on what occasion, and what it counts} */
  public abstract Optional<String> note();

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    asOf().ifPresent(date -> dev.stackholder.core.Limits.checkDate(date, "Member estimate date"));
    note().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Member estimate note"));
  }
}
