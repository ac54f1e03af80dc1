package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A foundation's expected dues income for a calendar year: each membership's line, the totals by
 * tier (keyed by tier id) and in all, and the members left out because they declared no revenue
 * (only when asked to skip them, see {@link DuesIncome#ofDeclared}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeReport.class)
@JsonDeserialize(as = ImmutableIncomeReport.class)
public abstract class IncomeReport {
  IncomeReport() {}

  /** The calendar year. */
  public abstract Year year();

  /** One line per membership that overlaps the year, in the order the memberships started. */
  public abstract ImmutableList<IncomeLine> lines();

  /** The income per tier id, in the order tiers first appear in the lines. */
  public abstract ImmutableMap<String, Money> byTier();

  /** The income of the whole year: the sum of the lines. */
  public abstract Money total();

  /** Members whose dues depend on revenue they did not declare, with the reason; not in the totals. */
  public abstract ImmutableList<String> undeclared();
}
