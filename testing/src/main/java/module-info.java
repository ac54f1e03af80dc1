/**
 * Stackholder testing: QuickTheories generators of the libraries' public types, for property tests
 * of code that uses Stackholder. Add {@code dev.stackholder:stackholder-testing} with test scope.
 */
module dev.stackholder.testing {
  requires transitive dev.stackholder.core;
  requires transitive dev.stackholder.membership;
  requires transitive dev.stackholder.contribution;
  // QuickTheories 0.26 has no module descriptor: its automatic module takes the jar's name.
  requires transitive quicktheories;
  // For javadoc only: the annotations of the Immutables style the other modules are compiled with.
  requires static org.immutables.value;

  exports dev.stackholder.testing;
}
