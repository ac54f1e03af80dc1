package dev.stackholder.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.Roster;
import java.io.UncheckedIOException;
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
 * A roster read from a JSON document of generated members ({@link RosterFixtures}): the library
 * reads it with {@link StackholderJson#read(String, Class)}, which replays every event under the
 * rules, and lists its memberships; the baseline reads the same document into plain Jackson records
 * and replays them over hash maps with the same checks ({@link Plain#replay}).
 *
 * <p>About 1.2 events per member (one in ten changes tier, one in ten leaves).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class RosterFromJsonBenchmark {
  /**
   * How many organizations the roster has. Not 100,000: that document (31.9 MB) is beyond the JSON
   * reader's 8 MiB document limit ({@code Limits.MAX_DOCUMENT_LENGTH}), which refuses it by design;
   * {@link RosterBuildBenchmark} measures construction from the same events up to 100,000.
   */
  @Param({"1000", "10000"})
  public int members;

  private String json;

  /** Generates the document and checks that both sides find the same memberships. */
  @Setup
  public void setUp() {
    json = RosterFixtures.rosterJson(RosterFixtures.events(members));
    RosterFixtures.checkSameMemberships(library(), baseline());
  }

  /** The library: read and replay, then list the memberships. */
  @Benchmark
  public List<Membership> library() {
    return StackholderJson.read(json, Roster.class).memberships();
  }

  /** Plain Jackson records, replayed over hash maps. */
  @Benchmark
  public List<Plain.Membership> baseline() {
    try {
      Plain.RosterDocument document = Plain.MAPPER.readValue(json, Plain.RosterDocument.class);
      return Plain.replay(document.foundation(), document.events());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
