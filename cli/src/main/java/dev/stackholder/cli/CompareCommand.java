package dev.stackholder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.PrerequisiteFee;
import dev.stackholder.membership.compare.FeeComparison;
import dev.stackholder.membership.compare.FeeComparisonRow;
import dev.stackholder.membership.compare.FeeStatus;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stackholder compare}: what each tier of each built-in foundation would cost one
 * organization a year on a date (today by default), side by side, every amount with its source and
 * the age of its evidence. The library's {@link FeeComparison} does the work; this prints it as a
 * table, JSON or CSV, the three carrying the same rows in the same order.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Compare what each tier of each built-in foundation would cost your organization a year.",
      "",
      "Every tier of every foundation (or of those --foundation names) under the rules in force today,"
          + " or on --on DATE: the annual cost in the schedule's currency and in yours (that of --revenue,"
          + " or --currency), the total over a multi-year commitment, the board seats, the memberships the"
          + " rules require (their fees included where quoted), the date a source last confirmed the fee"
          + " and its age (flagged OLD a year or more), and the sources, numbered under the table.",
      "",
      "Nothing is guessed: a tier whose fee needs a figure you did not declare is shown as"
          + " 'needs employees' (or revenue, kind), a tier not offered to your --kind as 'not offered',"
          + " and a fee in another currency without a --rate is given in its own currency only."
          + " Sponsorship programs (the ASF's, the PSF's) are marked as such: they are not membership."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  stackholder compare --revenue \"USD 5000000000\" --employees 20000",
      "  stackholder compare --revenue \"USD 5000000000\" --employees 20000 \\",
      "      --kind commercial --rate USD/EUR=0.92 --rate EUR/USD=1.08 --sort cost",
      "  stackholder compare --kind academic --employees 3000 \\",
      "      --foundation cncf,linux-foundation --format csv",
      "",
      "CSV columns: foundation, foundation_name, tier, tier_name, program, rule_set, status, reason,"
          + " currency, annual, organization_currency, annual_in_organization_currency, term_years,"
          + " term_total, board, elected_directors, requires, last_confirmed, evidence_age, old_evidence,"
          + " sources (amounts as plain decimals, evidence_age as ISO-8601, e.g. P12Y9M).",
      "",
      ExitCodes.HELP_SECTION
    })
final class CompareCommand implements Callable<Integer> {
  /** How the rows are ordered. */
  enum Order {
    FOUNDATION,
    COST
  }

  @Spec CommandSpec spec;

  @Mixin OrganizationOptions organization;

  @Mixin DateOption date;

  @Mixin FormatOptions format;

  @Mixin WideOption wide;

  @Option(
      names = "--foundation",
      paramLabel = "ID",
      arity = "1..*",
      split = ",",
      description =
          "Only these foundations, by id (repeatable or comma-separated; default: every built-in one).")
  List<String> foundations = new ArrayList<>();

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description =
          "The currency to show your costs in (default: that of --revenue, else USD); fees in"
              + " another currency need a --rate to it.")
  Optional<String> currency = Optional.empty();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      converter = OrderConverter.class,
      description =
          "foundation (the default: foundation by foundation, tiers in their rules' order) or cost"
              + " (priced in your currency first, cheapest first; then the others).")
  Order order = Order.FOUNDATION;

  @Override
  public Integer call() {
    OutputFormat output = format.format();
    Declaration declaration = organization.declaration();
    List<Foundation> chosen = chosen();
    CurrencyUnit in = currency();
    LocalDate on = date.date();
    FeeComparison comparison =
        FeeComparison.of(declaration, on, in, organization.exchangeRates(), chosen);
    if (comparison.rows().isEmpty()) {
      throw new NoRulesInForceException(
          "No rule set of the foundations compared is in force on "
              + on
              + ": "
              + String.join("; ", comparison.notInForce()));
    }
    List<FeeComparisonRow> rows =
        order == Order.COST ? comparison.sortedByCost() : comparison.rows();
    // Table output keeps within the terminal's width (wrapping long lines); JSON and CSV are never
    // wrapped.
    PrintWriter out =
        output == OutputFormat.TABLE
            ? WrappingWriter.of(spec.commandLine().getOut(), wide.width())
            : spec.commandLine().getOut();
    switch (output) {
      case JSON:
        ObjectNode node = StackholderJson.mapper().valueToTree(comparison);
        node.put("sort", order.name().toLowerCase(Locale.ROOT));
        node.set("rows", StackholderJson.mapper().valueToTree(rows));
        out.println(StackholderJson.writePretty(node));
        break;
      case CSV:
        csv(rows, in, out);
        break;
      default:
        table(comparison, rows, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The foundations asked for, each once, in the order given; all built-in ones by default. */
  private List<Foundation> chosen() {
    if (foundations.isEmpty()) {
      return Foundations.builtIn();
    }
    Map<String, Foundation> byId = new LinkedHashMap<>();
    for (String id : foundations) {
      Foundation foundation = Foundations.getFoundation(id);
      if (byId.put(foundation.id(), foundation) != null) {
        throw new UsageException(
            "--foundation " + foundation.id() + " is given twice, expected each foundation once");
      }
    }
    return List.copyOf(byId.values());
  }

  private CurrencyUnit currency() {
    if (currency.isEmpty()) {
      return organization.revenue.map(Money::getCurrencyUnit).orElse(CurrencyUnit.USD);
    }
    String code = currency.get().trim().toUpperCase(Locale.ROOT);
    try {
      if (code.length() == 3) {
        return CurrencyUnit.of(code);
      }
    } catch (IllegalCurrencyException e) {
      // the message below
    }
    throw new UsageException(
        "Invalid value for option '--currency': '"
            + currency.get()
            + "' is not a currency, expected an ISO 4217 code such as USD or EUR");
  }

  private static void csv(List<FeeComparisonRow> rows, CurrencyUnit in, PrintWriter out) {
    Csv.row(
        out,
        "foundation",
        "foundation_name",
        "tier",
        "tier_name",
        "program",
        "rule_set",
        "status",
        "reason",
        "currency",
        "annual",
        "organization_currency",
        "annual_in_organization_currency",
        "term_years",
        "term_total",
        "board",
        "elected_directors",
        "requires",
        "last_confirmed",
        "evidence_age",
        "old_evidence",
        "sources");
    for (FeeComparisonRow row : rows) {
      Csv.row(
          out,
          row.foundationId(),
          row.foundationName(),
          row.tier().id(),
          row.tier().name(),
          row.program().id(),
          row.ruleSetId(),
          row.status().id(),
          row.reason().orElse(""),
          row.annual().map(m -> m.getCurrencyUnit().getCode()).orElse(""),
          plain(row.annual()),
          in.getCode(),
          plain(row.annualInOrganizationCurrency()),
          row.termYears(),
          plain(row.termTotal()),
          row.board().id(),
          row.electedDirectors().map(String::valueOf).orElse(""),
          String.join(" ", row.requires()),
          row.lastConfirmed().map(LocalDate::toString).orElse(""),
          row.evidenceAge().map(Object::toString).orElse(""),
          row.oldEvidence(),
          row.sources().stream().map(RuleSetText::source).collect(Collectors.joining("; ")));
    }
  }

  private static String plain(Optional<Money> money) {
    return money.map(Money::getAmount).map(BigDecimal::toPlainString).orElse("");
  }

  private void table(FeeComparison comparison, List<FeeComparisonRow> rows, PrintWriter out) {
    out.println(
        "Annual membership and sponsorship fees on "
            + comparison.on()
            + " for "
            + describe(comparison)
            + "; costs in "
            + comparison.currency().getCode());
    // Numbered by how they are cited (title, document, date): two records of one page that differ
    // only in
    // the words quoted are one footnote.
    List<String> sources = new ArrayList<>();
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "FOUNDATION",
          "TIER",
          "PROGRAM",
          "ANNUAL",
          "IN " + comparison.currency().getCode(),
          "TERM",
          "TERM TOTAL",
          "BOARD",
          "REQUIRES",
          "CONFIRMED",
          "AGE",
          "SOURCES"
        });
    List<String> notes = new ArrayList<>();
    for (FeeComparisonRow row : rows) {
      String sourceNumbers =
          row.sources().stream()
              .map(RuleSetText::source)
              .distinct()
              .map(
                  source -> {
                    int index = sources.indexOf(source);
                    if (index < 0) {
                      sources.add(source);
                      index = sources.size() - 1;
                    }
                    return "[" + (index + 1) + "]";
                  })
              .collect(Collectors.joining(""));
      lines.add(
          new String[] {
            row.foundationId(),
            row.tier().name(),
            row.program().id(),
            row.status() == FeeStatus.PRICED
                ? MoneyText.format(row.annual().orElseThrow())
                : unpriced(row),
            row.status() == FeeStatus.PRICED
                ? row.annualInOrganizationCurrency().map(MoneyText::format).orElse("no rate")
                : "-",
            row.termYears() + "y",
            row.termYears() > 1 ? row.termTotal().map(MoneyText::format).orElse("-") : "",
            board(row),
            requires(row),
            row.lastConfirmed().map(LocalDate::toString).orElse("unknown"),
            row.evidenceAge().map(Evidence::shortAge).orElse("")
                + (row.oldEvidence() ? " OLD" : ""),
            sourceNumbers
          });
      if (row.status() == FeeStatus.NOT_QUOTED) {
        notes.add(
            row.foundationId() + " " + row.tier().id() + " not quoted: " + row.reason().orElse(""));
      }
    }
    Table.print(lines, Set.of(3, 4, 6), out, wide.width());
    if (rows.stream().anyMatch(FeeComparisonRow::oldEvidence)) {
      out.println(
          "OLD: no source has confirmed the fee for a year or more before "
              + comparison.on()
              + "; check the source before relying on it.");
    }
    if (rows.stream()
        .anyMatch(
            row -> row.annualInOrganizationCurrency().isEmpty() && row.annual().isPresent())) {
      out.println(
          "no rate: the fee is in another currency and no --rate to "
              + comparison.currency().getCode()
              + " was given.");
    }
    if (rows.stream().anyMatch(row -> row.program().id().equals("sponsorship"))) {
      out.println("sponsorship: a sponsorship program, not membership (no membership rights).");
    }
    notes.forEach(out::println);
    comparison.notInForce().forEach(line -> out.println("No rules in force: " + line));
    out.println("Sources:");
    for (int i = 0; i < sources.size(); i++) {
      out.println("  [" + (i + 1) + "] " + sources.get(i));
    }
  }

  private static String describe(FeeComparison comparison) {
    Declaration organization = comparison.organization();
    List<String> parts = new ArrayList<>();
    organization.kind().ifPresent(kind -> parts.add("a " + kind.id() + " organization"));
    organization
        .annualRevenue()
        .ifPresent(revenue -> parts.add("revenue " + MoneyText.format(revenue)));
    organization
        .employees()
        .ifPresent(n -> parts.add(String.format(Locale.ROOT, "%,d employees", n)));
    if (parts.isEmpty()) {
      return "an organization that declared nothing";
    }
    return String.join(", ", parts);
  }

  private static String unpriced(FeeComparisonRow row) {
    switch (row.status()) {
      case NEEDS_DECLARATION:
        return "needs " + row.needs().map(CompareCommand::figure).orElse("a figure");
      case NOT_OFFERED:
        return "not offered";
      default:
        return "not quoted";
    }
  }

  /** The library's figure names ({@code annualRevenue}) as the options that declare them. */
  private static String figure(String figure) {
    return figure.equals("annualRevenue") ? "revenue" : figure;
  }

  private static String board(FeeComparisonRow row) {
    return row.board().id() + row.electedDirectors().map(n -> " " + n).orElse("");
  }

  /** The required memberships, and whether their fees are in the annual cost. */
  private static String requires(FeeComparisonRow row) {
    if (row.requires().isEmpty()) {
      return "";
    }
    Optional<DuesQuote> quote = row.quote();
    if (quote.isEmpty()) {
      return String.join(" ", row.requires());
    }
    return quote.get().prerequisites().stream()
        .map(fee -> fee.prerequisite().foundation() + " " + included(fee, quote.get()))
        .collect(Collectors.joining(", "));
  }

  private static String included(PrerequisiteFee fee, DuesQuote quote) {
    if (fee.quote().isPresent()
        && fee.quote().get().amount().getCurrencyUnit().equals(quote.amount().getCurrencyUnit())) {
      // The required fee's evidence may be older than the tier's own: the row's age is the tier's.
      DuesQuote required = fee.quote().get();
      return "(incl. "
          + MoneyText.format(required.total())
          + required.lastConfirmed().map(date -> ", confirmed " + date).orElse("")
          + (required.evidenceIsOld() ? " OLD" : "")
          + ")";
    }
    return "(not incl.: " + fee.unpriced().orElse("another currency") + ")";
  }

  /** {@code foundation} or {@code cost}, in any case. */
  static final class OrderConverter implements picocli.CommandLine.ITypeConverter<Order> {
    @Override
    public Order convert(String value) {
      for (Order order : Order.values()) {
        if (order.name().equalsIgnoreCase(value.trim())) {
          return order;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a sort order, expected foundation or cost");
    }
  }
}
