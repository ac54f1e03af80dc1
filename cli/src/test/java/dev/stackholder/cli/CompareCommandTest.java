package dev.stackholder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import dev.stackholder.membership.OrganizationKind;
import dev.stackholder.membership.compare.FeeComparison;
import dev.stackholder.membership.compare.FeeComparisonRow;
import dev.stackholder.membership.compare.FeeStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
  private static final String REVENUE = "USD 5000000000";
  private static final Declaration US =
      Declaration.builder()
          .annualRevenue(Money.parse(REVENUE))
          .employees(20000)
          .kind(OrganizationKind.COMMERCIAL)
          .build();

  private static FeeComparison library(Declaration organization, LocalDate on, String... rates) {
    return FeeComparison.of(
        organization,
        on,
        CurrencyUnit.USD,
        ExchangeRates.of(
            Arrays.stream(rates).map(ExchangeRate::parse).collect(Collectors.toList())));
  }

  /** The table's row lines: those between the header line and the first line that is not a row. */
  private static List<String> tableRows(String out) {
    List<String> lines = out.lines().collect(Collectors.toList());
    int header =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("FOUNDATION ")).findFirst().orElseThrow());
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(header + 1, lines.size())) {
      if (Foundations.findFoundation(line.split(" ")[0]).isEmpty()) {
        break;
      }
      rows.add(line);
    }
    return rows;
  }

  @Test
  void oneTableCoversEveryBuiltInFoundationWithTheLibrarysFigures() {
    CliRun run =
        new CliRun("compare", "--revenue", REVENUE, "--employees", "20000", "--kind", "commercial");
    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    assertThat(run.out.lines().findFirst().orElseThrow())
        .isEqualTo(
            "Annual membership and sponsorship fees on "
                + CliRun.TODAY
                + " for a commercial organization, revenue USD 5,000,000,000.00, 20,000 employees; costs in USD");
    FeeComparison expected = library(US, CliRun.TODAY);
    List<String> rows = tableRows(run.out);
    assertThat(rows).hasSize(expected.rows().size());
    List<String> ids =
        rows.stream().map(r -> r.split(" ")[0]).distinct().collect(Collectors.toList());
    assertThat(ids)
        .hasSizeGreaterThanOrEqualTo(11)
        .contains(
            "openstack",
            "linux-foundation",
            "eclipse",
            "cncf",
            "apache",
            "python",
            "rust-foundation")
        .isEqualTo(Foundations.builtIn().stream().map(Foundation::id).collect(Collectors.toList()));
    for (int i = 0; i < rows.size(); i++) {
      FeeComparisonRow row = expected.rows().get(i);
      String line = rows.get(i);
      assertThat(line)
          .as(line)
          .startsWith(row.foundationId() + " ")
          .contains(" " + row.tier().name() + " ", row.program().id());
      if (row.status() == FeeStatus.PRICED) {
        assertThat(line).as(line).contains(MoneyText.format(row.annual().orElseThrow()));
      } else {
        assertThat(line).as(line).doesNotContain("USD ", "EUR ");
      }
    }
  }

  @Test
  void everyRowCitesNumberedSourcesListedUnderTheTable() {
    CliRun run = new CliRun("compare", "--revenue", REVENUE, "--employees", "20000");
    FeeComparison expected =
        library(
            Declaration.builder().annualRevenue(Money.parse(REVENUE)).employees(20000).build(),
            CliRun.TODAY);
    List<String> footnotes =
        run.out.lines().dropWhile(l -> !l.equals("Sources:")).skip(1).collect(Collectors.toList());
    assertThat(footnotes).isNotEmpty();
    List<String> rows = tableRows(run.out);
    Pattern cited = Pattern.compile("\\[(\\d+)]");
    for (int i = 0; i < rows.size(); i++) {
      Matcher numbers = cited.matcher(rows.get(i));
      List<String> titles = new ArrayList<>();
      while (numbers.find()) {
        int n = Integer.parseInt(numbers.group(1));
        assertThat(n).isBetween(1, footnotes.size());
        titles.add(footnotes.get(n - 1));
      }
      assertThat(titles).as(rows.get(i)).isNotEmpty();
      for (Source source : expected.rows().get(i).sources()) {
        assertThat(titles)
            .as(rows.get(i))
            .anyMatch(t -> t.contains(source.title()) && t.contains(source.document()));
      }
    }
    assertThat(footnotes).allMatch(f -> f.matches("  \\[\\d+] .+ \\(.+\\)"));
  }

  @Test
  void anUndeclaredFigureOrAKindNotServedIsShownNotPriced() {
    CliRun run =
        new CliRun(
            "compare",
            "--revenue",
            REVENUE,
            "--kind",
            "commercial",
            "--foundation",
            "linux-foundation,cncf");
    assertThat(run.status).isZero();
    List<String> rows = tableRows(run.out);
    assertThat(rows)
        .filteredOn(r -> r.startsWith("linux-foundation") && r.contains(" Silver "))
        .singleElement()
        .asString()
        .contains("needs employees")
        .doesNotContain("USD");
    assertThat(rows)
        .filteredOn(r -> r.startsWith("cncf") && r.contains(" Academic "))
        .singleElement()
        .asString()
        .contains("not offered")
        .doesNotContain("USD");
    CliRun academic = new CliRun("compare", "--kind", "academic", "--foundation", "cncf");
    assertThat(tableRows(academic.out))
        .filteredOn(r -> r.contains(" Academic "))
        .singleElement()
        .asString()
        .contains("USD");
    CliRun csv =
        new CliRun(
            "compare", "--revenue", REVENUE, "--foundation", "linux-foundation", "--format", "csv");
    assertThat(csv.out.split("\r\n"))
        .anyMatch(
            l ->
                l.startsWith("linux-foundation,The Linux Foundation,silver,Silver,")
                    && l.contains(",needs-declaration,needs employees,,,USD,,"));
  }

  @Test
  void oldEvidenceIsFlaggedAndRecentEvidenceIsNot() {
    CliRun today = new CliRun("compare", "--employees", "750", "--foundation", "linux-foundation");
    assertThat(tableRows(today.out))
        .filteredOn(r -> r.contains(" Silver "))
        .singleElement()
        .asString()
        .contains("2014-01-28", "11y11m OLD");
    assertThat(today.out)
        .contains("OLD: no source has confirmed the fee for a year or more before " + CliRun.TODAY);
    CliRun then =
        new CliRun(
            "compare",
            "--employees",
            "750",
            "--foundation",
            "linux-foundation",
            "--on",
            "2014-06-01");
    assertThat(tableRows(then.out))
        .filteredOn(r -> r.contains(" Silver "))
        .singleElement()
        .asString()
        .contains("2014-01-28", "4m")
        .doesNotContain("OLD");
  }

  @Test
  void jsonCsvAndTheTableCarryTheSameRowsInTheSameOrder() throws Exception {
    for (String sort : List.of("foundation", "cost")) {
      String[] args = {
        "compare",
        "--revenue",
        REVENUE,
        "--employees",
        "20000",
        "--rate",
        "USD/EUR=0.92",
        "--rate",
        "EUR/USD=1.08",
        "--sort",
        sort
      };
      CliRun table = new CliRun(args);
      CliRun json = new CliRun(append(args, "--json"));
      CliRun csv = new CliRun(append(args, "--format", "csv"));
      assertThat(List.of(table.status, json.status, csv.status)).containsOnly(0);
      FeeComparison expected =
          library(
              Declaration.builder().annualRevenue(Money.parse(REVENUE)).employees(20000).build(),
              CliRun.TODAY,
              "USD/EUR=0.92",
              "EUR/USD=1.08");
      List<FeeComparisonRow> rows = sort.equals("cost") ? expected.sortedByCost() : expected.rows();
      List<String> keys =
          rows.stream()
              .map(
                  r ->
                      r.foundationId()
                          + "/"
                          + r.tier().id()
                          + "/"
                          + r.status().id()
                          + "/"
                          + r.annualInOrganizationCurrency()
                              .map(m -> m.getAmount().toPlainString())
                              .orElse(""))
              .collect(Collectors.toList());

      JsonNode tree = StackholderJson.mapper().readTree(json.out);
      List<String> fromJson = new ArrayList<>();
      for (JsonNode row : tree.get("rows")) {
        fromJson.add(
            row.get("foundationId").asText()
                + "/"
                + row.get("tier").get("id").asText()
                + "/"
                + row.get("status").asText()
                + "/"
                + (row.has("annualInOrganizationCurrency")
                    ? row.get("annualInOrganizationCurrency").get("amount").asText()
                    : ""));
      }
      assertThat(fromJson).as(sort).isEqualTo(keys);
      assertThat(tree.get("on").asText()).isEqualTo(CliRun.TODAY.toString());
      assertThat(tree.get("sort").asText()).isEqualTo(sort);

      String[] lines = csv.out.split("\r\n");
      List<String> header = List.of(lines[0].split(","));
      List<String> fromCsv =
          Arrays.stream(lines)
              .skip(1)
              .map(CompareCommandTest::fields)
              .map(
                  f ->
                      f.get(header.indexOf("foundation"))
                          + "/"
                          + f.get(header.indexOf("tier"))
                          + "/"
                          + f.get(header.indexOf("status"))
                          + "/"
                          + f.get(header.indexOf("annual_in_organization_currency")))
              .collect(Collectors.toList());
      assertThat(fromCsv).as(sort).isEqualTo(keys);

      List<String> fromTable =
          tableRows(table.out).stream().map(l -> l.split(" ")[0]).collect(Collectors.toList());
      assertThat(fromTable)
          .as(sort)
          .isEqualTo(
              rows.stream().map(FeeComparisonRow::foundationId).collect(Collectors.toList()));
      for (int i = 0; i < rows.size(); i++) {
        rows.get(i)
            .annualInOrganizationCurrency()
            .map(MoneyText::format)
            .ifPresent(
                amount -> assertThat(tableRows(table.out)).anyMatch(l -> l.contains(amount)));
      }
    }
  }

  @Test
  void feesInAnotherCurrencyNeedTheirRatesAndSaySo() {
    CliRun none = new CliRun("compare", "--revenue", REVENUE, "--foundation", "eclipse");
    assertThat(tableRows(none.out))
        .filteredOn(r -> r.contains(" Strategic "))
        .singleElement()
        .asString()
        .contains("not quoted");
    assertThat(none.out).contains("eclipse strategic not quoted: No exchange rate from USD to EUR");
    CliRun both =
        new CliRun(
            "compare",
            "--revenue",
            REVENUE,
            "--foundation",
            "eclipse",
            "--rate",
            "USD/EUR=0.92",
            "--rate",
            "EUR/USD=1.08");
    FeeComparisonRow strategic =
        library(
                Declaration.ofRevenue(Money.parse(REVENUE)),
                CliRun.TODAY,
                "USD/EUR=0.92",
                "EUR/USD=1.08")
            .rows()
            .stream()
            .filter(r -> r.foundationId().equals("eclipse") && r.tier().id().equals("strategic"))
            .findFirst()
            .orElseThrow();
    assertThat(tableRows(both.out))
        .filteredOn(r -> r.contains(" Strategic "))
        .singleElement()
        .asString()
        .contains(
            MoneyText.format(strategic.annual().orElseThrow()),
            MoneyText.format(strategic.annualInOrganizationCurrency().orElseThrow()));
    CliRun euros =
        new CliRun("compare", "--employees", "10", "--foundation", "eclipse", "--currency", "eur");
    assertThat(euros.out).contains("costs in EUR").contains("IN EUR");
  }

  @Test
  void requiredMembershipsAreIncludedAndNamed() {
    CliRun run = new CliRun("compare", "--employees", "20000", "--foundation", "hyperledger");
    assertThat(tableRows(run.out))
        .filteredOn(r -> r.contains(" Premier "))
        .singleElement()
        .asString()
        .contains(
            "linux-foundation (incl. USD 20,000.00, confirmed 2014-01-28 OLD)", "USD 270,000.00");
    CliRun undeclared = new CliRun("compare", "--foundation", "hyperledger");
    assertThat(tableRows(undeclared.out))
        .filteredOn(r -> r.contains(" Premier "))
        .singleElement()
        .asString()
        .contains("linux-foundation (not incl.: needs employees)");
  }

  @Test
  void todayByDefaultAndOnlyTheFoundationsAskedForInTheirOrder() {
    String[] args = {
      "compare",
      "--revenue",
      REVENUE,
      "--foundation",
      "rust-foundation",
      "--foundation",
      "OpenStack"
    };
    CliRun run = new CliRun(args);
    assertThat(run.out).isEqualTo(new CliRun(append(args, "--on", CliRun.TODAY.toString())).out);
    assertThat(tableRows(run.out).stream().map(l -> l.split(" ")[0]).distinct())
        .containsExactly("rust-foundation", "openstack");
    CliRun later =
        new CliRun(
            java.time.Clock.fixed(
                java.time.Instant.parse("2031-03-01T00:00:00Z"), java.time.ZoneOffset.UTC),
            args);
    assertThat(later.out).contains("fees on 2031-03-01");
  }

  @Test
  void aFoundationWithoutRulesOnTheDateIsListedAndNoneAtAllIsRefused() {
    CliRun partly =
        new CliRun("compare", "--on", "2013-01-01", "--foundation", "openstack,linux-foundation");
    assertThat(partly.status).isZero();
    assertThat(partly.out).contains("No rules in force: linux-foundation: ").contains("2013-01-01");
    assertThat(tableRows(partly.out)).isNotEmpty().allMatch(r -> r.startsWith("openstack "));
    CliRun none = new CliRun("compare", "--on", "2000-01-01");
    assertThat(none.status).isEqualTo(1);
    assertThat(none.err)
        .startsWith(
            "stackholder: No rule set of the foundations compared is in force on 2000-01-01: ")
        .contains("openstack: ")
        .hasLineCount(1);
  }

  private static String[] append(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /** One CSV line's fields (RFC 4180 quoting). */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
