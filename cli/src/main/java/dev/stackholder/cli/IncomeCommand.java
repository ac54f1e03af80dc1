package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;

import dev.stackholder.membership.IncomeLine;
import dev.stackholder.membership.IncomeReport;
import dev.stackholder.membership.OpenStackFoundation;
import java.io.PrintWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stackholder income --year YYYY}: expected dues income of the built-in roster for a year. */
@Command(
    name = "income",
    mixinStandardHelpOptions = true,
    description = {
        "Expected OpenStack Foundation dues income for a calendar year.",
        "Computed over the built-in roster.",
        "Members whose dues depend on revenue are included only when --revenue declares it; the",
        "others are listed as undeclared and left out of the totals."})
final class IncomeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The calendar year.")
  int year;

  @Option(names = "--revenue", paramLabel = "ORG=AMOUNT",
      description = "A member's declared annual revenue, e.g. tencent=\"CNY 237760000000\". Repeatable.")
  Map<String, String> revenues = new HashMap<>();

  @Option(names = "--rate", paramLabel = "FROM/TO=RATE", converter = CliConverters.RateConverter.class,
      description = "An exchange rate, e.g. CNY/USD=0.1481. Repeatable.")
  List<ExchangeRate> rates = new ArrayList<>();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Map<String, Declaration> declared = new HashMap<>();
    CliConverters.MoneyConverter money = new CliConverters.MoneyConverter();
    revenues.forEach((org, amount) -> declared.put(org, Declaration.ofRevenue(money.convert(amount))));
    IncomeReport report = IncomeReport.forYearDeclared(OpenStackFoundation.roster(), Year.of(year), declared,
        ExchangeRates.of(rates));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StackholderJson.writePretty(report));
      return 0;
    }
    out.printf("Expected OpenStack Foundation dues income for %d (members named in the built-in history)%n", year);
    for (IncomeLine line : report.lines()) {
      out.printf("  %-28s %-18s %16s  %s%n", line.organization().name(), line.tier().name(),
          MoneyText.format(line.charged()), line.explanation());
    }
    for (Map.Entry<String, Money> tier : report.byTier().entrySet()) {
      out.printf("Total %-20s %16s%n", tier.getKey(), MoneyText.format(tier.getValue()));
    }
    out.printf("Total %-20s %16s%n", "all", MoneyText.format(report.total()));
    for (String missing : report.undeclared()) {
      out.println("Not included: " + missing);
    }
    return 0;
  }
}
