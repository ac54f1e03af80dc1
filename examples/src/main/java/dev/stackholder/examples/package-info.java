/**
 * Small runnable programs a library user copies from, each checked by a test that runs it and
 * compares its output, the README's snippets among them.
 */
package dev.stackholder.examples;
