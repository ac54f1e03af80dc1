package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.PrerequisiteFee;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
          + " rule sets that have it.",
      "",
      "Any built-in foundation (--foundation ID): --employees N serves tiers banded by size and --kind"
          + " tiers priced or offered by kind of organization. The answer names the rule set, its dates and"
          + " sources, the date a source last confirmed the fee and, when that is a year or more before the"
          + " date asked about, how old the evidence is; memberships the rules require are itemised."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder dues --tier gold --revenue \"EUR 3000000000\"",
      "  stackholder dues --tier gold --revenue \"CNY 237760000000\" \\",
      "      --rate CNY/USD=0.1481 --on 2018-01-01",
      "  stackholder dues --foundation eclipse --tier strategic \\",
      "      --revenue \"EUR 120000000\" --format json",
      "  stackholder dues --foundation hyperledger --tier premier --employees 20000",
      "  stackholder dues --foundation cncf --tier academic --kind academic",
      "",
      ExitCodes.HELP_SECTION
    })
final class DuesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin FoundationOption foundation;

  @Mixin DateOption date;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Option(
      names = "--tier",
      required = true,
      paramLabel = "TIER",
      description =
          "The tier, by id or name, e.g. platinum, gold, silver, individual (an unknown one lists the"
              + " foundation's tiers).")
  String tier;

  @Mixin OrganizationOptions organization;

  @Override
  public Integer call() {
    format.format();
    Declaration declaration = organization.declaration();
    Foundation chosen = foundation.foundation();
    LocalDate on = date.date();
    Tier wanted = chosen.getTier(tier);
    RuleSet ruleSet = chosen.ruleSetOn(on);
    if (ruleSet.findRules(wanted).isEmpty()) {
      throw new NoRulesInForceException(
          String.format(
              "The %s rule set in force on %s (%s, %s) has no"
                  + " tier '%s'; rule sets with it: %s",
              chosen.name(),
              on,
              ruleSet.id(),
              RuleSetText.span(ruleSet),
              wanted.id(),
              withTier(chosen, wanted)));
    }
    // The dated schedule, not the bare rule set: its quote records the date and the evidence's age
    // and
    // itemises the fees of memberships the rules require.
    DuesQuote quote =
        chosen.duesScheduleOn(on).quote(wanted, declaration, organization.exchangeRates());
    OutputFormat output = format.format();
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    if (output == OutputFormat.CSV) {
      // One row: amounts plain decimals with their currency, as every CSV of the program writes
      // money.
      Csv.row(
          out,
          "foundation",
          "date",
          "rule_set",
          "tier",
          "currency",
          "amount",
          "term_years",
          "term_total",
          "total_with_required",
          "last_confirmed",
          "evidence_age",
          "old_evidence",
          "explanation");
      Csv.row(
          out,
          chosen.id(),
          on,
          ruleSet.id(),
          quote.tier().id(),
          quote.amount().getCurrencyUnit().getCode(),
          Csv.plain(quote.amount()),
          quote.termYears(),
          Csv.plain(quote.termTotal()),
          Csv.plain(quote.total()),
          quote.lastConfirmed().map(LocalDate::toString).orElse(""),
          quote.evidenceAge().map(Object::toString).orElse(""),
          quote.evidenceIsOld(),
          quote.explanation());
    } else if (output == OutputFormat.JSON) {
      // The library's quote as the shared mapper writes it (so its fields appear as they are
      // added),
      // with the date asked about, the rule set's dates and sources, and the evidence's age.
      ObjectNode node = StackholderJson.mapper().valueToTree(quote);
      node.put("foundation", chosen.id());
      node.put("date", on.toString());
      quote.evidenceAge().ifPresent(age -> node.put("evidenceAge", age.toString()));
      node.put("evidenceIsOld", quote.evidenceIsOld());
      node.set("ruleSet", RuleSetText.json(ruleSet));
      out.println(StackholderJson.writePretty(node));
    } else {
      out.println(MoneyText.format(quote.amount()));
      out.println(quote.explanation());
      out.println(chosen.name() + ", " + on + ". " + RuleSetText.describe(ruleSet));
      if (quote.termYears() > 1) {
        out.println(
            "Term: "
                + quote.termYears()
                + " years, "
                + MoneyText.format(quote.termTotal())
                + " in all");
      }
      for (PrerequisiteFee fee : quote.prerequisites()) {
        out.println("Requires: " + prerequisite(fee));
      }
      if (!quote.total().equals(quote.amount())) {
        out.println(
            "In all: " + MoneyText.format(quote.total()) + " a year with the required memberships");
      }
      quote
          .lastConfirmed()
          .ifPresent(
              confirmed ->
                  out.println(
                      "Fee last confirmed by a source on "
                          + confirmed
                          + quote
                              .evidenceAge()
                              .map(age -> ", " + Evidence.age(age) + " before " + on)
                              .orElse("")
                          + (quote.evidenceIsOld()
                              ? ": old evidence (a year or more), check the source"
                              : "")));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * One required membership: its foundation and tier, its fee or why it has none, and its sources.
   */
  static String prerequisite(PrerequisiteFee fee) {
    String price =
        fee.quote()
            .map(q -> MoneyText.format(q.amount()) + " a year (rules " + q.ruleSetId() + ")")
            .orElseGet(() -> "not quoted, " + fee.unpriced().orElse("no reason given"));
    String sources =
        fee.prerequisite().sources().stream()
            .map(RuleSetText::source)
            .collect(Collectors.joining("; "));
    return fee.foundationName()
        + " membership ("
        + fee.prerequisite().foundation()
        + " "
        + fee.prerequisite().tier()
        + "): "
        + price
        + (sources.isEmpty() ? "" : "; source: " + sources);
  }

  private static String withTier(Foundation foundation, Tier tier) {
    String list =
        foundation.ruleSets().stream()
            .filter(r -> r.findRules(tier).isPresent())
            .sorted(Comparator.comparing(RuleSet::effectiveFrom))
            .map(r -> r.id() + " (" + RuleSetText.span(r) + ")")
            .collect(Collectors.joining(", "));
    return list.isEmpty() ? "none" : list;
  }
}
