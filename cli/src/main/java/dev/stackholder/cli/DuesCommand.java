package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder dues}: what a member of a tier owes for a year under the rules in force on a
 * date (today by default), with the explanation and the rule set it comes from.
 */
@Command(
    name = "dues",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
        "Quote one year's dues for a tier, with the explanation and the rule set used.",
        "",
        "The rule set is the one in force today, or on --on DATE. A revenue in another currency than the"
            + " rule set's needs --rate; a tier the rule set in force does not have is refused, naming the"
            + " rule sets that have it."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  stackholder dues --tier gold --revenue \"EUR 3000000000\"",
        "  stackholder dues --tier gold --revenue \"CNY 237760000000\" \\",
        "      --rate CNY/USD=0.1481 --on 2018-01-01",
        "  stackholder dues --foundation eclipse --tier strategic \\",
        "      --revenue \"EUR 120000000\" --json",
        "",
        ExitCodes.HELP_SECTION})
final class DuesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  FoundationOption foundation;

  @Mixin
  DateOption date;

  @Mixin
  JsonOption json;

  @Option(names = "--tier", required = true, paramLabel = "TIER",
      description = "The tier, by id or name, e.g. platinum, gold, silver, individual (an unknown one lists the"
          + " foundation's tiers).")
  String tier;

  @Option(names = "--revenue", paramLabel = "AMOUNT",
      description = "Annual revenue with its currency, e.g. \"CNY 237760000000\" or \"USD 35000000000\".")
  Optional<Money> revenue = Optional.empty();

  @Option(names = "--employees", paramLabel = "N",
      description = "Number of employees, for tiers whose dues are banded by size.")
  Optional<Integer> employees = Optional.empty();

  @Option(names = "--rate", paramLabel = "FROM/TO=RATE",
      description = "An exchange rate, e.g. CNY/USD=0.1481 (one CNY is worth 0.1481 USD). Repeatable, once per pair.")
  List<ExchangeRate> rates = new ArrayList<>();

  @Override
  public Integer call() {
    employees.ifPresent(n -> {
      if (n < 0) {
        throw new UsageException("--employees " + n + " is negative, expected a number of employees, 0 or more");
      }
    });
    Foundation chosen = foundation.foundation();
    LocalDate on = date.date();
    Tier wanted = chosen.getTier(tier);
    RuleSet ruleSet = chosen.ruleSetOn(on);
    if (ruleSet.findRules(wanted).isEmpty()) {
      throw new NoRulesInForceException(String.format("The %s rule set in force on %s (%s, %s) has no"
          + " tier '%s'; rule sets with it: %s", chosen.name(), on, ruleSet.id(), RuleSetText.span(ruleSet),
          wanted.id(), withTier(chosen, wanted)));
    }
    Declaration declaration = Declaration.builder().annualRevenue(revenue).employees(employees).build();
    DuesQuote quote = ruleSet.quote(wanted, declaration, CliRates.of(rates));
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      // The library's quote as the shared mapper writes it (so its fields appear as they are added),
      // with the date asked about and the rule set's dates and sources.
      ObjectNode node = StackholderJson.mapper().valueToTree(quote);
      node.put("foundation", chosen.id());
      node.put("date", on.toString());
      node.set("ruleSet", RuleSetText.json(ruleSet));
      out.println(StackholderJson.writePretty(node));
    } else {
      out.println(MoneyText.format(quote.amount()));
      out.println(quote.explanation());
      out.println(chosen.name() + ", " + on + ". " + RuleSetText.describe(ruleSet));
    }
    return ExitCodes.OK;
  }

  private static String withTier(Foundation foundation, Tier tier) {
    String list = foundation.ruleSets().stream()
        .filter(r -> r.findRules(tier).isPresent())
        .sorted(Comparator.comparing(RuleSet::effectiveFrom))
        .map(r -> r.id() + " (" + RuleSetText.span(r) + ")")
        .collect(Collectors.joining(", "));
    return list.isEmpty() ? "none" : list;
  }
}
