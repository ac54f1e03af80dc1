package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the bands of a {@link BandedDues} rule are drawn over. */
public enum DuesBasis {
  /** Annual revenue, in the rule set's currency. */
  @JsonProperty("revenue")
  REVENUE,
  /** Number of employees. */
  @JsonProperty("employees")
  EMPLOYEES
}
