package dev.stackholder.contribution.stackalytics;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The company table of Stackalytics' dashboard ({@code dashboard/web.py}, {@code
 * _get_aggregated_stats} behind {@code /api/1.0/stats/companies}; {@code processor/utils.py},
 * {@code add_index}): per company, the number of records ({@code commits}) or the sum of their
 * {@code loc}; companies with 0 left out; best first; numbered 1, 2, 3, ... with no number for
 * {@code *independent}, which keeps its place in the list.
 *
 * <p>Ties: the dashboard numbers tied rows one after another in an order that comes from Python's
 * randomized string hashing, so it differs from run to run. Here tied rows are ordered by company
 * name (case-insensitively, then exactly), which is one of the orders Stackalytics can print; a
 * comparison with a Stackalytics table should treat the numbers of tied rows as a set.
 *
 * <p>Immutable and thread-safe (no state).
 */
public final class StackalyticsDashboard {
  private StackalyticsDashboard() {}

  /**
   * {@return the company table of one module and release}
   *
   * @param records the records (of {@link StackalyticsProcessor#process})
   * @param module the module, matched without regard to case
   * @param release the release, matched without regard to case; {@code all} for every release
   * @param metric what to count
   * @throws dev.stackholder.core.InvalidDataException if a company's total exceeds a long
   */
  public static ImmutableList<Row> companies(
      List<StackalyticsRecord> records, String module, String release, StackalyticsMetric metric) {
    Map<String, Long> totals = new TreeMap<>();
    String m = module.toLowerCase(Locale.ROOT);
    String r = release.toLowerCase(Locale.ROOT);
    for (StackalyticsRecord rec : records) {
      if (!rec.module().toLowerCase(Locale.ROOT).equals(m)
          || !(r.equals("all") || rec.release().equals(r))) {
        continue;
      }
      long add = metric == StackalyticsMetric.COMMITS ? 1 : rec.loc();
      try {
        totals.merge(rec.company(), add, Math::addExact);
      } catch (ArithmeticException e) {
        throw new dev.stackholder.core.InvalidDataException(
            module
                + " "
                + release
                + ": the "
                + metric.id()
                + " of "
                + rec.company()
                + " exceeds "
                + Long.MAX_VALUE
                + " (record "
                + rec.primaryKey()
                + ")",
            e);
      }
    }
    List<Map.Entry<String, Long>> rows = new ArrayList<>(totals.entrySet());
    rows.removeIf(e -> e.getValue() == 0);
    rows.sort(
        Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .reversed()
            .thenComparing(e -> e.getKey().toLowerCase(Locale.ROOT))
            .thenComparing(Map.Entry::getKey));
    ImmutableList.Builder<Row> out = ImmutableList.builder();
    int n = 1;
    for (Map.Entry<String, Long> e : rows) {
      boolean numbered = !e.getKey().equals(StackalyticsProcessor.INDEPENDENT);
      out.add(
          new Row(e.getKey(), e.getValue(), numbered ? OptionalInt.of(n++) : OptionalInt.empty()));
    }
    return out.build();
  }

  /**
   * One row of a company table.
   *
   * @param company the company as Stackalytics names it
   * @param value the number of records or the {@code loc}
   * @param index the number the dashboard prints; empty for {@code *independent}
   */
  public record Row(String company, long value, OptionalInt index) {}
}
