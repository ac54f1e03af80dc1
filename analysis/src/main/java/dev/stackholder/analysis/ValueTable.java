package dev.stackholder.analysis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.membership.roster.TierCompleteness;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A release's ranking joined with the roster and the year's dues ({@link ValueJoin#join}): one
 * {@link ValueRow} per employer, best first, and every organization the roster shows as a member
 * (or last seen, status unknown) on the release day. It answers the named reports ({@link
 * #report(ReportKind)}).
 *
 * <p>A ranking may list only the top employers (gitdm's reports list twenty, covering 80 to 95% of
 * the work): what is not listed is the <em>unlisted</em> share, counted in every range. Computed by
 * {@link ValueJoin}; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValueTable.class)
@JsonDeserialize(as = ImmutableValueTable.class)
public abstract class ValueTable {
  private static final BigDecimal HUNDRED = new BigDecimal(100);
  private static final BigDecimal HALF = new BigDecimal(50);

  ValueTable() {}

  /** {@return the release, lower-case} */
  public abstract String release();

  /** {@return the project, or {@code all}} */
  public abstract String project();

  /** {@return what the values count} */
  public abstract Metric metric();

  /** {@return how the ranking numbered ties} */
  public abstract TieMode ties();

  /** {@return whose spelling the employer names are} */
  public abstract NameSource names();

  /** {@return the first day of the release's cycle, where the calendar has an earlier release} */
  public abstract Optional<LocalDate> cycleStart();

  /** {@return the release day: the day membership was asked about} */
  public abstract LocalDate date();

  /** {@return the calendar year whose dues are given} */
  public abstract int year();

  /** {@return the employers, best first} */
  public abstract ImmutableList<ValueRow> rows();

  /**
   * {@return every organization known to be a member on the release day (status member) and every
   * one last seen earlier (status unknown), with its tier and its dues for the year}
   */
  public abstract ImmutableList<ReportLine> members();

  /** {@return how complete the roster's answer is, per tier} */
  public abstract ImmutableList<TierCompleteness> completeness();

  /** {@return what the join was computed from, one line each} */
  public abstract ImmutableList<String> inputs();

  /**
   * The row of an employer, matched exactly as the source spells it.
   *
   * @param employer e.g. {@code "SINA"}
   * @return the row, or empty if the table does not list the employer
   */
  public Optional<ValueRow> findRow(String employer) {
    return rows().stream().filter(row -> row.employer().equals(employer)).findFirst();
  }

  /**
   * {@return the row of an employer, matched exactly as the source spells it}
   *
   * @param employer e.g. {@code "SINA"}
   * @throws NotFoundException (kind {@code "employer"}) naming the employer and those listed
   */
  public ValueRow getRow(String employer) {
    return findRow(employer)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "employer",
                    employer,
                    rows().stream()
                        .map(ValueRow::employer)
                        .collect(ImmutableList.toImmutableList())));
  }

  /**
   * {@return the share of the work the listed employers do, in percent: the sum of their shares}
   */
  public BigDecimal listedShare() {
    return rows().stream()
        .map(ValueRow::share)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .min(HUNDRED);
  }

  /** {@return the share of the work the table does not list (100 less {@link #listedShare()})} */
  public BigDecimal unlistedShare() {
    return HUNDRED.subtract(listedShare());
  }

  /**
   * {@return the named report}
   *
   * @param kind which report
   */
  public ValueReport report(ReportKind kind) {
    ImmutableValueReport.Builder report =
        ImmutableValueReport.builder()
            .report(kind)
            .release(release())
            .project(project())
            .metric(metric())
            .date(date())
            .inputs(inputs());
    List<ReportLine> lines = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    String certainty = certainty();
    switch (kind) {
      case NON_MEMBERS -> nonMembers(lines, summary);
      case NON_CONTRIBUTORS -> nonContributors(lines, summary);
      case DUES_PER_SHARE -> duesPerShare(lines, summary);
      case MEMBER_SHARE -> memberShare(lines, summary);
      case DIVERSITY -> diversity(lines, summary);
      default -> throw new AssertionError(kind);
    }
    return report.certainty(certainty).lines(lines).summary(summary).build();
  }

  private void nonMembers(List<ReportLine> lines, List<String> summary) {
    BigDecimal notMembers = BigDecimal.ZERO;
    BigDecimal unknown = BigDecimal.ZERO;
    int count = 0;
    for (ValueRow row : rows()) {
      if (row.value() == 0) {
        continue;
      }
      if (row.status() == MembershipStatus.NOT_A_MEMBER) {
        lines.add(employerLine(row).note("not a member on " + date()).build());
        notMembers = notMembers.add(row.share());
        count++;
      }
    }
    for (ValueRow row : rows()) {
      if (row.value() > 0
          && (row.status() == MembershipStatus.UNKNOWN
              || row.status() == MembershipStatus.PRESUMED)) {
        lines.add(
            employerLine(row)
                .note(
                    "status "
                        + row.status().id()
                        + ": last seen "
                        + row.lastSeen().map(LocalDate::toString).orElse("earlier")
                        + row.tier().map(t -> " in " + t.name()).orElse("")
                        + "; not counted as a non-member")
                .build());
        unknown = unknown.add(row.share());
      }
    }
    summary.add(
        count
            + " listed contributors were not members on "
            + date()
            + ", with "
            + notMembers.toPlainString()
            + "% of "
            + metric()
            + (unknown.signum() > 0
                ? "; "
                    + unknown.toPlainString()
                    + "% more is by organizations presumed members or of unknown status (last seen earlier)"
                : ""));
    summary.add(unmappedSummary());
  }

  private void nonContributors(List<ReportLine> lines, List<String> summary) {
    Set<String> contributing =
        rows().stream()
            .filter(row -> row.value() > 0)
            .flatMap(row -> row.organizationId().stream())
            .collect(Collectors.toSet());
    int known = 0;
    int unknown = 0;
    for (ReportLine member : members()) {
      if (member.organizationId().isPresent()
          && !contributing.contains(member.organizationId().get())) {
        String why =
            "not among the "
                + rows().size()
                + " listed employers (each unlisted one did at most "
                + smallestListed()
                + " "
                + metric()
                + ")";
        lines.add(
            ImmutableReportLine.builder()
                .from(member)
                .note(member.note().map(n -> n + "; ").orElse("") + why)
                .build());
        if (member.status().orElse(null) == MembershipStatus.MEMBER) {
          known++;
        } else {
          unknown++;
        }
      }
    }
    summary.add(
        known
            + " members on "
            + date()
            + " are not among the listed contributors"
            + (unknown > 0
                ? "; " + unknown + " more organizations presumed members or of unknown status"
                : ""));
  }

  private void duesPerShare(List<ReportLine> lines, List<String> summary) {
    Map<String, BigDecimal> shareByOrg = shareByOrganization(MembershipStatus.MEMBER);
    Map<String, Money[]> duesByTier = new LinkedHashMap<>();
    Map<String, BigDecimal> shareByTier = new LinkedHashMap<>();
    Map<String, Integer> membersByTier = new LinkedHashMap<>();
    for (ReportLine member : members()) {
      if (member.status().orElse(null) != MembershipStatus.MEMBER || member.tier().isEmpty()) {
        continue;
      }
      String tier = member.tier().get();
      membersByTier.merge(tier, 1, Integer::sum);
      shareByTier.merge(
          tier,
          shareByOrg.getOrDefault(member.organizationId().orElse(""), BigDecimal.ZERO),
          BigDecimal::add);
      if (member.amount().isPresent()) {
        Money[] add = {member.amount().get(), member.amountUpTo().orElse(member.amount().get())};
        duesByTier.merge(tier, add, (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])});
      }
    }
    for (Map.Entry<String, Integer> entry : membersByTier.entrySet()) {
      String tier = entry.getKey();
      BigDecimal share = shareByTier.getOrDefault(tier, BigDecimal.ZERO);
      Money[] dues = duesByTier.get(tier);
      ImmutableReportLine.Builder line =
          ImmutableReportLine.builder().label(tier).tier(tier).count(entry.getValue()).share(share);
      if (dues == null) {
        line.note("no dues figure for the tier in " + year());
      } else if (share.signum() == 0) {
        line.note(
            "dues "
                + dues[0]
                + (dues[1].equals(dues[0]) ? "" : " to " + dues[1])
                + " for no listed share of the work");
      } else {
        line.amount(dues[0].dividedBy(share, RoundingMode.HALF_UP));
        if (!dues[1].equals(dues[0])) {
          line.amountUpTo(dues[1].dividedBy(share, RoundingMode.HALF_UP));
        }
        line.note(
            "dues "
                + dues[0]
                + (dues[1].equals(dues[0]) ? "" : " to " + dues[1])
                + " over "
                + share.toPlainString()
                + "% of "
                + metric()
                + ": per percentage point, rounded to the cent half up");
      }
      lines.add(line.build());
    }
    summary.add(
        "dues of the members known on "
            + date()
            + " for "
            + year()
            + " per percentage point of "
            + metric()
            + " (members' shares from the listed employers only)");
  }

  private void memberShare(List<ReportLine> lines, List<String> summary) {
    Map<String, BigDecimal[]> byTier = new LinkedHashMap<>();
    BigDecimal notMembers = BigDecimal.ZERO;
    BigDecimal unmapped = BigDecimal.ZERO;
    for (ValueRow row : rows()) {
      switch (row.status()) {
        case MEMBER ->
            byTier
                    .computeIfAbsent(
                        row.tier().get().id(),
                        t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] =
                byTier.get(row.tier().get().id())[0].add(row.share());
        case UNKNOWN, PRESUMED ->
            byTier
                    .computeIfAbsent(
                        row.tier().get().id(),
                        t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1] =
                byTier.get(row.tier().get().id())[1].add(row.share());
        case NOT_A_MEMBER -> notMembers = notMembers.add(row.share());
        case UNMAPPED -> unmapped = unmapped.add(row.share());
        default -> throw new AssertionError(row.status());
      }
    }
    BigDecimal unlisted = unlistedShare();
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal most = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal[]> entry : byTier.entrySet()) {
      BigDecimal known = entry.getValue()[0];
      BigDecimal upTo = known.add(entry.getValue()[1]).add(unlisted);
      least = least.add(known);
      most = most.add(entry.getValue()[1]);
      lines.add(
          ImmutableReportLine.builder()
              .label(entry.getKey())
              .tier(entry.getKey())
              .share(known)
              .shareUpTo(upTo)
              .note(
                  known.toPlainString()
                      + "% by known members; up to "
                      + upTo.toPlainString()
                      + "% counting "
                      + entry.getValue()[1].toPlainString()
                      + "% presumed or of unknown status and the unlisted "
                      + unlisted.toPlainString()
                      + "%")
              .build());
    }
    lines.add(
        ImmutableReportLine.builder()
            .label("not a member")
            .status(MembershipStatus.NOT_A_MEMBER)
            .share(notMembers)
            .build());
    lines.add(
        ImmutableReportLine.builder()
            .label("unmapped names")
            .status(MembershipStatus.UNMAPPED)
            .share(unmapped)
            .build());
    lines.add(
        ImmutableReportLine.builder()
            .label("unlisted employers")
            .share(unlisted)
            .note(
                "the table lists "
                    + rows().size()
                    + " employers with "
                    + listedShare().toPlainString()
                    + "%")
            .build());
    summary.add(
        "members did "
            + least.toPlainString()
            + "% to "
            + least.add(most).add(unlisted).toPlainString()
            + "% of "
            + metric()
            + " (known members; with presumed and unknown statuses and unlisted employers)");
    summary.add(unmappedSummary());
  }

  private void diversity(List<ReportLine> lines, List<String> summary) {
    // Employers mapped to one organization are one organization; an unmapped name is kept apart
    // (it is no organization), and its work stays in the total.
    Map<String, BigDecimal> byOrg = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    BigDecimal unmapped = BigDecimal.ZERO;
    int unmappedNames = 0;
    for (ValueRow row : rows()) {
      if (row.organizationId().isPresent()) {
        byOrg.merge(row.organizationId().get(), row.share(), BigDecimal::add);
        labels.putIfAbsent(
            row.organizationId().get(), row.organizationName().orElse(row.employer()));
      } else {
        unmapped = unmapped.add(row.share());
        unmappedNames++;
      }
    }
    List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(byOrg.entrySet());
    sorted.sort((a, b) -> b.getValue().compareTo(a.getValue()));
    BigDecimal sum = BigDecimal.ZERO;
    int elephant = 0;
    for (Map.Entry<String, BigDecimal> entry : sorted) {
      boolean counted = sum.compareTo(HALF) < 0;
      if (counted) {
        sum = sum.add(entry.getValue());
        elephant++;
      }
      lines.add(
          ImmutableReportLine.builder()
              .label(labels.get(entry.getKey()))
              .organizationId(entry.getKey())
              .share(entry.getValue())
              .note(counted ? "among the fewest organizations making 50%" : "")
              .build());
    }
    boolean reached = sum.compareTo(HALF) >= 0;
    lines.add(
        ImmutableReportLine.builder()
            .label("elephant factor")
            .count(elephant)
            .share(sum)
            .note(
                reached
                    ? "the fewest organizations that together make at least 50% of " + metric()
                    : "the listed organizations make only "
                        + sum.toPlainString()
                        + "%: the factor is at least "
                        + elephant)
            .build());
    lines.add(
        ImmutableReportLine.builder()
            .label("organizations")
            .count(byOrg.size())
            .note(
                "distinct organizations among the "
                    + rows().size()
                    + " listed employers; the source found more (its"
                    + " unlisted employers: "
                    + unlistedShare().toPlainString()
                    + "% of the work)")
            .build());
    summary.add(
        "Elephant Factor "
            + (reached ? "" : "at least ")
            + elephant
            + ": "
            + sum.toPlainString()
            + "% of "
            + metric()
            + "; "
            + byOrg.size()
            + " listed organizations, "
            + unmappedNames
            + " unmapped names with "
            + unmapped.toPlainString()
            + "%");
  }

  private Map<String, BigDecimal> shareByOrganization(MembershipStatus status) {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (ValueRow row : rows()) {
      if (row.status() == status && row.organizationId().isPresent()) {
        shares.merge(row.organizationId().get(), row.share(), BigDecimal::add);
      }
    }
    return shares;
  }

  private ImmutableReportLine.Builder employerLine(ValueRow row) {
    ImmutableReportLine.Builder line =
        ImmutableReportLine.builder()
            .label(row.employer())
            .rank(row.rank())
            .organizationId(row.organizationId())
            .status(row.status())
            .value(row.value())
            .share(row.share());
    row.tier().ifPresent(t -> line.tier(t.id()));
    return line;
  }

  private long smallestListed() {
    return rows().isEmpty() ? 0 : rows().get(rows().size() - 1).value();
  }

  private String unmappedSummary() {
    List<ValueRow> unmapped =
        rows().stream().filter(row -> row.status() == MembershipStatus.UNMAPPED).toList();
    BigDecimal share =
        unmapped.stream().map(ValueRow::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    return unmapped.size()
        + " unmapped names with "
        + share.toPlainString()
        + "% of "
        + metric()
        + (unmapped.isEmpty()
            ? ""
            : ": " + unmapped.stream().map(ValueRow::employer).collect(Collectors.joining(", ")));
  }

  /** The roster's completeness per tier and the table's coverage, in words. */
  private String certainty() {
    StringBuilder text = new StringBuilder("membership on ").append(date()).append(": ");
    if (completeness().isEmpty()) {
      text.append("the roster shows no organization in any tier on or before that day");
    }
    text.append(
        completeness().stream()
            .map(
                c ->
                    c.tier().name()
                        + " "
                        + c.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " ("
                        + c.known()
                        + " known, "
                        + c.presumed()
                        + " presumed, "
                        + c.unknown()
                        + " unknown"
                        + c.completeListBefore().map(d -> ", complete list " + d).orElse("")
                        + ")")
            .collect(Collectors.joining("; ")));
    text.append(
            ". \"not-a-member\" means no source shows the organization in any tier that day; it is certain for"
                + " the tiers whose list is complete and open for the others. The table lists ")
        .append(rows().size())
        .append(" employers with ")
        .append(listedShare().toPlainString())
        .append("% of ")
        .append(metric())
        .append("; ")
        .append(unlistedShare().toPlainString())
        .append("% is by employers it does not list.");
    return text.toString();
  }
}
