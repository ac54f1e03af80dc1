package dev.stackholder.examples;

import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.Roster;
import java.time.LocalDate;

/**
 * Who was a member on a date, and how many directors each class elected: the built-in OpenStack
 * roster, every admission with its source.
 */
public final class RosterOnADate {
  private RosterOnADate() {}

  /** Prints the Platinum members on 1 January 2013 and the board's seats that day. */
  public static void main(String[] args) {
    // README:start
    Roster roster = OpenStackFoundation.roster();
    LocalDate date = LocalDate.of(2013, 1, 1);
    for (Membership member : roster.membersOn(date)) {
      if (member.tier().equals(OpenStackFoundation.PLATINUM)) {
        System.out.println(member.organization().name() + " since " + member.from());
      }
    }
    System.out.println(
        roster.countsOn(date).get(OpenStackFoundation.PLATINUM) + " Platinum members");
    System.out.println(roster.boardOn(date).directorsByClass());
    // README:end
  }
}
