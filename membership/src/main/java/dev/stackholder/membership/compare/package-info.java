/**
 * The cross-foundation comparison: what every tier of every built-in foundation would cost one
 * organization ({@link dev.stackholder.membership.compare.FeeComparison}).
 *
 * <p>Every type here is immutable and thread-safe.
 */
@StackholderStyle
package dev.stackholder.membership.compare;

import dev.stackholder.core.internal.StackholderStyle;
