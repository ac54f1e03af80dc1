package dev.stackholder.benchmarks;

import dev.stackholder.analysis.EmployerMapping;
import dev.stackholder.analysis.EmployerName;
import dev.stackholder.analysis.MembershipStatus;
import dev.stackholder.analysis.NameSource;
import dev.stackholder.analysis.ValueJoin;
import dev.stackholder.analysis.ValueRow;
import dev.stackholder.analysis.ValueTable;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.ReleaseCalendar;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Source;
import dev.stackholder.membership.income.IncomeReport;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterAnswer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Who pays and who builds at scale: a release's ranking of N generated employers ({@code Employer
 * i}, mapped to {@code member-i}) joined with a roster of N generated members ({@link
 * RosterFixtures}) on a release day in 2016: status, tier and the year's dues per employer. The
 * library ({@link ValueJoin#join}: the roster's answer, the income report, the mapping's dated
 * look-up) against a hand-written hash join over the plain replay doing the same: members on the
 * day into a map, each member's dues for the year (full-year rule: the highest of its tiers' dues,
 * a Gold range of minimum to maximum), then one map look-up per employer. Set-up checks that both
 * give the same status, tier and dues for every employer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ValueJoinBenchmark {
  private static final LocalDate DAY = LocalDate.of(2016, 6, 1);
  private static final LocalDate YEAR_START = LocalDate.of(2016, 1, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2017, 1, 1);

  /** How many employers the ranking lists and how many organizations the roster has. */
  @Param({"10000"})
  public int size;

  private ValueJoin join;
  private Roster roster;
  private RankedTable ranking;
  private Map<String, String> plainMapping;
  private List<Plain.Membership> plain;
  private Plain.RuleSet plainRules;

  /** One employer's answer, as the baseline computes it. */
  public record Joined(
      String employer,
      String organizationId,
      String status,
      String tier,
      BigDecimal dues,
      BigDecimal duesUpTo) {}

  /** Builds both sides and checks that they agree on every employer. */
  @Setup
  public void setUp() {
    List<Plain.Event> events = RosterFixtures.events(size);
    Source source =
        Source.of(
            "stackholder-benchmarks",
            "Generated employers for benchmarks (not real organizations)");
    List<EmployerName> names = new ArrayList<>(size);
    plainMapping = new HashMap<>(size * 2);
    ContributionTable.Builder table =
        ContributionTable.builder().release("bench").project("all").metric(Metric.CHANGESETS);
    long total = (long) size * (size + 1) / 2;
    for (int i = 0; i < size; i++) {
      String employer = "Employer " + i;
      names.add(
          EmployerName.builder()
              .source(NameSource.GITDM)
              .name(employer)
              .organizationId("member-" + i)
              .basis("generated")
              .addSources(source)
              .build());
      plainMapping.put(employer, "member-" + i);
      long value = size - i;
      table.addEntries(
          ContributionEntry.of(
              employer,
              value,
              BigDecimal.valueOf(value * 100)
                  .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP)));
    }
    ranking = Ranking.of(TieMode.COMPETITION).rank(table.build());
    ReleaseCalendar calendar =
        ReleaseCalendar.of(
            List.of(Release.of("before", LocalDate.of(2016, 1, 1)), Release.of("bench", DAY)));
    roster = RosterFixtures.roster(RosterFixtures.libraryEvents(events));
    join = ValueJoin.of(roster, EmployerMapping.of(names), calendar);
    Plain.Foundation foundation = RosterFixtures.plainFoundation();
    plain = Plain.replay(foundation, events);
    plainRules = foundation.ruleSetOn(DAY);

    List<ValueRow> library = library().rows();
    List<Joined> baseline = baseline();
    if (library.size() != baseline.size()) {
      throw new IllegalStateException(
          "The library joins " + library.size() + " rows, the baseline " + baseline.size());
    }
    int members = 0;
    for (int i = 0; i < library.size(); i++) {
      ValueRow a = library.get(i);
      Joined b = baseline.get(i);
      boolean same =
          a.employer().equals(b.employer())
              && a.organizationId().orElse("").equals(b.organizationId())
              && a.status().id().equals(b.status())
              && a.tier().map(t -> t.id()).orElse("").equals(b.tier())
              && Objects.equals(a.dues().map(m -> m.getAmount()).orElse(null), b.dues())
              && Objects.equals(a.duesUpTo().map(m -> m.getAmount()).orElse(null), b.duesUpTo());
      if (!same) {
        throw new IllegalStateException("Row " + i + " differs: " + a + " versus " + b);
      }
      if (a.status() == MembershipStatus.MEMBER) {
        members++;
      }
    }
    if (members == 0) {
      throw new IllegalStateException(
          "No employer is a member on " + DAY + ": the benchmark would measure nothing");
    }
  }

  /** The library's join. */
  @Benchmark
  public ValueTable library() {
    return join.join(ranking, NameSource.GITDM);
  }

  /**
   * The part of {@link #library} that is the membership library's income report for the year, so a
   * run shows how much of the join's time it is.
   */
  @Benchmark
  public IncomeReport incomeReportOnly() {
    return IncomeReport.forYearDeclared(
        roster, Year.of(DAY.getYear()), Map.of(), ExchangeRates.empty());
  }

  /** The part of {@link #library} that is the roster's answer on the release day. */
  @Benchmark
  public RosterAnswer answerOnOnly() {
    return roster.answerOn(DAY);
  }

  /** A hand-written hash join of the same inputs. */
  @Benchmark
  public List<Joined> baseline() {
    Map<String, Plain.Membership> onDay = new HashMap<>(plain.size() * 2);
    Map<String, BigDecimal[]> dues = new HashMap<>(plain.size() * 2);
    for (Plain.Membership membership : plain) {
      if (membership.activeOn(DAY)) {
        onDay.put(membership.organization().id(), membership);
      }
      if (membership.from().isBefore(YEAR_END)
          && (membership.until() == null || membership.until().isAfter(YEAR_START))) {
        BigDecimal[] range = range(plainRules.rule(membership.tier().id()).dues());
        dues.merge(
            membership.organization().id(),
            range,
            (x, y) -> new BigDecimal[] {x[0].max(y[0]), x[1].max(y[1])});
      }
    }
    List<Joined> rows = new ArrayList<>(ranking.rows().size());
    for (RankedRow row : ranking.rows()) {
      String id = plainMapping.get(row.employer());
      Plain.Membership membership = id == null ? null : onDay.get(id);
      if (membership == null) {
        rows.add(
            new Joined(
                row.employer(),
                id == null ? "" : id,
                id == null ? "unmapped" : "not-a-member",
                "",
                null,
                null));
      } else {
        BigDecimal[] range = dues.get(id);
        rows.add(
            new Joined(row.employer(), id, "member", membership.tier().id(), range[0], range[1]));
      }
    }
    return rows;
  }

  private static BigDecimal[] range(Plain.Dues dues) {
    if (dues instanceof Plain.Flat flat) {
      return new BigDecimal[] {flat.amount().amount(), flat.amount().amount()};
    }
    if (dues instanceof Plain.PercentOfRevenue percent) {
      return new BigDecimal[] {percent.minimum().amount(), percent.maximum().amount()};
    }
    BigDecimal zero = new BigDecimal("0.00");
    return new BigDecimal[] {zero, zero};
  }
}
