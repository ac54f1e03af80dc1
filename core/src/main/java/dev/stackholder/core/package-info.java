/**
 * The vocabulary every Stackholder module shares: {@link dev.stackholder.core.Organization}, {@link
 * dev.stackholder.core.Sector}, {@link dev.stackholder.core.Source} (where a fact comes from),
 * {@link dev.stackholder.core.ExchangeRate exchange rates}, {@link dev.stackholder.core.MoneyText
 * money as text}, and the unchecked exceptions under {@link
 * dev.stackholder.core.StackholderException}: {@link dev.stackholder.core.InvalidDataException} for
 * data that is wrong, {@link dev.stackholder.core.NotFoundException} for an unknown id, {@link
 * dev.stackholder.core.MissingDeclarationException} for a figure the caller did not declare and
 * {@link dev.stackholder.core.MissingExchangeRateException}.
 *
 * <p>Lookups follow one convention across Stackholder: {@code findX(id)} returns an {@link
 * java.util.Optional}, {@code getX(id)} throws {@code NotFoundException}. Value types are built
 * through {@code X.of(...)} or {@code X.builder()} on the abstract type.
 *
 * <p>Nothing in this package returns {@code null}; absent values are {@link java.util.Optional}.
 */
package dev.stackholder.core;
