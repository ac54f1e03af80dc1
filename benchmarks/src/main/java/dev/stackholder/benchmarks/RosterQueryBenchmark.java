package dev.stackholder.benchmarks;

import dev.stackholder.membership.Tier;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.Roster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Queries on a built roster of generated members ({@link RosterFixtures}): who was a member on a
 * day ({@link Roster#membersOn}, ordered by tier then name) and how many per tier ({@link
 * Roster#countsOn}), against a plain filter, sort and count over the plain replay's memberships.
 * The roster is built in set-up from the generated events through the Java API ({@link
 * RosterFixtures#roster}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class RosterQueryBenchmark {
  private static final LocalDate DAY = LocalDate.of(2016, 6, 1);

  /** How many organizations the roster has. */
  @Param({"1000", "10000", "100000"})
  public int members;

  private Roster roster;
  private List<Plain.Membership> plain;
  private Map<String, Integer> tierOrder;

  /**
   * Builds the roster both ways and checks that both give the same answers on the day: every member
   * with its tier, dates and source, and the count per tier.
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
    plain = Plain.replay(document.foundation(), document.events());
    tierOrder = new HashMap<>();
    for (Plain.Tier tier : document.foundation().tiers()) {
      tierOrder.put(tier.id(), tierOrder.size());
    }
    List<Membership> library = membersOnLibrary();
    List<Plain.Membership> baseline = membersOnBaseline();
    if (library.size() != baseline.size()) {
      throw new IllegalStateException(
          "The library lists " + library.size() + " members, the baseline " + baseline.size());
    }
    Agreement.sameJson("the members on " + DAY, library, baseline);
    Map<String, Integer> libraryCounts = new HashMap<>();
    countsOnLibrary()
        .forEach(
            (tier, count) -> {
              if (count > 0) {
                libraryCounts.put(tier.id(), count);
              }
            });
    if (!libraryCounts.equals(countsOnBaseline())) {
      throw new IllegalStateException(
          "Counts on "
              + DAY
              + ": the library's "
              + libraryCounts
              + ", the baseline's "
              + countsOnBaseline());
    }
  }

  /** The library's members on a day. */
  @Benchmark
  public List<Membership> membersOnLibrary() {
    return roster.membersOn(DAY);
  }

  /** A plain filter and sort by tier order, then name. */
  @Benchmark
  public List<Plain.Membership> membersOnBaseline() {
    List<Plain.Membership> result = new ArrayList<>();
    for (Plain.Membership membership : plain) {
      if (membership.activeOn(DAY)) {
        result.add(membership);
      }
    }
    result.sort(
        Comparator.<Plain.Membership>comparingInt(m -> tierOrder.get(m.tier().id()))
            .thenComparing(m -> m.organization().name()));
    return result;
  }

  /** The library's count per tier on a day. */
  @Benchmark
  public Map<Tier, Integer> countsOnLibrary() {
    return roster.countsOn(DAY);
  }

  /** A plain count per tier id. */
  @Benchmark
  public Map<String, Integer> countsOnBaseline() {
    Map<String, Integer> counts = new HashMap<>();
    for (Plain.Membership membership : plain) {
      if (membership.activeOn(DAY)) {
        counts.merge(membership.tier().id(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
