package dev.stackholder.examples;

import dev.stackholder.analysis.NameSource;
import dev.stackholder.analysis.ReportKind;
import dev.stackholder.analysis.ReportLine;
import dev.stackholder.analysis.ValueJoin;
import dev.stackholder.analysis.ValueReport;
import dev.stackholder.analysis.ValueRow;
import dev.stackholder.analysis.ValueTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;

/**
 * Who pays and who builds? Folsom's employers ranked by changesets, joined with the OpenStack
 * Foundation's members on the release day: SINA's place, and the contributors that were not
 * members.
 */
public final class WhoPaysWhoBuilds {
  private WhoPaysWhoBuilds() {}

  /** Prints SINA's rank, share and membership in Folsom, then the listed non-members. */
  public static void main(String[] args) {
    ValueTable folsom =
        ValueJoin.builtIn()
            .join(
                Ranking.of(TieMode.COMPETITION)
                    .rank(GitdmReports.builtIn().table("folsom", "all", Metric.CHANGESETS)),
                NameSource.GITDM);
    ValueRow sina = folsom.getRow("SINA");
    System.out.println(
        "SINA: rank "
            + sina.rank()
            + ", "
            + sina.share()
            + "% of changesets, "
            + sina.status()
            + " on "
            + folsom.date());
    ValueReport nonMembers = folsom.report(ReportKind.NON_MEMBERS);
    for (ReportLine line : nonMembers.lines()) {
      System.out.println(
          line.label() + " " + line.share().orElseThrow() + "% " + line.status().orElseThrow());
    }
  }
}
