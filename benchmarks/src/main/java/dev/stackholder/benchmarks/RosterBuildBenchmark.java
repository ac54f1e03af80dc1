package dev.stackholder.benchmarks;

import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.MembershipHistory;
import dev.stackholder.membership.roster.RosterEvent;
import java.util.List;
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
 * A roster constructed from already-parsed events ({@link RosterFixtures}, the same events as the
 * JSON of {@link RosterFromJsonBenchmark}) through the public API: {@link MembershipHistory} of the
 * events, replayed under the built-in foundation's rules, memberships listed. The baseline replays
 * the same events as plain records over hash maps with the same checks ({@link Plain#replay}).
 *
 * <p>Construction without the JSON reading, so that its growth shows up to 100,000 members (a
 * 100,000-member roster document, 31.9 MB, is beyond the JSON reader's 8 MiB document limit, which
 * the library keeps). About 1.2 events per member.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class RosterBuildBenchmark {
  /** How many organizations the roster has. */
  @Param({"1000", "10000", "100000"})
  public int members;

  private List<RosterEvent> events;
  private Plain.Foundation plainFoundation;
  private List<Plain.Event> plainEvents;

  /** Generates the events both ways and checks that both sides find the same memberships. */
  @Setup
  public void setUp() {
    plainEvents = RosterFixtures.events(members);
    events = RosterFixtures.libraryEvents(plainEvents);
    plainFoundation = RosterFixtures.plainFoundation();
    RosterFixtures.checkSameMemberships(library(), baseline());
  }

  /** The library: a history of the events, replayed, then its memberships. */
  @Benchmark
  public List<Membership> library() {
    return MembershipHistory.builder()
        .addAllEvents(events)
        .build()
        .replay(OpenStackFoundation.foundation())
        .memberships();
  }

  /** Plain records, replayed over hash maps. */
  @Benchmark
  public List<Plain.Membership> baseline() {
    return Plain.replay(plainFoundation, plainEvents);
  }
}
