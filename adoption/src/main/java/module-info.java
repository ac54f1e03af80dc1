/**
 * Stackholder adoption: case studies and their outcomes, users by sector, user groups and community
 * events.
 */
module dev.stackholder.adoption {
  requires transitive dev.stackholder.core;
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.stackholder.adoption;
  exports dev.stackholder.adoption.community;

  opens dev.stackholder.adoption to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.adoption.community to
      com.fasterxml.jackson.databind;
}
