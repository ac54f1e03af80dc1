package dev.stackholder.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.roster.Membership;
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
 * A JSON list of memberships read and written by {@link StackholderJson} (Immutables types, Guava
 * collections, Joda and java.time values, the library's checks) against plain Jackson records of
 * the same shape ({@link Plain.Membership}) and a plain mapper. Both read the same bytes; each
 * writes what it read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class MembershipsJsonBenchmark {
  /**
   * How many memberships the document holds: 30,000 (8.0 MB) is about the most that fits the JSON
   * reader's 8 MiB document limit (100,000 memberships are 26.6 MB and refused).
   */
  @Param({"1000", "10000", "30000"})
  public int memberships;

  private String json;
  private Membership[] library;
  private List<Plain.Membership> plain;
  private ObjectReader plainReader;
  private ObjectWriter plainWriter;

  /** Generates the document and reads it both ways once, for the write benchmarks. */
  @Setup
  public void setUp() throws JsonProcessingException {
    json = RosterFixtures.membershipsJson(memberships);
    plainReader = Plain.MAPPER.readerForListOf(Plain.Membership.class);
    plainWriter =
        Plain.MAPPER.writerFor(
            Plain.MAPPER
                .getTypeFactory()
                .constructCollectionType(List.class, Plain.Membership.class));
    library = readLibrary();
    plain = readBaseline();
    Agreement.sameJson(memberships + " memberships", library, plain);
  }

  /** The library reads the list. */
  @Benchmark
  public Membership[] readLibrary() {
    return StackholderJson.read(json, Membership[].class);
  }

  /** Plain Jackson reads the list into records. */
  @Benchmark
  public List<Plain.Membership> readBaseline() throws JsonProcessingException {
    return plainReader.readValue(json);
  }

  /** The library writes the list. */
  @Benchmark
  public String writeLibrary() {
    return StackholderJson.write(library);
  }

  /** Plain Jackson writes the records. */
  @Benchmark
  public String writeBaseline() {
    try {
      return plainWriter.writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
