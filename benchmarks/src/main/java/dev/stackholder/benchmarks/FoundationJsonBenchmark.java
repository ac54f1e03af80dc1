package dev.stackholder.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Foundation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The built-in OpenStack Foundation (seven rule sets with their tiers, dues and sources, 61 KB of
 * JSON) read and written by {@link StackholderJson}, warm, against plain Jackson records of the
 * same shape ({@link Plain.Foundation}, dues polymorphic on {@code "type"} as in the library). The
 * data is what ships, so there is one size; the memberships benchmark shows how JSON cost grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class FoundationJsonBenchmark {
  /** The plain mapper with duplicate keys refused, as the library's reader refuses them. */
  private static final ObjectReader DUPLICATE_CHECKED =
      Plain.MAPPER
          .readerFor(Plain.Foundation.class)
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private String json;
  private Foundation library;
  private Plain.Foundation plain;

  /**
   * Reads the resource's text and parses it both ways once, for the write benchmarks, and checks
   * that both read the same foundation, every value the records hold.
   */
  @Setup
  public void setUp() throws IOException {
    json = new String(BuiltInData.bytes(BuiltInData.FOUNDATION), StandardCharsets.UTF_8);
    library = readLibrary();
    plain = readBaseline();
    Agreement.sameJson("the built-in foundation", library, plain);
  }

  /** The library reads the foundation. */
  @Benchmark
  public Foundation readLibrary() {
    return StackholderJson.read(json, Foundation.class);
  }

  /** Plain Jackson reads it into records. */
  @Benchmark
  public Plain.Foundation readBaseline() throws JsonProcessingException {
    return Plain.MAPPER.readValue(json, Plain.Foundation.class);
  }

  /**
   * Plain Jackson reads it into records with the one check of the library's reader that changes how
   * the parser works, duplicate keys refused ({@code STRICT_DUPLICATE_DETECTION}): not a baseline
   * of {@link #readLibrary} (it keeps its own), but what that check alone costs plain records.
   * Compare with {@link #readBaseline} for its cost, with {@link #readLibrary} for what remains.
   */
  @Benchmark
  public Plain.Foundation readPlainDuplicateChecked() throws IOException {
    return DUPLICATE_CHECKED.readValue(json);
  }

  /** The library writes the foundation. */
  @Benchmark
  public String writeLibrary() {
    return StackholderJson.write(library);
  }

  /** Plain Jackson writes the records. */
  @Benchmark
  public String writeBaseline() {
    try {
      return Plain.MAPPER.writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
