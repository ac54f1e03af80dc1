package dev.stackholder.benchmarks;

import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.roster.Observation;
import dev.stackholder.membership.roster.Roster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the built-in OpenStack Foundation data cold, as the CLI does on start-up: one call in a
 * fresh JVM per fork, class loading and Jackson's set-up included. {@link #library} reads the
 * foundation's rule sets (61 KB of JSON) and the membership evidence (the 287 KB CSV, 606 dated
 * observations) into the library's types; {@link #baseline} does the same work the plain way: plain
 * Jackson records for the foundation, a hand-written CSV reader into records for the evidence.
 * {@link #libraryRoster} adds what the CLI's {@code roster} and {@code board} do next, building the
 * evidence roster, which has no plain counterpart: read it as the extra cost over {@link #library}.
 *
 * <p>Both sides give the same answer: {@link #checkSameAnswer} compares every observation field by
 * field, and {@code BaselinesAgreeTest} runs it in the build (a check inside the forks would warm
 * them). Each fork measures one cold call, so the score is the mean over forks. Do not override the
 * warm-up or iteration counts on the command line (a warm-up would make it warm): run it with
 * {@code -f N} only, as {@code benchmarks/run.sh} does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  /** The library's built-in foundation and evidence, first use in this JVM. */
  @Benchmark
  public List<Observation> library() {
    Foundation foundation = OpenStackFoundation.foundation();
    List<Observation> evidence = OpenStackFoundation.evidence();
    return foundation.ruleSets().isEmpty() ? List.of() : evidence;
  }

  /** The same, then the evidence roster built from it, first use in this JVM. */
  @Benchmark
  public Roster libraryRoster() {
    library();
    return OpenStackFoundation.roster();
  }

  /**
   * Plain Jackson for the foundation, a plain CSV reader for the evidence, first use in this JVM.
   */
  @Benchmark
  public List<PlainObservation> baseline() throws IOException {
    Plain.Foundation foundation =
        Plain.MAPPER.readValue(BuiltInData.bytes(BuiltInData.FOUNDATION), Plain.Foundation.class);
    List<PlainObservation> evidence =
        observations(new String(BuiltInData.bytes(BuiltInData.EVIDENCE), StandardCharsets.UTF_8));
    return foundation.ruleSets().isEmpty() ? List.of() : evidence;
  }

  /** One row of the evidence, as plain values. */
  public record PlainObservation(
      String organizationId,
      String organization,
      String tier,
      String kind,
      LocalDate date,
      String precision,
      String scope,
      String source,
      String sourceTitle,
      String quote,
      String note) {}

  /**
   * Checks that the library's observations and the baseline's are the same, in the same order,
   * every field: organization, tier, kind, date (the end of its period), precision, scope and the
   * source's document, title, quote and note.
   *
   * @throws IllegalStateException naming the first observation that differs
   */
  static void checkSameAnswer(List<Observation> library, List<PlainObservation> baseline) {
    if (library.size() != baseline.size()) {
      throw new IllegalStateException(
          "The library read " + library.size() + " observations, the baseline " + baseline.size());
    }
    for (int i = 0; i < library.size(); i++) {
      Observation o = library.get(i);
      PlainObservation expected = baseline.get(i);
      PlainObservation actual =
          new PlainObservation(
              o.organization().id(),
              o.organization().name(),
              o.tier().id(),
              o.kind().name().toLowerCase(Locale.ROOT),
              o.date(),
              o.precision().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              o.scope().name(),
              o.source().document(),
              o.source().title(),
              o.source().quote().orElse(""),
              o.source().note().orElse(""));
      PlainObservation normalized =
          new PlainObservation(
              expected.organizationId(),
              expected.organization(),
              expected.tier(),
              kindOf(expected.kind()),
              expected.date(),
              expected.precision(),
              scopeOf(expected.scope()),
              expected.source(),
              expected.sourceTitle(),
              expected.quote(),
              expected.note());
      if (!actual.equals(normalized)) {
        throw new IllegalStateException(
            "Observation " + i + " differs: " + actual + " versus " + expected);
      }
    }
  }

  private static String scopeOf(String listScope) {
    return switch (listScope) {
      case "full-tier-list" -> "COMPLETE_LIST";
      case "partial" -> "PARTIAL_LIST";
      case "single" -> "SINGLE";
      case "board-page" -> "BOARD_PAGE";
      default -> listScope;
    };
  }

  private static String kindOf(String evidence) {
    return evidence.equals("listed-on") ? "listed" : evidence;
  }

  /**
   * The evidence CSV's rows as records: RFC 4180 (quoted fields, doubled quotes, commas inside).
   */
  static List<PlainObservation> observations(String csv) {
    List<List<String>> rows = rows(csv);
    List<String> header = rows.get(0);
    int organization = header.indexOf("organization");
    int id = header.indexOf("org_id");
    int tier = header.indexOf("tier");
    int evidence = header.indexOf("evidence");
    int date = header.indexOf("date");
    int precision = header.indexOf("date_precision");
    int source = header.indexOf("source");
    int title = header.indexOf("source_title");
    int quote = header.indexOf("quote");
    int scope = header.indexOf("list_scope");
    int note = header.indexOf("note");
    List<PlainObservation> observations = new ArrayList<>(rows.size());
    for (List<String> row : rows.subList(1, rows.size())) {
      observations.add(
          new PlainObservation(
              row.get(id),
              row.get(organization),
              row.get(tier),
              row.get(evidence),
              endOfPeriod(row.get(date)),
              row.get(precision),
              row.get(scope),
              row.get(source),
              row.get(title),
              row.get(quote),
              row.get(note)));
    }
    return observations;
  }

  private static LocalDate endOfPeriod(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }

  private static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
