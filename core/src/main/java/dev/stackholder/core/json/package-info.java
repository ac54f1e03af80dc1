/**
 * Reading and writing Stackholder data as JSON: {@link dev.stackholder.core.json.StackholderJson}
 * holds the one configured {@code ObjectMapper} and strict readers that turn every failure into an
 * {@link dev.stackholder.core.InvalidDataException} naming the JSON path (and the file); {@link
 * dev.stackholder.core.json.StackholderModule} is the same set-up for a mapper of your own.
 */
package dev.stackholder.core.json;
