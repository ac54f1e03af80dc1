package dev.stackholder.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.core.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The join and its reports on the bundled gitdm tables (whole release, changesets) and the built-in
 * roster. Every expected figure is worked out by hand in the comments from
 * /work/shared/data/gitdm/RELEASE/git-stats.txt ("Top changeset contributors by employer") and the
 * membership evidence (complete Platinum and Gold lists of 2012-09-09, Platinum of 2013-02-17).
 */
class ValueJoinTest {
  private static ValueTable table(String release) {
    return ValueJoin.builtIn()
        .join(
            Ranking.of(TieMode.COMPETITION)
                .rank(GitdmReports.builtIn().table(release, "all", Metric.CHANGESETS)),
            NameSource.GITDM);
  }

  private static List<String> labels(ValueReport report, MembershipStatus status) {
    return report.lines().stream()
        .filter(l -> l.status().orElse(null) == status)
        .map(ReportLine::label)
        .toList();
  }

  private static ReportLine line(ValueReport report, String label) {
    return report.lines().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void folsomSinaIsFourthAndNotAMember() {
    // folsom/git-stats.txt: "SINA 147 (4.7%)", fourth after Rackspace 806, Red Hat 688, Nebula 266.
    // The complete Platinum and Gold lists of 2012-09-09 (18 days before the release day
    // 2012-09-27)
    // do not name SINA, and no other row of the evidence does.
    ValueTable folsom = table("folsom");
    ValueRow sina = folsom.getRow("SINA");
    assertThat(folsom.date()).isEqualTo(LocalDate.of(2012, 9, 27));
    assertThat(sina.rank()).isEqualTo(4);
    assertThat(sina.value()).isEqualTo(147);
    assertThat(sina.share()).isEqualByComparingTo("4.7");
    assertThat(sina.status()).isEqualTo(MembershipStatus.NOT_A_MEMBER);
    assertThat(sina.dues()).isEmpty();
  }

  @Test
  void folsomNiciraIsVmwareAfterTheAcquisitionAndVmwareIsGold() {
    // VMware completed the purchase on 2012-08-24 (its 10-K); VMware joined Gold on 2012-09-07.
    ValueRow nicira = table("folsom").getRow("Nicira");
    assertThat(nicira.organizationId()).contains("vmware");
    assertThat(nicira.status()).isEqualTo(MembershipStatus.MEMBER);
    assertThat(nicira.tier().get().id()).isEqualTo("gold");
    // Essex's release day 2012-04-05 is before the acquisition: Nicira was its own company.
    assertThat(table("essex").getRow("Nicira").organizationId()).contains("nicira");
  }

  @Test
  void folsomNonMembers() {
    // Listed, mapped, in no tier on 2012-09-27: SINA 4.7, SolidFire 1.4, NTT 1.4, SwiftStack 1.0,
    // Everbread 0.9, Internap 0.7, Citrix 0.7 = 10.8%. Cloudscaling (3.3%) was last seen in the
    // Gold
    // list of 2012-09-09, 18 days before, within Gold's one-year presumption: presumed, listed
    // apart,
    // never as a non-member.
    ValueReport report = table("folsom").report(ReportKind.NON_MEMBERS);
    assertThat(labels(report, MembershipStatus.NOT_A_MEMBER))
        .containsExactly(
            "SINA", "SolidFire", "NTT", "SwiftStack", "Everbread", "Internap", "Citrix");
    assertThat(labels(report, MembershipStatus.PRESUMED)).containsExactly("Cloudscaling");
    assertThat(labels(report, MembershipStatus.UNKNOWN)).isEmpty();
    assertThat(report.summary().get(0))
        .contains("7 listed contributors")
        .contains("10.8%")
        .contains("3.3%");
    assertThat(report.certainty()).contains("Platinum").contains("complete list 2012-09-09");
  }

  @Test
  void folsomNonContributors() {
    // Gold on 2012-09-09: ccat, cisco, clearpath, cloudscaling, dell, dreamhost, intel, mirantis,
    // morphlabs, nec, netapp, piston, vmware, yahoo. Listed in Folsom's table: Cloudscaling, Intel,
    // DreamHost, NEC and VMware (as Nicira). Known members left: Cisco, Dell, Mirantis, NetApp,
    // Yahoo;
    // every Platinum member is listed.
    ValueReport report = table("folsom").report(ReportKind.NON_CONTRIBUTORS);
    assertThat(
            report.lines().stream()
                .filter(l -> l.status().orElse(null) == MembershipStatus.MEMBER)
                .map(l -> l.organizationId().get())
                .toList())
        .containsExactlyInAnyOrder("cisco", "dell", "mirantis", "netapp", "yahoo");
  }

  @Test
  void folsomMemberShareAndDuesPerShare() {
    // Platinum, known: Rackspace 25.9 + Red Hat 22.1 + Nebula 8.6 + Canonical 3.7 + IBM 3.5 + HP
    // 2.8
    // + AT&T 1.9 + SUSE 1.7 = 70.2%. Gold, known: Nicira/VMware 2.7 + Intel 1.3 + DreamHost 1.1
    // + NEC 0.7 = 5.8%; presumed Cloudscaling 3.3. Listed 90.1% (sum of the 20 shares), unlisted
    // 9.9.
    ValueTable folsom = table("folsom");
    assertThat(folsom.unlistedShare()).isEqualByComparingTo("9.9");
    ValueReport share = folsom.report(ReportKind.MEMBER_SHARE);
    assertThat(line(share, "platinum").share()).contains(new BigDecimal("70.2"));
    assertThat(line(share, "platinum").shareUpTo()).contains(new BigDecimal("80.1")); // 70.2 + 9.9
    assertThat(line(share, "gold").share()).contains(new BigDecimal("5.8"));
    assertThat(line(share, "gold").shareUpTo()).contains(new BigDecimal("19.0")); // 5.8 + 3.3 + 9.9
    // Eight Platinum members at USD 500,000 (2012 bylaws): 4,000,000 / 70.2 = 56,980.0569... ->
    // 56,980.06.
    ValueReport dues = folsom.report(ReportKind.DUES_PER_SHARE);
    assertThat(line(dues, "platinum").count()).contains(8);
    assertThat(line(dues, "platinum").amount()).contains(Money.parse("USD 56980.06"));
  }

  @Test
  void elephantFactorPerRelease() {
    // Essex: Rackspace 55.2 >= 50 -> 1. Folsom: 25.9 + 22.1 = 48.0, + Nebula 8.6 = 56.6 -> 3.
    // Grizzly: Red Hat 18.1 + Rackspace 14.9 + IBM 14.2 = 47.2, + HP 6.1 = 53.3 -> 4.
    assertThat(line(table("essex").report(ReportKind.DIVERSITY), "elephant factor").count())
        .contains(1);
    assertThat(line(table("folsom").report(ReportKind.DIVERSITY), "elephant factor").count())
        .contains(3);
    ReportLine grizzly = line(table("grizzly").report(ReportKind.DIVERSITY), "elephant factor");
    assertThat(grizzly.count()).contains(4);
    assertThat(grizzly.share()).contains(new BigDecimal("53.3"));
    // Folsom lists 20 employers, each a distinct organization; Grizzly 20, one an address.
    assertThat(line(table("folsom").report(ReportKind.DIVERSITY), "organizations").count())
        .contains(20);
    assertThat(line(table("grizzly").report(ReportKind.DIVERSITY), "organizations").count())
        .contains(19);
  }

  @Test
  void essexPrecedesTheFoundationAndGrizzlyHasPresumedPlatinumMembers() {
    // Essex shipped 2012-04-05: the April 2012 lists are declared intent (month precision), so
    // nobody
    // is a known member; the three addresses are unmapped: 0.6 + 0.4 + 0.4 = 1.4%.
    ValueReport essex = table("essex").report(ReportKind.NON_MEMBERS);
    assertThat(labels(essex, MembershipStatus.NOT_A_MEMBER))
        .hasSize(17)
        .contains("Rackspace", "SINA");
    assertThat(essex.summary().get(1)).startsWith("3 unmapped names with 1.4%");
    // Grizzly (2013-04-04): the Platinum list of 2013-02-17 is the last complete one; Rackspace,
    // IBM,
    // Nebula and Canonical have no later sighting: 46 days later, within Platinum's three-year
    // presumption, they are presumed, never non-members.
    ValueTable grizzly = table("grizzly");
    assertThat(grizzly.getRow("Rackspace").status()).isEqualTo(MembershipStatus.PRESUMED);
    assertThat(grizzly.getRow("Rackspace").lastSeen()).contains(LocalDate.of(2013, 2, 17));
    assertThat(labels(grizzly.report(ReportKind.NON_MEMBERS), MembershipStatus.NOT_A_MEMBER))
        .containsExactly(
            "SwiftStack", "SolidFire", "NTT", "Citrix", "Metacloud", "University of Melbourne");
  }

  @Test
  void mappingListsWhatItCannotMap() {
    EmployerMapping mapping = EmployerMapping.builtIn();
    LocalDate day = LocalDate.of(2012, 9, 27);
    assertThat(mapping.match(NameSource.GITDM, "rnirmal@gmail.com", day).isMapped()).isFalse();
    assertThat(mapping.match(NameSource.GITDM, "OpenStack Foundation", day).reason())
        .startsWith("unmappable");
    assertThat(mapping.match(NameSource.GITDM, "Nowhere Inc", day).reason())
        .contains("does not list");
    assertThat(mapping.match(NameSource.GITDM, "HP", LocalDate.of(2015, 11, 1)).organizationId())
        .contains("hpe");
    assertThat(mapping.match(NameSource.GITDM, "HP", LocalDate.of(2015, 10, 31)).organizationId())
        .contains("hp");
    assertThat(
            mapping.match(NameSource.GITDM, "eNovance", LocalDate.of(2014, 6, 24)).organizationId())
        .contains("red-hat");
    assertThat(mapping.match(NameSource.STACKALYTICS, "T-Systems", day).isMapped()).isFalse();
  }

  @Test
  void everyGitdmEmployerNameIsMappedOrRecognisedAsAnAddress() {
    // Every employer of every bundled report: a listed name, or an address gitdm could not
    // attribute.
    EmployerMapping mapping = EmployerMapping.builtIn();
    GitdmReports.builtIn()
        .reports()
        .forEach(
            report ->
                report.tables().stream()
                    .filter(
                        t ->
                            t.subject()
                                == dev.stackholder.contribution.gitdm.GitdmTable.Subject.EMPLOYER)
                    .forEach(
                        t ->
                            t.rows()
                                .forEach(
                                    row -> {
                                      EmployerMatch match =
                                          mapping.match(
                                              NameSource.GITDM,
                                              row.name(),
                                              LocalDate.of(2013, 1, 1));
                                      assertThat(match.reason())
                                          .as(row.name())
                                          .doesNotContain("does not list");
                                    })));
  }

  @Test
  void userFileOverridesAndBadRowsNameTheLine() {
    String csv =
        String.join(",", EmployerMapping.COLUMNS)
            + "\n"
            + "gitdm,SINA,sina-corp,Sina Corporation,,,user,https://example.org/sina,Our notes,,,\n";
    EmployerMapping mine =
        EmployerMapping.builtIn()
            .withOverrides(
                EmployerMapping.read(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "mine.csv"));
    assertThat(mine.match(NameSource.GITDM, "SINA", LocalDate.of(2012, 9, 27)).organizationId())
        .contains("sina-corp");
    String bad =
        String.join(",", EmployerMapping.COLUMNS)
            + "\n"
            + "gitdm,SINA,Not A Slug,,,,user,https://example.org,t,,,\n";
    assertThatThrownBy(
            () ->
                EmployerMapping.read(
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.csv"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Not A Slug");
  }
}
