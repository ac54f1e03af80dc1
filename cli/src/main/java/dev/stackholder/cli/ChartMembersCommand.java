package dev.stackholder.cli;

import dev.stackholder.core.StackholderException;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.roster.Observation;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterAnswer;
import dev.stackholder.membership.roster.TierCompleteness;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder chart members}: the OpenStack Foundation's members per tier over time, from
 * the built-in evidence roster, with its certainty drawn: a solid line for the members known to be
 * in the tier, a dashed line adding those last seen earlier whose status is unknown, and a marker
 * on each day a source lists the whole tier.
 */
@Command(
    name = "members",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Chart the OpenStack Foundation's members per tier over time, from the built-in evidence roster.",
      "",
      "For each tier: a solid line, the members known to be in it (month by month); a dashed line, the same"
          + " plus the organizations last seen in it earlier whose status is unknown (the gap between the two"
          + " is what the evidence does not say); diamonds, the days a source lists the whole tier."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder chart members --out members.png",
      "  stackholder chart members --tier platinum --tier gold \\",
      "      --from 2012-01-01 --to 2020-12-31 --out members.svg",
      "",
      ExitCodes.HELP_SECTION
    })
final class ChartMembersCommand implements Callable<Integer> {
  /** The most dates sampled, whatever the period: 20 years month by month. */
  static final int MAX_SAMPLES = 240;

  @Spec CommandSpec spec;

  @Option(
      names = "--tier",
      paramLabel = "TIER",
      description =
          "Only this tier, by id or name (repeatable; default: every tier the evidence shows).")
  List<String> tiers = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "The first day (default: the first evidence).")
  Optional<LocalDate> from = Optional.empty();

  @Option(names = "--to", paramLabel = "DATE", description = "The last day (default: today).")
  Optional<LocalDate> to = Optional.empty();

  @Mixin ChartOutput output;

  @Override
  public Integer call() {
    output.checked();
    Roster roster = OpenStackFoundation.roster();
    LocalDate first =
        from.orElseGet(
            () ->
                roster.observations().stream()
                    .map(Observation::date)
                    .min(LocalDate::compareTo)
                    .orElseThrow(
                        () -> new IllegalStateException("the built-in roster has no evidence")));
    LocalDate last = to.orElseGet(() -> ((StackholderCli) spec.root().userObject()).today());
    if (!first.isBefore(last)) {
      throw new UsageException(
          "--from " + first + " is not before --to " + last + ", expected a span of days");
    }
    List<Tier> wanted = new ArrayList<>();
    for (String name : tiers) {
      wanted.add(roster.foundation().getTier(name));
    }
    // Month by month (fewer samples over a period longer than MAX_SAMPLES months, so a chart costs
    // at
    // most MAX_SAMPLES roster answers whatever the period), and every day a tier's complete list
    // appears, so that those days are drawn exactly: their number is the evidence's, not the
    // period's.
    TreeSet<LocalDate> days = new TreeSet<>();
    long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    long step = Math.max(1, (months + MAX_SAMPLES - 1) / MAX_SAMPLES);
    for (LocalDate day = first; !day.isAfter(last); day = day.plusMonths(step)) {
      days.add(day);
    }
    days.add(last);
    Map<LocalDate, RosterAnswer> answers = new TreeMap<>();
    for (LocalDate day : days) {
      answers.put(day, roster.answerOn(day));
    }
    TreeSet<LocalDate> completeDays = new TreeSet<>();
    for (RosterAnswer answer : answers.values()) {
      for (TierCompleteness tier : answer.completeness()) {
        tier.completeListBefore()
            .filter(d -> !d.isBefore(first) && !d.isAfter(last))
            .ifPresent(completeDays::add);
        tier.completeListAfter()
            .filter(d -> !d.isBefore(first) && !d.isAfter(last))
            .ifPresent(completeDays::add);
      }
    }
    for (LocalDate day : completeDays) {
      answers.computeIfAbsent(day, roster::answerOn);
    }
    Map<Tier, Counts> byTier = new LinkedHashMap<>();
    for (Tier tier : roster.foundation().tiers()) {
      if (wanted.isEmpty() || wanted.contains(tier)) {
        byTier.put(tier, new Counts());
      }
    }
    for (Map.Entry<LocalDate, RosterAnswer> entry : answers.entrySet()) {
      double x = entry.getKey().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      for (TierCompleteness tier : entry.getValue().completeness()) {
        Counts counts = byTier.get(tier.tier());
        if (counts == null) {
          continue;
        }
        if (days.contains(entry.getKey())) {
          counts.x.add(x);
          counts.known.add((double) tier.known());
          counts.withUnknown.add((double) (tier.known() + tier.unknown()));
        }
        if (tier.status() == TierCompleteness.Status.COMPLETE) {
          counts.completeX.add(x);
          counts.complete.add((double) tier.known());
        }
      }
    }
    List<ChartPlot.Series> series = new ArrayList<>();
    int colour = 0;
    for (Map.Entry<Tier, Counts> entry : byTier.entrySet()) {
      Counts counts = entry.getValue();
      if (counts.x.isEmpty()) {
        continue;
      }
      String name = entry.getKey().name();
      series.add(
          new ChartPlot.Series(
              name, array(counts.x), array(counts.known), ChartPlot.Style.LINE, colour));
      if (!counts.withUnknown.equals(counts.known)) {
        series.add(
            new ChartPlot.Series(
                name + " + last seen, unknown",
                array(counts.x),
                array(counts.withUnknown),
                ChartPlot.Style.DASHED,
                colour));
      }
      if (!counts.completeX.isEmpty()) {
        series.add(
            new ChartPlot.Series(
                name + ": complete list",
                array(counts.completeX),
                array(counts.complete),
                ChartPlot.Style.MARKERS,
                colour));
      }
      colour++;
    }
    if (series.isEmpty()) {
      throw new StackholderException(
          "The built-in roster shows no member of "
              + (wanted.isEmpty() ? "any tier" : "the tiers asked for")
              + " from "
              + first
              + " to "
              + last);
    }
    ChartRenderer.write(
        new ChartPlot.Xy(
            roster.foundation().name() + " members per tier, " + first + " to " + last,
            "Date",
            "Members",
            false,
            true,
            series,
            List.of(),
            List.of()),
        output);
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + output.path()
                + " ("
                + output.width
                + "x"
                + output.height
                + ", "
                + Plural.of(colour, "tier")
                + ", "
                + Plural.of(days.size(), "date")
                + ", "
                + Plural.of(completeDays.size(), "complete list")
                + ")");
    return ExitCodes.OK;
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** One tier's points. */
  private static final class Counts {
    final List<Double> x = new ArrayList<>();
    final List<Double> known = new ArrayList<>();
    final List<Double> withUnknown = new ArrayList<>();
    final List<Double> completeX = new ArrayList<>();
    final List<Double> complete = new ArrayList<>();
  }
}
