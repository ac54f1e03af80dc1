package dev.stackholder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Runs a few typical commands in one JVM, output discarded, so the build can record the classes
 * they load in a class-data-sharing archive (cli/target/stackholder.jsa, see the cli pom) that
 * cli/bin/stackholder then starts from. Not part of the program's interface.
 */
final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    // Every command docs/performance.md measures is trained, in the form it is measured in, so that
    // each starts from archived classes; the chart is written to a file deleted afterwards.
    Path chart = Files.createTempFile("stackholder-cds", ".png");
    String[][] runs = {
      {"--version"},
      {"--help"},
      {"dues", "--tier", "gold", "--revenue", "EUR 3000000000"},
      {"board"},
      {"compare", "--revenue", "USD 5000000000", "--employees", "20000", "--kind", "commercial"},
      {"roster"},
      {"income"},
      {"chart", "members", "--out", chart.toString()},
      {"chart", "dues", "--tier", "gold", "--out", chart.toString()},
      {
        "dues",
        "--tier",
        "gold",
        "--revenue",
        "CNY 237760000000",
        "--rate",
        "CNY/USD=0.1481",
        "--on",
        "2018-01-01",
        "--json"
      },
      {"dues", "--tier", "gold", "--revenue", "USD 1"},
      {"roster", "--on", "2013-01-01", "--format", "csv"},
      {"board", "--on", "2013-01-01"},
      {"income", "--year", "2018"},
      {"case-studies", "--json"},
      {"case-study", "tencent-tstack"},
      {"events"},
      {"rank", "--employer", "SINA", "--release", "folsom", "--json"},
      {"rank", "--release", "folsom", "--metric", "changesets"},
      {"dues", "--tier", "unknown"},
    };
    try {
      for (String[] run : runs) {
        StackholderCli.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Clock.systemDefaultZone(),
            run);
      }
    } finally {
      Files.deleteIfExists(chart);
    }
  }
}
