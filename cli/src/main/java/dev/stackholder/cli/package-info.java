/**
 * The {@code stackholder} program ({@link dev.stackholder.cli.StackholderCli}): one picocli class per
 * command, over the built-in data of the Stackholder libraries. Shared options are mixins
 * ({@code DateOption}, {@code FormatOptions}, {@code JsonOption}, {@code FoundationOption}); converters
 * are registered once and every failure goes through {@code ExitCodes}, the one exit-code policy.
 */
package dev.stackholder.cli;
