/**
 * Board composition: the directors each class elects or appoints under the rules in force, the
 * Director Limit's January-1 lag, and the {@link dev.stackholder.membership.board.BoardYear seats
 * per board year} with their sources.
 *
 * <p>Every type here is immutable and thread-safe.
 */
@StackholderStyle
package dev.stackholder.membership.board;

import dev.stackholder.core.internal.StackholderStyle;
