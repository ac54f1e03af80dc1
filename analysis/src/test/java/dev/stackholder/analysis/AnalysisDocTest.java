package dev.stackholder.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code docs/analysis.md}, the Folsom answer to the seed's question about SINA, from the
 * real library on the bundled data, so the page says what the program computes. The assertions hold
 * the figures worked out by hand (folsom/git-stats.txt: SINA 147 changesets, 4.7%, fourth; the
 * complete Platinum and Gold lists of 2012-09-09 do not name it).
 */
class AnalysisDocTest {
  private static final Path DOC = Path.of("..", "docs", "analysis.md");

  @Test
  void writesTheFolsomAnswerForSina() throws Exception {
    ValueJoin join = ValueJoin.builtIn();
    ValueTable changesets =
        join.joinGitdm(
            GitdmReports.builtIn(), "folsom", "all", Metric.CHANGESETS, TieMode.COMPETITION);
    ValueTable lines =
        join.joinGitdm(
            GitdmReports.builtIn(), "folsom", "all", Metric.LINES_CHANGED, TieMode.COMPETITION);
    ValueRow sina = changesets.getRow("SINA");
    ValueRow sinaLines = lines.getRow("SINA");
    ValueReport nonMembers = changesets.report(ReportKind.NON_MEMBERS);
    StringBuilder md = new StringBuilder();
    md.append("# Who pays and who builds: Folsom and SINA\n\n");
    md.append(
        "Written by `AnalysisDocTest` (module `analysis`) from the library and its bundled data; do not edit"
            + " by hand. The same answer comes from `stackholder value --release folsom --report non-members`.\n\n");
    md.append("## The seed's question\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "In Folsom (released %s; cycle from %s) SINA was **%s of all employers by"
                + " changesets** (%d, %s%% of the release) and %s by lines changed (%d, %s%%), in gitdm's published"
                + " report.%n%n",
            changesets.date(),
            changesets.cycleStart().get(),
            ordinal(sina.rank()),
            sina.value(),
            sina.share().toPlainString(),
            ordinal(sinaLines.rank()),
            sinaLines.value(),
            sinaLines.share().toPlainString()));
    md.append(
        String.format(
            Locale.ROOT,
            "Its membership on the release day: **%s**. Certainty: %s%n%n",
            sina.status().id(),
            nonMembers.certainty()));
    md.append(
        "So SINA was not a Platinum or Gold member: both lists were complete 18 days before the release and"
            + " do not name it, and no later source shows it in any tier. Whether it held a lower tier (Corporate"
            + " Sponsor, Supporting Organization) no complete list says.\n\n");
    md.append("## Contributors without membership, Folsom, changesets\n\n");
    md.append("| rank | employer | share | status |\n|---:|---|---:|---|\n");
    for (ReportLine line : nonMembers.lines()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s%% | %s |%n",
              line.rank().orElse(0),
              line.label(),
              line.share().get().toPlainString(),
              line.status().get().id()));
    }
    md.append("\n");
    nonMembers.summary().forEach(s -> md.append("- ").append(s).append("\n"));
    md.append("\n## Release over release (changesets)\n\n");
    md.append(
        "| release | release day | members' share | not members | Elephant Factor |\n|---|---|---|---|---|\n");
    for (String release : List.of("essex", "folsom", "grizzly")) {
      ValueTable table =
          join.joinGitdm(
              GitdmReports.builtIn(), release, "all", Metric.CHANGESETS, TieMode.COMPETITION);
      ValueReport share = table.report(ReportKind.MEMBER_SHARE);
      ValueReport diversity = table.report(ReportKind.DIVERSITY);
      String notMembers =
          share.lines().stream()
              .filter(l -> l.label().equals("not a member"))
              .findFirst()
              .flatMap(ReportLine::share)
              .map(s -> s.toPlainString() + "%")
              .orElse("");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s |%n",
              release,
              table.date(),
              share.summary().get(0),
              notMembers,
              diversity.summary().get(0)));
    }
    md.append(
        "\nEssex shipped before the foundation had members: the April 2012 lists record declared intent"
            + " (month precision), so the roster shows nobody in a tier that day.\n");
    String text = md.toString();
    Files.writeString(DOC, text, StandardCharsets.UTF_8);

    assertThat(sina.rank()).isEqualTo(4);
    assertThat(sina.value()).isEqualTo(147);
    assertThat(sina.status()).isEqualTo(MembershipStatus.NOT_A_MEMBER);
    // folsom/git-stats.txt, lines changed by employer: SINA 11787 (2.5%), ninth in gitdm's list and
    // eighth once the automated account jenkins@openstack.org (fifth, 33157) is left out.
    assertThat(sinaLines.value()).isEqualTo(11787);
    assertThat(sinaLines.rank()).isEqualTo(8);
    assertThat(text)
        .contains(
            "**4th of all employers by changesets** (147, 4.7% of the release)",
            "complete list 2012-09-09");
  }

  private static String ordinal(int rank) {
    String suffix =
        rank % 100 >= 11 && rank % 100 <= 13
            ? "th"
            : rank % 10 == 1 ? "st" : rank % 10 == 2 ? "nd" : rank % 10 == 3 ? "rd" : "th";
    return rank + suffix;
  }
}
