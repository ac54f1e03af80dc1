package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.DuesSchedule;
import dev.stackholder.membership.Foundation;

import dev.stackholder.membership.OpenStackFoundation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stackholder dues}: what a member of a tier owes for a year, with the explanation.
 *
 * <pre>
 * stackholder dues --tier gold --revenue "CNY 237760000000" --rate CNY/USD=0.1481
 * USD 200,000.00
 * Gold: revenue CNY 237,760,000,000.00 converted at CNY/USD=0.1481 ... above the maximum: USD 200,000.00 (...)
 * </pre>
 */
@Command(
    name = "dues",
    mixinStandardHelpOptions = true,
    description = {
        "Quote one year's OpenStack Foundation dues for a tier, with the explanation.",
        "Without --on the 2012 bylaws apply; with --on, the rule set in force that day."})
final class DuesCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--tier", required = true, paramLabel = "TIER",
      description = "The tier, by id or name: platinum, gold, corporate-sponsor, startup-sponsor,"
          + " supporting-organization, individual, silver, associate.")
  String tier;

  @Option(names = "--revenue", paramLabel = "AMOUNT", converter = CliConverters.MoneyConverter.class,
      description = "Annual revenue with its currency, e.g. \"CNY 237760000000\" or \"USD 35000000000\".")
  Optional<Money> revenue;

  @Option(names = "--employees", paramLabel = "N", description = "Number of employees, for rules banded by size.")
  Optional<Integer> employees;

  @Option(names = "--rate", paramLabel = "FROM/TO=RATE", converter = CliConverters.RateConverter.class,
      description = "An exchange rate, e.g. CNY/USD=0.1481 (one CNY is worth 0.1481 USD). Repeatable.")
  List<ExchangeRate> rates = new ArrayList<>();

  @Option(names = "--on", paramLabel = "DATE", converter = CliConverters.DateConverter.class,
      description = "Use the rule set in force on this date (YYYY-MM-DD).")
  Optional<LocalDate> on;

  @Option(names = "--json", description = "Print the quote as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Foundation foundation = OpenStackFoundation.foundation();
    DuesSchedule schedule = on.map(foundation::duesScheduleOn).orElseGet(OpenStackFoundation::duesSchedule);
    Declaration declaration = Declaration.builder().annualRevenue(revenue).employees(employees).build();
    DuesQuote quote = schedule.quote(foundation.getTier(tier), declaration, ExchangeRates.of(rates));
    if (json) {
      spec.commandLine().getOut().println(StackholderJson.writePretty(quote));
    } else {
      spec.commandLine().getOut().println(MoneyText.format(quote.amount()));
      spec.commandLine().getOut().println(quote.explanation());
    }
    return 0;
  }
}
