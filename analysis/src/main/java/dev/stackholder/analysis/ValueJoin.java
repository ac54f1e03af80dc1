package dev.stackholder.analysis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.ReleaseCalendar;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.contribution.gitdm.GitdmReports;
import dev.stackholder.contribution.releases.ReleaseRanges;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesRule;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.income.IncomeLine;
import dev.stackholder.membership.income.IncomeReport;
import dev.stackholder.membership.roster.Certainty;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterAnswer;
import dev.stackholder.membership.roster.Standing;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Joins a release's contribution ranking with a foundation's roster and dues: who builds against
 * who pays. For each employer of a {@link RankedTable}: the organization its name maps to on the
 * release day ({@link EmployerMapping}), its membership that day with the roster's certainty
 * ({@link Roster#answerOn}), and its dues for the release day's calendar year as {@link
 * IncomeReport#forYearDeclared} computes them (a range where revenue is undeclared).
 *
 * <pre>{@code
 * RankedTable folsom = Ranking.of(TieMode.COMPETITION).rank(
 *     GitdmReports.builtIn().table("folsom", "all", Metric.CHANGESETS));
 * ValueTable table = ValueJoin.builtIn().join(folsom, NameSource.GITDM);
 * table.getRow("SINA").status();                       // NOT_A_MEMBER
 * ValueReport report = table.report(ReportKind.NON_MEMBERS);
 * }</pre>
 *
 * <p>The release day is the series' initial release in the calendar (OpenStack's {@code
 * series_status.yaml} for the built-in one); the cycle runs from the previous series' release.
 * Membership is asked about on the release day. Pure: no clock, no I/O after set-up. Immutable and
 * thread-safe.
 */
public final class ValueJoin {
  private static final Supplier<ReleaseCalendar> OPENSTACK_RELEASES =
      Suppliers.memoize(() -> ReleaseCalendar.ofSeries(ReleaseRanges.builtIn().series()));

  private final Roster roster;
  private final EmployerMapping mapping;
  private final ReleaseCalendar calendar;
  private final ImmutableMap<String, Declaration> declarations;
  private final ExchangeRates rates;

  private ValueJoin(
      Roster roster,
      EmployerMapping mapping,
      ReleaseCalendar calendar,
      ImmutableMap<String, Declaration> declarations,
      ExchangeRates rates) {
    this.roster = Objects.requireNonNull(roster, "roster");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.declarations = declarations;
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  /**
   * {@return a join with the built-in OpenStack roster, the built-in employer mapping and
   * OpenStack's release calendar; nobody's revenue declared}
   */
  public static ValueJoin builtIn() {
    return of(OpenStackFoundation.roster(), EmployerMapping.builtIn(), openStackReleases());
  }

  /**
   * {@return a join of the caller's roster, mapping and calendar; nobody's revenue declared}
   *
   * @param roster the foundation's membership over time
   * @param mapping employer names to organization ids
   * @param calendar the releases and their days
   */
  public static ValueJoin of(Roster roster, EmployerMapping mapping, ReleaseCalendar calendar) {
    return new ValueJoin(roster, mapping, calendar, ImmutableMap.of(), ExchangeRates.empty());
  }

  /**
   * {@return OpenStack's release calendar, from the copy of openstack/releases' {@code
   * series_status.yaml} this module ships (commit 02df7c9a3cc3, 2026-08-21)}
   */
  public static ReleaseCalendar openStackReleases() {
    return OPENSTACK_RELEASES.get();
  }

  /**
   * {@return this join with what members declared (revenue, employees), so their dues narrow from a
   * range to an amount}
   *
   * @param declarations keyed by organization id
   * @param rates rates from declared currencies to the dues' currency
   */
  public ValueJoin withDeclarations(Map<String, Declaration> declarations, ExchangeRates rates) {
    return new ValueJoin(roster, mapping, calendar, ImmutableMap.copyOf(declarations), rates);
  }

  /**
   * {@return this join with another employer mapping}
   *
   * @param mapping the mapping to use
   */
  public ValueJoin withMapping(EmployerMapping mapping) {
    return new ValueJoin(roster, mapping, calendar, declarations, rates);
  }

  /** {@return the employer mapping used} */
  public EmployerMapping mapping() {
    return mapping;
  }

  /** {@return the release calendar used} */
  public ReleaseCalendar calendar() {
    return calendar;
  }

  /**
   * Ranks a table of gitdm's reports and joins it: what {@code stackholder value} does with the
   * bundled reports.
   *
   * @param reports gitdm's reports ({@link GitdmReports#builtIn()}, or the user's)
   * @param release e.g. {@code "folsom"}, in any case
   * @param project e.g. {@code "nova"}, or {@code "all"}
   * @param metric what to count
   * @param ties how tied employers are numbered
   * @return the joined table
   * @throws dev.stackholder.contribution.NoSuchTableException if the reports hold no such table
   * @throws dev.stackholder.core.NotFoundException if the calendar does not know the release
   */
  public ValueTable joinGitdm(
      GitdmReports reports, String release, String project, Metric metric, TieMode ties) {
    return join(Ranking.of(ties).rank(reports.table(release, project, metric)), NameSource.GITDM);
  }

  /**
   * Reads a ranking a Stackholder program printed as JSON ({@code stackholder rank --json} or
   * {@code stackholder contributions --json}: a {@link RankedTable}) and joins it.
   *
   * @param rankingJson the JSON file
   * @param names whose spelling the ranking's employer names are ({@link NameSource#GITDM} for
   *     gitdm's affiliations, {@link NameSource#STACKALYTICS} for Stackalytics')
   * @return the joined table
   * @throws dev.stackholder.core.InvalidDataException naming the file and JSON path of a bad
   *     document
   * @throws dev.stackholder.core.NotFoundException if the calendar does not know the release
   */
  public ValueTable joinFile(Path rankingJson, NameSource names) {
    return join(StackholderJson.read(rankingJson, RankedTable.class), names);
  }

  /**
   * Joins a ranking with the roster and the dues of its release.
   *
   * @param table a ranking of employers for one release (gitdm's, or one the pipeline computed)
   * @param names whose spelling the table's employer names are
   * @return each employer with its organization, membership and dues, and the roster's members
   * @throws dev.stackholder.core.NotFoundException (kind {@code "release"}) if the calendar does
   *     not know the table's release, naming the releases it knows
   */
  public ValueTable join(RankedTable table, NameSource names) {
    Release release = calendar.getRelease(table.release());
    List<Release> releases = calendar.releases();
    int index = releases.indexOf(release);
    Optional<LocalDate> cycleStart =
        index > 0 ? Optional.of(releases.get(index - 1).end()) : Optional.empty();
    LocalDate day = release.end();
    Year year = Year.of(day.getYear());
    RosterAnswer answer = roster.answerOn(day);

    // One standing per organization: known (tier held), presumed or unknown (tier last seen in).
    Map<String, Standing> standings = new HashMap<>(answer.standings().size() * 2);
    for (Standing standing : answer.standings()) {
      standings.putIfAbsent(standing.organization().id(), standing);
    }
    Map<String, Money[]> dues = duesOf(year, day);
    Optional<RuleSet> ruleSet = roster.foundation().findRuleSetOn(day);

    ImmutableList.Builder<ValueRow> rows =
        ImmutableList.builderWithExpectedSize(table.rows().size());
    for (RankedRow row : table.rows()) {
      EmployerMatch match = mapping.match(names, row.employer(), day);
      ImmutableValueRow.Builder out =
          ImmutableValueRow.builder()
              .rank(row.rank())
              .employer(row.employer())
              .value(row.value())
              .share(row.share())
              .organizationId(match.organizationId())
              .organizationName(match.organizationName())
              .mapping(match.reason());
      if (match.organizationId().isEmpty()) {
        out.status(MembershipStatus.UNMAPPED);
      } else {
        String id = match.organizationId().get();
        Standing standing = standings.get(id);
        if (standing == null) {
          out.status(MembershipStatus.NOT_A_MEMBER);
        } else if (standing.certainty() == Certainty.KNOWN) {
          Money[] range = dues.get(id);
          out.status(MembershipStatus.MEMBER).tier(standing.tier());
          if (range != null) {
            out.dues(range[0]).duesUpTo(range[1]);
          }
        } else {
          out.status(status(standing)).tier(standing.tier()).lastSeen(standing.lastSighting());
          Optional<Money> most = mostFor(ruleSet, standing.tier());
          most.ifPresent(m -> out.dues(Money.zero(m.getCurrencyUnit())).duesUpTo(m));
        }
      }
      rows.add(out.build());
    }

    ImmutableList.Builder<ReportLine> members = ImmutableList.builder();
    for (Standing standing : answer.standings()) {
      String id = standing.organization().id();
      if (standings.get(id) != standing) {
        continue;
      }
      ImmutableReportLine.Builder line =
          ImmutableReportLine.builder()
              .label(standing.organization().name())
              .organizationId(id)
              .tier(standing.tier().id())
              .status(status(standing));
      if (standing.certainty() == Certainty.KNOWN) {
        Money[] range = dues.get(id);
        if (range != null) {
          line.amount(range[0]).amountUpTo(range[1]);
        }
      } else {
        line.note(
            standing.certainty().id()
                + ": last seen "
                + standing.lastSighting().map(LocalDate::toString).orElse("earlier")
                + " in "
                + standing.tier().name());
        mostFor(ruleSet, standing.tier())
            .ifPresent(m -> line.amount(Money.zero(m.getCurrencyUnit())).amountUpTo(m));
      }
      members.add(line.build());
    }

    ImmutableList.Builder<String> inputs = ImmutableList.builder();
    inputs.add(
        "ranking: "
            + table.release()
            + "/"
            + table.project()
            + "/"
            + table.metric()
            + ", ties "
            + table.ties().id()
            + ", "
            + table.rows().size()
            + " employers listed ("
            + names.id()
            + " names)");
    inputs.add(
        "roster: "
            + roster.foundation().name()
            + ", answer on "
            + day
            + " (release day of "
            + release.name()
            + cycleStart.map(s -> "; cycle from " + s).orElse("")
            + ")");
    inputs.add("employer mapping: " + mapping.entries().size() + " entries");
    inputs.add(
        "dues: income report for "
            + year
            + ", "
            + (declarations.isEmpty()
                ? "no revenue declared (ranges)"
                : declarations.size() + " declarations"));
    return ImmutableValueTable.builder()
        .release(table.release())
        .project(table.project())
        .metric(table.metric())
        .ties(table.ties())
        .names(names)
        .cycleStart(cycleStart)
        .date(day)
        .year(year.getValue())
        .rows(rows.build())
        .members(members.build())
        .completeness(answer.completeness())
        .inputs(inputs.build())
        .build();
  }

  /** Each organization's least and most dues for the year, summed over its income lines. */
  private Map<String, Money[]> duesOf(Year year, LocalDate day) {
    if (roster.foundation().findRuleSetOn(day).isEmpty()) {
      return Map.of();
    }
    IncomeReport income = IncomeReport.forYearDeclared(roster, year, declarations, rates);
    Map<String, Money[]> dues = new HashMap<>();
    for (IncomeLine line : income.lines()) {
      dues.merge(
          line.organization().id(),
          new Money[] {line.charged(), line.chargedUpTo()},
          (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])});
    }
    return dues;
  }

  private static MembershipStatus status(Standing standing) {
    return switch (standing.certainty()) {
      case KNOWN -> MembershipStatus.MEMBER;
      case PRESUMED -> MembershipStatus.PRESUMED;
      case UNKNOWN -> MembershipStatus.UNKNOWN;
    };
  }

  /** The most a tier's rule can charge in a year: its maximum, or its highest amount. */
  private static Optional<Money> mostFor(Optional<RuleSet> ruleSet, Tier tier) {
    Optional<TierRule> rule = ruleSet.flatMap(rs -> rs.findRules(tier));
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    DuesRule dues = rule.get().dues();
    if (dues instanceof PercentOfRevenueDues percent) {
      return percent.maximum();
    }
    return dues.amounts().max(Comparator.naturalOrder());
  }

  @Override
  public String toString() {
    return "ValueJoin[" + roster.foundation().name() + ", " + mapping + "]";
  }
}
