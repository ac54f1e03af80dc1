package dev.stackholder.benchmarks;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.income.IncomeReport;
import dev.stackholder.membership.roster.Roster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
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
 * A full year's dues income (2016, the 2012 bylaws: full-year charges, Gold by declared revenue,
 * half of it in CNY at {@code CNY/USD=0.1481}) for a generated roster ({@link RosterFixtures}),
 * through {@link IncomeReport#forYear}, against a plain loop over the plain replay's memberships
 * with the hand-written dues arithmetic: one line per membership overlapping the year, an
 * organization charged once (for its first membership in the year), totals per tier and in all.
 *
 * <p>The roster is built in set-up from the generated events through the Java API ({@link
 * RosterFixtures#roster}), not read from JSON: at 100,000 members the document is beyond the JSON
 * reader's 8 MiB limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class DuesIncomeBenchmark {
  private static final Year YEAR = Year.of(2016);
  private static final BigDecimal CNY_USD = new BigDecimal("0.1481");

  /** How many organizations the roster has. */
  @Param({"1000", "10000", "100000"})
  public int members;

  private Roster roster;
  private Map<String, Declaration> declarations;
  private ExchangeRates rates;
  private Plain.Foundation plainFoundation;
  private List<Plain.Membership> plainMemberships;
  private Map<String, Plain.Money> plainDeclarations;

  /**
   * Builds the roster both ways and the Gold members' declarations; checks that both reports agree
   * line by line (organization, tier, amount charged), per tier and in total.
   */
  @Setup
  public void setUp() {
    // Built through the Java API, not read from JSON: the 100,000-member document (31.9 MB) is
    // beyond
    // the JSON reader's 8 MiB document limit. RosterFromJson shows that reading gives the same
    // roster.
    List<Plain.Event> events = RosterFixtures.events(members);
    roster = RosterFixtures.roster(RosterFixtures.libraryEvents(events));
    Plain.RosterDocument document =
        new Plain.RosterDocument(RosterFixtures.plainFoundation(), events);
    plainFoundation = document.foundation();
    plainMemberships = Plain.replay(document.foundation(), document.events());
    rates = ExchangeRates.empty().with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, CNY_USD);
    declarations = new HashMap<>();
    plainDeclarations = new HashMap<>();
    for (int i = 8; i < 32; i++) {
      BigDecimal usd = RosterFixtures.goldRevenue(i);
      Money revenue =
          i % 2 == 0
              ? Money.of(CurrencyUnit.USD, usd)
              : Money.of(CurrencyUnit.of("CNY"), usd.multiply(BigDecimal.valueOf(7)));
      declarations.put("member-" + i, Declaration.ofRevenue(revenue));
      plainDeclarations.put(
          "member-" + i, new Plain.Money(revenue.getAmount(), revenue.getCurrencyUnit().getCode()));
    }
    IncomeReport library = library();
    Income plain = baseline();
    List<Line> libraryLines = new ArrayList<>();
    library
        .lines()
        .forEach(
            line ->
                libraryLines.add(
                    new Line(
                        line.organization().id(), line.tier().id(), line.charged().getAmount())));
    Map<String, BigDecimal> libraryByTier = new LinkedHashMap<>();
    library.byTier().forEach((tier, money) -> libraryByTier.put(tier, money.getAmount()));
    Income fromLibrary = new Income(libraryLines, libraryByTier, library.total().getAmount());
    if (!fromLibrary.equals(plain)) {
      throw new IllegalStateException(
          "The library's income differs from the baseline's: " + fromLibrary + " versus " + plain);
    }
  }

  /** The library's income report. */
  @Benchmark
  public IncomeReport library() {
    return IncomeReport.forYear(roster, YEAR, declarations, rates);
  }

  /**
   * The same figures by a plain loop, under the library's full-year rule: an organization is
   * charged once for the year, at the highest dues of the tiers it held in the year (each tier's
   * dues under the rules in force on its first day in the year), on the line of that tier.
   */
  @Benchmark
  public Income baseline() {
    LocalDate first = YEAR.atDay(1);
    LocalDate next = YEAR.plusYears(1).atDay(1);
    List<Plain.Membership> inYear = new ArrayList<>();
    List<BigDecimal> dues = new ArrayList<>();
    Map<String, Integer> highest = new HashMap<>();
    for (Plain.Membership membership : plainMemberships) {
      if (!membership.from().isBefore(next)
          || (membership.until() != null && !membership.until().isAfter(first))) {
        continue;
      }
      LocalDate day = membership.from().isAfter(first) ? membership.from() : first;
      BigDecimal amount =
          dues(
              plainFoundation.ruleSetOn(day).rule(membership.tier().id()).dues(),
              membership.organization().id());
      int index = inYear.size();
      inYear.add(membership);
      dues.add(amount);
      highest.merge(
          membership.organization().id(),
          index,
          (was, now) -> dues.get(now).compareTo(dues.get(was)) > 0 ? now : was);
    }
    List<Line> lines = new ArrayList<>(inYear.size());
    Map<String, BigDecimal> byTier = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < inYear.size(); i++) {
      Plain.Membership membership = inYear.get(i);
      String id = membership.organization().id();
      BigDecimal amount = highest.get(id) == i ? dues.get(i) : BigDecimal.ZERO.setScale(2);
      lines.add(new Line(id, membership.tier().id(), amount));
      byTier.merge(membership.tier().id(), amount, BigDecimal::add);
      total = total.add(amount);
    }
    return new Income(lines, byTier, total);
  }

  private BigDecimal dues(Plain.Dues dues, String id) {
    if (dues instanceof Plain.Flat flat) {
      return flat.amount().amount();
    } else if (dues instanceof Plain.PercentOfRevenue percent) {
      Plain.Money revenue = plainDeclarations.get(id);
      BigDecimal usd =
          revenue.currency().equals("USD")
              ? revenue.amount()
              : revenue.amount().multiply(CNY_USD).setScale(2, RoundingMode.HALF_UP);
      BigDecimal amount = usd.multiply(percent.percent()).movePointLeft(2);
      if (amount.compareTo(percent.minimum().amount()) < 0) {
        amount = percent.minimum().amount();
      } else if (amount.compareTo(percent.maximum().amount()) > 0) {
        amount = percent.maximum().amount();
      }
      return amount.setScale(2, RoundingMode.HALF_UP);
    }
    return BigDecimal.ZERO.setScale(2);
  }

  /** One membership's charge in the baseline. */
  public record Line(String organizationId, String tierId, BigDecimal charged) {}

  /** The baseline's report. */
  public record Income(List<Line> lines, Map<String, BigDecimal> byTier, BigDecimal total) {}
}
