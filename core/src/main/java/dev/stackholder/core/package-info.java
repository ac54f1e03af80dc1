/**
 * The vocabulary every Stackholder module shares: {@link dev.stackholder.core.Organization},
 * {@link dev.stackholder.core.Sector}, {@link dev.stackholder.core.Source} (where a fact comes from),
 * {@link dev.stackholder.core.ExchangeRates}, the shared Immutables style
 * {@link dev.stackholder.core.StackholderStyle} and the unchecked exceptions under
 * {@link dev.stackholder.core.StackholderException}.
 *
 * <p>Nothing in this package returns {@code null}; absent values are {@link java.util.Optional}.
 */
package dev.stackholder.core;
