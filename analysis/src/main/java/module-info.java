/**
 * Stackholder analysis: the questions that need both membership and contribution, such as who pays
 * and who builds in a release (members' dues against their share of the work, contributors without
 * membership, members without contribution, organizational diversity).
 */
module dev.stackholder.analysis {
  requires transitive dev.stackholder.core;
  requires transitive dev.stackholder.membership;
  requires transitive dev.stackholder.contribution;
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.stackholder.analysis;

  opens dev.stackholder.analysis to
      com.fasterxml.jackson.databind;
}
