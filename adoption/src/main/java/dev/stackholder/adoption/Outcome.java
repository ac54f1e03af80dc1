package dev.stackholder.adoption;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.Source;

/**
 * What running OpenStack did for an organization, as one of a closed set of variants, each with its
 * sources: a {@link CostReduction}, an {@link AnnualSaving}, a {@link LeadTime} before and after,
 * the {@link UsersServed}, or an {@link Award}.
 *
 * <p>In JSON an outcome is an object whose {@code "type"} names the variant: {@code
 * "cost-reduction"}, {@code "annual-saving"}, {@code "lead-time"}, {@code "users-served"} or {@code
 * "award"}. Only these names are read; there is no default typing. The set is closed ({@code
 * sealed}): code that handles these five variants handles every outcome. Each variant is built with
 * its own {@code builder()}.
 *
 * <p>Every outcome is immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableCostReduction.class, name = "cost-reduction"),
  @JsonSubTypes.Type(value = ImmutableAnnualSaving.class, name = "annual-saving"),
  @JsonSubTypes.Type(value = ImmutableLeadTime.class, name = "lead-time"),
  @JsonSubTypes.Type(value = ImmutableUsersServed.class, name = "users-served"),
  @JsonSubTypes.Type(value = ImmutableAward.class, name = "award"),
})
public abstract sealed class Outcome
    permits CostReduction, AnnualSaving, LeadTime, UsersServed, Award {
  Outcome() {}

  /** {@return where the outcome is reported; at least one} */
  public abstract ImmutableList<Source> sources();

  /** {@return the outcome in one line for people, e.g. {@code "servers costs cut by 30%"}} */
  public abstract String describe();
}
