/**
 * Stackholder adoption: case studies and their outcomes, users by sector, user groups and community
 * events, and contribution statistics and rankings read from real OpenStack data.
 */
module dev.stackholder.adoption {
  requires transitive dev.stackholder.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.stackholder.adoption;
  exports dev.stackholder.adoption.community;
  exports dev.stackholder.adoption.contribution;

  opens dev.stackholder.adoption to com.fasterxml.jackson.databind;
  opens dev.stackholder.adoption.community to com.fasterxml.jackson.databind;
  opens dev.stackholder.adoption.contribution to com.fasterxml.jackson.databind;
}
