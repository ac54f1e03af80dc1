package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One statement of a user group's size, dated and sourced: "a conservative estimation that COSUG
 * has 2,500 user members in China" (10 August 2012) is {@code 2500} {@code at-least}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberEstimate.class)
@JsonDeserialize(as = ImmutableMemberEstimate.class)
public abstract class MemberEstimate {
  MemberEstimate() {}

  /** The number of members, with its qualifier. */
  public abstract Count members();

  /** The day the estimate was given, when known. */
  public abstract Optional<LocalDate> asOf();

  /** Where the estimate comes from. */
  public abstract Source source();

  /** Who gave it, on what occasion, and what it counts. */
  public abstract Optional<String> note();
}
