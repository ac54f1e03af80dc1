/**
 * The {@code stackholder} program ({@link dev.stackholder.cli.StackholderCli}): one picocli class
 * per command, over the built-in data of the Stackholder libraries. Shared options are mixins
 * ({@code DateOption} for {@code --on DATE}, {@code PeriodOptions} for {@code --from/--to}, {@code
 * FormatOptions} for {@code --format table|json|csv} and its alias {@code --json}, {@code
 * WideOption} for the table width, {@code FoundationOption}, {@code OrganizationOptions} for {@code
 * --revenue AMOUNT}, {@code --employees}, {@code --kind} and {@code --rate}); converters are
 * registered once (dates and years kept to 1000-9999) and every failure goes through {@code
 * ExitCodes}, the one exit-code policy. Each command's JSON output has a schema ({@code
 * CliSchemas}, printed by {@code stackholder schema COMMAND}).
 */
package dev.stackholder.cli;
