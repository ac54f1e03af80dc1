package dev.stackholder.examples;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;

/**
 * Which companies wrote a release? Employers of one OpenStack project ranked by changesets, from
 * gitdm's published reports bundled with the contribution library.
 */
public final class RankARelease {
  private RankARelease() {}

  /** Prints the top five employers of Folsom's Keystone by changesets, and SINA's rank. */
  public static void main(String[] args) {
    // README:start
    RankedTable keystone =
        Ranking.of(TieMode.COMPETITION)
            .rank(GitdmReports.builtIn().table("folsom", "keystone", Metric.CHANGESETS));
    for (RankedRow row : keystone.rows().subList(0, 5)) {
      System.out.println(
          row.rank() + ". " + row.employer() + ": " + row.value() + " (" + row.share() + "%)");
    }
    System.out.println("SINA: " + keystone.getRow("SINA").rank());
    // README:end
  }
}
