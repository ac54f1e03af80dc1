package dev.stackholder.benchmarks;

import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.roster.Roster;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the built-in OpenStack Foundation data cold, as the CLI does on start-up ({@code stackholder
 * board} and {@code roster}: the foundation's rule sets, then the membership history replayed into a
 * roster): one call in a fresh JVM per fork, class loading and Jackson's set-up included. The
 * baseline reads the same resource bytes with a plain Jackson mapper into records and replays them
 * the plain way.
 *
 * <p>Each fork measures one cold call, so the score is the mean over forks. Do not override the
 * warm-up or iteration counts on the command line (a warm-up would make it warm): run it with
 * {@code -f N} only, as {@code benchmarks/run.sh} does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  /** The library's built-in foundation and roster, first use in this JVM. */
  @Benchmark
  public Roster library() {
    OpenStackFoundation.foundation();
    return OpenStackFoundation.roster();
  }

  /** Plain Jackson over the same bytes, first use in this JVM, then the plain replay. */
  @Benchmark
  public List<Plain.Membership> baseline() throws IOException {
    Plain.Foundation foundation = Plain.MAPPER.readValue(BuiltInData.bytes(BuiltInData.FOUNDATION),
        Plain.Foundation.class);
    Plain.History history = Plain.MAPPER.readValue(BuiltInData.bytes(BuiltInData.ROSTER), Plain.History.class);
    return Plain.replay(foundation, history.events());
  }
}
