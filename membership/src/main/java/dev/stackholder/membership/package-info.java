/**
 * Foundation membership: {@link dev.stackholder.membership.Tier tiers}, dues rules (a closed set of
 * JSON-typed variants under {@link dev.stackholder.membership.DuesRule}), the {@link
 * dev.stackholder.membership.RuleSet rule sets} of a {@link dev.stackholder.membership.Foundation
 * foundation} with their effective dates and sources, the {@link
 * dev.stackholder.membership.DuesSchedule dues calculator} and its explained {@link
 * dev.stackholder.membership.DuesQuote quotes}, and the built-in {@link
 * dev.stackholder.membership.OpenStackFoundation OpenStack Foundation} data, the other {@link
 * dev.stackholder.membership.Foundations built-in foundations}, rosters built from dated events,
 * board composition, {@link dev.stackholder.membership.income.IncomeReport dues income} and the
 * {@link dev.stackholder.membership.compare.FeeComparison comparison} of every tier of every
 * foundation for one organization.
 *
 * <p>Every calculation is pure: no clock, no I/O, no global state; the date is always a parameter.
 * Amounts are Joda-Money and rounded only where a rule set says, by the rule set's rounding mode.
 *
 * <p>Value types users make have a {@code builder()} and/or {@code of(...)} factories on the type
 * itself; results the library computes (quotes, board compositions, income reports, the memberships
 * a roster derives, comparisons) have none. Lookups are {@code findX} (an {@code Optional}) and
 * {@code getX} (a {@link dev.stackholder.core.NotFoundException}).
 */
@StackholderStyle
package dev.stackholder.membership;

import dev.stackholder.core.internal.StackholderStyle;
