/**
 * Stackholder membership: tiers, dues rules and schedules, the dues calculator, foundations and
 * their bylaws rule sets (the OpenStack Foundation's built in), members, rosters with tier limits,
 * and board composition.
 */
module dev.stackholder.membership {
  requires transitive dev.stackholder.core;
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.stackholder.membership;
  exports dev.stackholder.membership.roster;
  exports dev.stackholder.membership.board;
  exports dev.stackholder.membership.income;
  exports dev.stackholder.membership.compare;

  opens dev.stackholder.membership to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.membership.roster to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.membership.board to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.membership.income to
      com.fasterxml.jackson.databind;
  opens dev.stackholder.membership.compare to
      com.fasterxml.jackson.databind;
}
