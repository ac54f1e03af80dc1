/**
 * Who is a member, and how sure that is: dated evidence ({@link
 * dev.stackholder.membership.roster.Observation observations} with their sources), rosters built
 * from evidence or from a script of {@link dev.stackholder.membership.roster.RosterEvent events},
 * and the {@link dev.stackholder.membership.roster.RosterAnswer answers} they give for a date, each
 * member with its certainty.
 *
 * <p>Every type here is immutable and thread-safe; no roster reads the clock.
 */
@StackholderStyle
package dev.stackholder.membership.roster;

import dev.stackholder.core.internal.StackholderStyle;
