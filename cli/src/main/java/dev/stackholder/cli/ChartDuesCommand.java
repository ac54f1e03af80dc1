package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MoneyText;
import dev.stackholder.membership.BandedDues;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesBand;
import dev.stackholder.membership.DuesBasis;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.DuesSchedule;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.PercentOfRevenueDues;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder chart dues}: a tier's yearly dues against revenue on a log-scale revenue axis,
 * with other foundations' tiers or other rule sets on the same chart. Every point is a quote from
 * the library (money in BigDecimal); amounts become doubles only to be drawn.
 */
@Command(
    name = "dues",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Chart a tier's yearly dues against the member's revenue (log scale), the minimum and maximum named.",
      "",
      "The first curve is --tier of --foundation under the rules in force on --on DATE (today by default);"
          + " each --vs FOUNDATION:TIER adds one, under the rules in force on the same date, or on"
          + " FOUNDATION:TIER@DATE, or under a rule set by id, FOUNDATION:TIER@RULE_SET. --revenue marks one"
          + " revenue on every curve. Revenues are in the currency of --revenue (or of the first curve's rule"
          + " set); curves in another currency need --rate both ways. The revenue axis spans the curves'"
          + " bends (where the minimum and maximum start) with room either side, sampled densely: a log axis"
          + " draws straight lines between points."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder chart dues --tier gold --revenue \"USD 5000000000\" \\",
      "      --out dues.png",
      "  stackholder chart dues --tier gold --on 2015-01-01 \\",
      "      --vs openstack:platinum --vs openstack:gold@openinfra-2021-06 \\",
      "      --out gold.svg --width 1200 --height 800",
      "",
      ExitCodes.HELP_SECTION
    })
final class ChartDuesCommand implements Callable<Integer> {
  /** Points per curve, spread evenly on the log axis (plus each curve's bends, exactly). */
  static final int SAMPLES = 400;

  @Spec CommandSpec spec;

  @Mixin FoundationOption foundation;

  @Mixin DateOption date;

  @Option(
      names = "--tier",
      required = true,
      paramLabel = "TIER",
      description = "The tier of the first curve, by id or name, e.g. gold.")
  String tier;

  @Option(
      names = "--vs",
      paramLabel = "FOUNDATION:TIER[@DATE|@RULE_SET]",
      description =
          "Another curve on the same chart, e.g. openstack:platinum, openstack:gold@2012-06-01,"
              + " openstack:gold@openinfra-2021-06. Repeatable.")
  List<String> others = new ArrayList<>();

  @Mixin OrganizationOptions organization;

  @Mixin ChartOutput output;

  /** One curve: a tier under one schedule. */
  private record Curve(String label, Tier tier, DuesSchedule schedule, RuleSet ruleSet) {}

  @Override
  public Integer call() {
    output.checked();
    // The revenue axis is logarithmic: a revenue of 0 or less has no place on it (XChart refused it
    // with
    // an internal error). A usage error, as any value the option cannot take.
    organization
        .revenue
        .filter(r -> r.getAmount().signum() <= 0)
        .ifPresent(
            r -> {
              throw new UsageException(
                  "Invalid value for option '--revenue': "
                      + dev.stackholder.core.MoneyText.format(r)
                      + " cannot be drawn on the chart's logarithmic revenue axis, expected an amount above 0");
            });
    Declaration declared = organization.declaration();
    LocalDate on = date.date();
    List<Curve> curves = new ArrayList<>();
    curves.add(curve(foundation.foundation(), tier, Optional.empty(), on));
    for (String other : others) {
      curves.add(other(other, on));
    }
    CurrencyUnit currency =
        organization.revenue.map(Money::getCurrencyUnit).orElse(curves.get(0).ruleSet().currency());
    ExchangeRates rates = organization.exchangeRates();
    List<BigDecimal> revenues =
        revenues(curves, currency, rates, organization.revenue.map(Money::getAmount));
    List<ChartPlot.Series> series = new ArrayList<>();
    List<ChartPlot.Note> notes = new ArrayList<>();
    for (int c = 0; c < curves.size(); c++) {
      Curve curve = curves.get(c);
      double[] x = new double[revenues.size()];
      double[] y = new double[revenues.size()];
      for (int i = 0; i < revenues.size(); i++) {
        x[i] = revenues.get(i).doubleValue();
        y[i] =
            dues(curve, declared, Money.of(currency, revenues.get(i)), currency, rates)
                .getAmount()
                .doubleValue();
      }
      series.add(new ChartPlot.Series(curve.label(), x, y, ChartPlot.Style.LINE, c));
      bounds(curve, currency, rates, x[0], x[x.length - 1]).forEach(notes::add);
      if (organization.revenue.isPresent()) {
        Money revenue = organization.revenue.get();
        Money owed = dues(curve, declared, revenue, currency, rates);
        series.add(
            new ChartPlot.Series(
                MoneyText.format(revenue)
                    + ": "
                    + MoneyText.format(owed)
                    + " ("
                    + curve.tier().name()
                    + ")",
                new double[] {revenue.getAmount().doubleValue()},
                new double[] {owed.getAmount().doubleValue()},
                ChartPlot.Style.MARKERS,
                c));
      }
    }
    // The names of the minimum and maximum sit just above their plateaus, not on them.
    double top = series.stream().flatMapToDouble(s -> Arrays.stream(s.y())).max().orElse(0);
    notes.replaceAll(note -> new ChartPlot.Note(note.text(), note.x(), note.y() + top * 0.03));
    List<Double> verticals =
        organization.revenue.map(r -> List.of(r.getAmount().doubleValue())).orElse(List.of());
    String title =
        curves.size() == 1 ? curves.get(0).label() + " dues, " + on : "Yearly dues, " + on;
    ChartRenderer.write(
        new ChartPlot.Xy(
            title,
            "Annual revenue (" + currency.getCode() + ", log scale)",
            "Dues a year (" + currency.getCode() + ")",
            true,
            false,
            series,
            verticals,
            notes),
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
                + curves.size()
                + (curves.size() == 1 ? " curve" : " curves")
                + ", "
                + revenues.size()
                + " revenues each)");
    return ExitCodes.OK;
  }

  /** FOUNDATION:TIER[@DATE|@RULE_SET]. */
  private Curve other(String spec, LocalDate on) {
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new UsageException(
          "Invalid value for option '--vs': '"
              + spec
              + "', expected FOUNDATION:TIER, FOUNDATION:TIER@DATE or FOUNDATION:TIER@RULE_SET");
    }
    Foundation chosen = Foundations.getFoundation(spec.substring(0, colon).trim());
    String rest = spec.substring(colon + 1);
    int at = rest.indexOf('@');
    if (at < 0) {
      return curve(chosen, rest, Optional.empty(), on);
    }
    String when = rest.substring(at + 1).trim();
    if (when.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return curve(chosen, rest.substring(0, at), Optional.empty(), LocalDate.parse(when));
      } catch (DateTimeParseException e) {
        throw new UsageException(
            "Invalid value for option '--vs': '" + when + "' is not a date, expected YYYY-MM-DD");
      }
    }
    return curve(chosen, rest.substring(0, at), Optional.of(chosen.getRuleSet(when)), on);
  }

  private static Curve curve(
      Foundation chosen, String tierName, Optional<RuleSet> fixed, LocalDate on) {
    Tier wanted = chosen.getTier(tierName.trim());
    RuleSet ruleSet = fixed.orElseGet(() -> chosen.ruleSetOn(on));
    if (ruleSet.findRules(wanted).isEmpty()) {
      throw new NoRulesInForceException(
          String.format(
              "The %s rule set %s (%s) has no tier '%s'",
              chosen.name(), ruleSet.id(), RuleSetText.span(ruleSet), wanted.id()));
    }
    DuesSchedule schedule =
        fixed.<DuesSchedule>map(r -> r).orElseGet(() -> chosen.duesScheduleOn(on));
    return new Curve(
        chosen.name() + " " + wanted.name() + " (" + ruleSet.id() + ")", wanted, schedule, ruleSet);
  }

  /** The tier's dues for a revenue, in the chart's currency. */
  private Money dues(
      Curve curve,
      Declaration declared,
      Money revenue,
      CurrencyUnit currency,
      ExchangeRates rates) {
    Declaration declaration = Declaration.builder().from(declared).annualRevenue(revenue).build();
    DuesQuote quote = curve.schedule().quote(curve.tier(), declaration, rates);
    return quote.amount().getCurrencyUnit().equals(currency)
        ? quote.amount()
        : rates.convert(quote.amount(), currency);
  }

  /**
   * The revenues to quote: evenly spaced on the log axis across the curves' bends (where a minimum
   * or maximum starts, where a revenue band starts) with a decade or more either side (or 1M to
   * 100B when no curve bends), plus the bends and the marked revenue exactly.
   */
  private static List<BigDecimal> revenues(
      List<Curve> curves, CurrencyUnit currency, ExchangeRates rates, Optional<BigDecimal> marked) {
    TreeSet<BigDecimal> exact = new TreeSet<>();
    for (Curve curve : curves) {
      exact.addAll(bends(curve, currency, rates));
    }
    marked.filter(r -> r.signum() > 0).ifPresent(exact::add);
    double low =
        exact.isEmpty()
            ? 1e6
            : Math.pow(10, Math.floor(Math.log10(exact.first().doubleValue())) - 1);
    double high =
        exact.isEmpty()
            ? 1e11
            : Math.pow(10, Math.ceil(Math.log10(exact.last().doubleValue())) + 1);
    TreeSet<BigDecimal> all = new TreeSet<>(exact);
    double step = Math.log10(high / low) / (SAMPLES - 1);
    for (int i = 0; i < SAMPLES; i++) {
      all.add(
          new BigDecimal(Math.pow(10, Math.log10(low) + i * step))
              .setScale(currency.getDecimalPlaces(), RoundingMode.HALF_UP));
    }
    List<BigDecimal> scaled = new ArrayList<>();
    for (BigDecimal revenue : all) {
      BigDecimal money = revenue.setScale(currency.getDecimalPlaces(), RoundingMode.HALF_UP);
      if (money.signum() > 0
          && (scaled.isEmpty() || scaled.get(scaled.size() - 1).compareTo(money) != 0)) {
        scaled.add(money);
      }
    }
    return scaled;
  }

  /**
   * Where a percent-of-revenue curve meets its minimum and its maximum, and where a curve banded by
   * revenue steps, in the chart's currency (left out where no rate converts them).
   */
  private static List<BigDecimal> bends(Curve curve, CurrencyUnit currency, ExchangeRates rates) {
    List<BigDecimal> bends = new ArrayList<>();
    TierRule rule = curve.ruleSet().getRules(curve.tier());
    if (rule.dues() instanceof PercentOfRevenueDues percent && percent.percent().signum() > 0) {
      for (Optional<Money> bound : List.of(percent.minimum(), percent.maximum())) {
        bound
            .flatMap(b -> inCurrency(b, currency, rates))
            .ifPresent(
                b ->
                    bends.add(
                        b.getAmount()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(percent.percent(), 2, RoundingMode.HALF_UP)));
      }
    }
    if (rule.dues() instanceof BandedDues banded && banded.basis() == DuesBasis.REVENUE) {
      // A band's first revenue and the one just below it, so that the step is drawn upright.
      BigDecimal cent = BigDecimal.ONE.movePointLeft(currency.getDecimalPlaces());
      for (DuesBand band : banded.bands()) {
        inCurrency(
                Money.of(curve.ruleSet().currency(), band.atLeast(), RoundingMode.HALF_UP),
                currency,
                rates)
            .map(Money::getAmount)
            .filter(edge -> edge.signum() > 0)
            .ifPresent(
                edge -> {
                  bends.add(edge);
                  bends.add(edge.subtract(cent));
                });
      }
    }
    return bends;
  }

  /** The minimum and maximum, named by their plateaus. */
  private static List<ChartPlot.Note> bounds(
      Curve curve, CurrencyUnit currency, ExchangeRates rates, double low, double high) {
    List<ChartPlot.Note> notes = new ArrayList<>();
    TierRule rule = curve.ruleSet().getRules(curve.tier());
    if (rule.dues() instanceof PercentOfRevenueDues percent) {
      percent
          .minimum()
          .flatMap(m -> inCurrency(m, currency, rates))
          .ifPresent(
              m ->
                  notes.add(
                      new ChartPlot.Note(
                          "minimum " + MoneyText.format(m), low * 4, m.getAmount().doubleValue())));
      percent
          .maximum()
          .flatMap(m -> inCurrency(m, currency, rates))
          .ifPresent(
              m ->
                  notes.add(
                      new ChartPlot.Note(
                          "maximum " + MoneyText.format(m),
                          high / 4,
                          m.getAmount().doubleValue())));
    }
    return notes;
  }

  private static Optional<Money> inCurrency(
      Money amount, CurrencyUnit currency, ExchangeRates rates) {
    if (amount.getCurrencyUnit().equals(currency)) {
      return Optional.of(amount);
    }
    return rates
        .findRate(amount.getCurrencyUnit(), currency)
        .map(r -> rates.convert(amount, currency));
  }
}
