/**
 * Stackholder membership: tiers, dues rules and schedules, the dues calculator, foundations and their
 * bylaws rule sets (the OpenStack Foundation's built in), members, rosters with tier limits, and board
 * composition.
 */
module dev.stackholder.membership {
  requires transitive dev.stackholder.core;
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.stackholder.membership;

  opens dev.stackholder.membership to com.fasterxml.jackson.databind;
}
