package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a rule set charges a membership that starts or ends during a calendar year. */
public enum Proration {
  /** Any part of a year is charged the full year's dues (the default: no public rule says otherwise). */
  @JsonProperty("full-year")
  FULL_YEAR,
  /** The year's dues times the days of membership in the year over the days in the year. */
  @JsonProperty("days")
  DAYS
}
