/**
 * The {@code stackholder} command-line program ({@link dev.stackholder.examples.StackholderCli}) and
 * small runnable examples of the library, kept in sync with the README by tests.
 */
package dev.stackholder.examples;
