/**
 * What Stackholder's own modules share but users should not build on: the Immutables style, the id
 * rules, the enum id helper, the built-in resource loader and the translation of parser failures
 * into {@link dev.stackholder.core.InvalidDataException}. Exported only to Stackholder's modules;
 * it may change in any release.
 */
package dev.stackholder.core.internal;
