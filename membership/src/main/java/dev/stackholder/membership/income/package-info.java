/**
 * Dues income: what a foundation's members owed in a year under the rules in force ({@link
 * dev.stackholder.membership.income.IncomeReport}), a range wherever a member's revenue is
 * undeclared.
 *
 * <p>Every type here is immutable and thread-safe.
 */
@StackholderStyle
package dev.stackholder.membership.income;

import dev.stackholder.core.internal.StackholderStyle;
