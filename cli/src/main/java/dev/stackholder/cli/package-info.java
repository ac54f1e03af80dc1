/**
 * The {@code stackholder} program ({@link dev.stackholder.cli.StackholderCli}): one picocli class per
 * command, over the built-in data of the Stackholder libraries.
 */
package dev.stackholder.cli;
