package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.Proration;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.StatedCharge;
import dev.stackholder.membership.income.IncomeLine;
import dev.stackholder.membership.income.IncomeReport;
import dev.stackholder.membership.income.PublishedIncome;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.Roster;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@code stackholder income [--year YYYY]}: expected dues income of the built-in roster for a year.
 */
@Command(
    name = "income",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Expected OpenStack Foundation dues income for a year (this year by default).",
      "",
      "Computed over the members the built-in evidence knows during the year, under the rule sets in"
          + " force. A member whose dues depend on a revenue --revenue does not declare is charged the"
          + " range its rule allows (Gold under the 2012 bylaws: USD 50,000 to 200,000), and the totals"
          + " are ranges. Members whose status during the year is unknown are listed as uncertain and"
          + " count only in the upper total. A charge a source states for a member and year (VMware's"
          + " USD 66,666.67 for 2012) replaces the rule's amount. Under a rule set that charges any part"
          + " of a year in full, a member that changes tier is charged once, at the highest of its"
          + " tiers' dues, so declaring a revenue never lowers the total. Each --revenue names a member"
          + " by its organization id, once."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder income --year 2018 --revenue tencent=\"CNY 237760000000\" \\",
      "      --rate CNY/USD=0.1481",
      "  stackholder income --year 2013 --format csv",
      "",
      ExitCodes.HELP_SECTION
    })
final class IncomeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "The calendar year, 1000 to 9999 (default: this year).")
  Optional<Year> year = Optional.empty();

  @Option(
      names = "--revenue",
      paramLabel = "ORG=AMOUNT",
      description =
          "A member's declared annual revenue, e.g. tencent=\"CNY 237760000000\". Repeatable, once per member.")
  List<String> revenues = new ArrayList<>();

  @Mixin RateOptions rate;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    Foundation foundation = OpenStackFoundation.foundation();
    int first =
        foundation.ruleSets().stream()
            .map(RuleSet::effectiveFrom)
            .min(Comparator.naturalOrder())
            .orElseThrow()
            .getYear();
    int asked =
        year.map(Year::getValue)
            .orElseGet(() -> ((StackholderCli) spec.root().userObject()).today().getYear());
    if (asked < first) {
      throw new NoRulesInForceException(
          "No "
              + foundation.name()
              + " rules in "
              + asked
              + ": the first rule set is in force from "
              + firstDay(foundation)
              + ", expected a year from "
              + first);
    }
    Roster roster = OpenStackFoundation.roster();
    Map<String, Declaration> declared = declarations(roster);
    IncomeReport report =
        IncomeReport.forYearDeclared(roster, Year.of(asked), declared, rate.exchangeRates());
    List<RuleSet> ruleSets = ruleSetsIn(foundation, asked);
    Optional<PublishedIncome> filed =
        OpenStackFoundation.publishedIncome().stream()
            .filter(figure -> figure.year().getValue() == asked)
            .findFirst();
    List<StatedCharge> stated =
        foundation.statedCharges().stream()
            .filter(charge -> charge.year().getValue() == asked)
            .collect(Collectors.toList());
    // Table output keeps within the terminal's width (wrapping long lines); JSON and CSV are never
    // wrapped.
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().valueToTree(report);
        ArrayNode used = node.putArray("ruleSets");
        ruleSets.forEach(r -> used.add(RuleSetText.json(r)));
        node.set("statedCharges", StackholderJson.mapper().valueToTree(stated));
        filed.ifPresent(
            figure -> {
              node.set("published", StackholderJson.mapper().valueToTree(figure));
              node.put("comparison", figure.compare(report));
            });
        ArrayNode charging = node.putArray("chargingRules");
        chargingRules(ruleSets).forEach(charging::add);
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        // Money as every CSV of the program writes it: plain decimals, the currency in its own
        // column.
        Csv.row(
            out,
            "organization",
            "name",
            "tier",
            "from",
            "until",
            "currency",
            "charged",
            "charged_up_to",
            "explanation");
        for (IncomeLine line : report.lines()) {
          Csv.row(
              out,
              line.organization().id(),
              line.organization().name(),
              line.tier().id(),
              line.from(),
              line.until(),
              line.charged().getCurrencyUnit().getCode(),
              Csv.plain(line.charged()),
              Csv.plain(line.chargedUpTo()),
              line.explanation());
        }
        break;
      default:
        out.printf(
            "Expected OpenStack Foundation dues income for %d (members the built-in evidence knows)%n",
            asked);
        for (IncomeLine line : report.lines()) {
          out.printf(
              "  %-28s %-18s %31s  %s%n",
              line.organization().name(),
              line.tier().name(),
              charged(line.charged(), line.chargedUpTo()),
              line.explanation());
        }
        // Each tier's range as its lines give it (least to most), as the grand total is written;
        // the
        // members whose status is unknown count in the grand total's upper bound only.
        for (Map.Entry<String, Money> tier : report.byTier().entrySet()) {
          out.printf(
              "Total %-43s %31s%n",
              tier.getKey(),
              charged(tier.getValue(), upTo(report, tier.getKey(), tier.getValue())));
        }
        out.printf("Total %-43s %31s%n", "all", charged(report.total(), report.totalUpTo()));
        out.println(
            filed
                .map(figure -> "Filed: " + figure.compare(report))
                .orElse(
                    "Filed: no income figure found for "
                        + asked
                        + " (see the published income data's note)"));
        for (String uncertain : report.uncertain()) {
          out.println("Uncertain (in the upper total only): " + uncertain);
        }
        for (String missing : report.undeclared()) {
          out.println("Not included: " + missing);
        }
        for (StatedCharge charge : stated) {
          String name =
              report.lines().stream()
                  .filter(line -> line.organization().id().equals(charge.organizationId()))
                  .map(line -> line.organization().name())
                  .findFirst()
                  .orElse(charge.organizationId());
          out.println(
              "Stated charge, replacing the rule's amount: "
                  + name
                  + " "
                  + MoneyText.format(charge.amount())
                  + " for "
                  + charge.year()
                  + " ("
                  + charge.source().title()
                  + charge.source().date().map(d -> ", " + d).orElse("")
                  + ")");
        }
        chargingRules(ruleSets).forEach(rule -> out.println("Charging: " + rule));
        ruleSets.forEach(r -> out.println(RuleSetText.describe(r)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code USD 50,000.00} or, for a range, {@code USD 50,000.00 to USD 200,000.00}. */
  private static String charged(Money least, Money most) {
    return most.isEqual(least)
        ? MoneyText.format(least)
        : MoneyText.format(least) + " to " + MoneyText.format(most);
  }

  /** The most a tier's lines may charge: the sum of their upper bounds, never below the least. */
  private static Money upTo(IncomeReport report, String tierId, Money least) {
    Money most = least.withAmount(java.math.BigDecimal.ZERO);
    for (IncomeLine line : report.lines()) {
      if (line.tier().id().equals(tierId)) {
        most = most.plus(line.chargedUpTo());
      }
    }
    return most.isLessThan(least) ? least : most;
  }

  /**
   * How the year's rule sets charge part years and tier changes, one sentence per way (as
   * IncomeReport does it).
   */
  private static List<String> chargingRules(List<RuleSet> ruleSets) {
    Map<Proration, List<String>> byProration = new LinkedHashMap<>();
    for (RuleSet ruleSet : ruleSets) {
      byProration.computeIfAbsent(ruleSet.proration(), p -> new ArrayList<>()).add(ruleSet.id());
    }
    List<String> rules = new ArrayList<>();
    byProration.forEach(
        (proration, ids) ->
            rules.add(
                String.join(", ", ids)
                    + ": "
                    + (proration == Proration.DAYS
                        ? "each membership pays the year's dues times its days in the year over the days of the year"
                        : "any part of a year is charged as a full year (no public proration rule was found); a member that"
                            + " changes tier during the year is charged once, at the highest of its tiers' dues, so declaring a"
                            + " revenue never lowers the total")));
    return rules;
  }

  private static LocalDate firstDay(Foundation foundation) {
    return foundation.ruleSets().stream()
        .map(RuleSet::effectiveFrom)
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  private static List<RuleSet> ruleSetsIn(Foundation foundation, int year) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    return foundation.ruleSets().stream()
        .filter(
            r ->
                !r.effectiveFrom().isAfter(end)
                    && r.effectiveUntil().map(u -> u.isAfter(start)).orElse(true))
        .sorted(Comparator.comparing(RuleSet::effectiveFrom))
        .collect(Collectors.toList());
  }

  /** The --revenue options by organization id: each id a known member, given once. */
  private Map<String, Declaration> declarations(Roster roster) {
    List<String> known =
        roster.memberships().stream()
            .map(Membership::organization)
            .map(o -> o.id())
            .distinct()
            .sorted()
            .collect(Collectors.toList());
    Map<String, Declaration> declared = new LinkedHashMap<>();
    for (String revenue : revenues) {
      int equals = revenue.indexOf('=');
      if (equals <= 0) {
        throw new UsageException(
            "--revenue '"
                + revenue
                + "' is not ORG=AMOUNT, expected e.g. tencent=\"CNY 237760000000\"");
      }
      String id = revenue.substring(0, equals).trim().toLowerCase(Locale.ROOT);
      String amount = revenue.substring(equals + 1);
      if (!known.contains(id)) {
        throw new NotFoundException("organization", revenue.substring(0, equals), known);
      }
      Money money;
      try {
        money = MoneyText.parse(amount);
      } catch (InvalidDataException e) {
        throw new UsageException(
            "Invalid value for option '--revenue' of " + id + ": " + e.getMessage());
      }
      if (declared.put(id, Declaration.ofRevenue(money)) != null) {
        throw new UsageException(
            "--revenue " + id + " is given twice, expected one revenue per member");
      }
    }
    return declared;
  }
}
