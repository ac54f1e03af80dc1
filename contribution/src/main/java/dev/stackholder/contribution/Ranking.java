package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Ranks a {@link ContributionTable}: leaves out automated accounts, orders the rest by value, best
 * first (a stable sort, so ties keep the source's order), and numbers them by the {@link TieMode}.
 * Pure: no I/O, no clock.
 *
 * <pre>{@code
 * RankedTable folsom = Ranking.of(TieMode.COMPETITION).rank(
 *     GitdmReports.builtIn().table("folsom", "all", Metric.LINES_CHANGED));
 * int rank = folsom.getRow("SINA").rank();
 * }</pre>
 *
 * <p>Immutable and thread-safe if the automated-account rule is.
 */
public final class Ranking {
  private static final Comparator<ContributionEntry> BEST_FIRST =
      (a, b) -> Long.compare(b.value(), a.value());

  private final TieMode ties;
  private final Predicate<String> automated;

  private Ranking(TieMode ties, Predicate<String> automated) {
    this.ties = Objects.requireNonNull(ties, "ties");
    this.automated = Objects.requireNonNull(automated, "automated");
  }

  /**
   * {@return a ranking that leaves out {@link AutomatedAccounts#defaults()}}
   *
   * @param ties how tied entries are numbered
   */
  public static Ranking of(TieMode ties) {
    return new Ranking(ties, AutomatedAccounts.defaults()::test);
  }

  /**
   * {@return a ranking with a rule of the caller's for automated accounts}
   *
   * @param ties how ties are ranked
   * @param automated true for employer labels to leave out; {@code AutomatedAccounts.none()::test}
   *     keeps all
   */
  public static Ranking of(TieMode ties, Predicate<String> automated) {
    return new Ranking(ties, automated);
  }

  /** {@return how this ranking numbers ties} */
  public TieMode ties() {
    return ties;
  }

  /**
   * Ranks the table's entries that the automated-account rule does not leave out.
   *
   * @param table the table to rank, in any order
   * @return the entries kept, largest value first, numbered as the tie mode says
   */
  public RankedTable rank(ContributionTable table) {
    List<ContributionEntry> kept = new ArrayList<>(table.entries().size());
    for (ContributionEntry entry : table.entries()) {
      if (!automated.test(entry.employer())) {
        kept.add(entry);
      }
    }
    // A stable sort leaves a table already best first as it is (tables of the aggregator and of
    // the statistics are): skip it then.
    if (!bestFirst(kept)) {
      kept.sort(BEST_FIRST);
    }
    ImmutableList.Builder<RankedRow> rows = ImmutableList.builderWithExpectedSize(kept.size());
    int rank = 0;
    if (ties == TieMode.DASHBOARD) {
      // The dashboard orders tied rows by name here (its own order is Python's hash order).
      kept.sort(
          BEST_FIRST
              .thenComparing(e -> e.employer().toLowerCase(java.util.Locale.ROOT))
              .thenComparing(ContributionEntry::employer));
      int next = 1;
      for (ContributionEntry entry : kept) {
        boolean independent = entry.employer().equals(AttributionPolicy.STACKALYTICS_INDEPENDENT);
        rows.add(
            independent
                ? RankedRow.unnumbered(
                    Math.max(1, next - 1), entry.employer(), entry.value(), entry.share())
                : RankedRow.of(next++, entry.employer(), entry.value(), entry.share()));
      }
    }
    for (int i = 0; ties != TieMode.DASHBOARD && i < kept.size(); i++) {
      ContributionEntry entry = kept.get(i);
      boolean tiedWithPrevious = i > 0 && kept.get(i - 1).value() == entry.value();
      rank = ties == TieMode.COMPETITION && tiedWithPrevious ? rank : i + 1;
      rows.add(RankedRow.of(rank, entry.employer(), entry.value(), entry.share()));
    }
    // The rows list as built, not copied again into a builder.
    RankedTable ranked =
        ImmutableRankedTable.of(
            table.release(), table.project(), table.metric(), ties, rows.build());
    if (table.sources().isEmpty()) {
      return ranked;
    }
    // A published table (a gitdm report) names its file.
    List<InputSource> inputs = new ArrayList<>(table.sources().size());
    for (dev.stackholder.core.Source source : table.sources()) {
      String file = source.document();
      InputSource.Builder input =
          InputSource.builder()
              .kind(InputSource.GITDM_REPORT)
              .name(file.contains("/") ? file : table.release() + "/" + file)
              .note(source.title());
      source.date().ifPresent(input::date);
      inputs.add(input.build());
    }
    return ranked.withProvenance(Provenance.of(java.util.Optional.empty(), inputs));
  }

  private static boolean bestFirst(List<ContributionEntry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).value() > entries.get(i - 1).value()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Ranking{ties=" + ties + ", automated=" + automated + "}";
  }
}
