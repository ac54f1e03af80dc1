package dev.stackholder.examples;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.OrganizationKind;
import dev.stackholder.membership.compare.FeeComparison;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What each tier of every built-in foundation would cost one organization on one date: the cheapest
 * priced rows, and the rows that could not be priced because a figure is missing.
 */
public final class CompareFoundations {
  private CompareFoundations() {}

  /**
   * Prints the four cheapest paid tiers for a company of USD 5 billion revenue on 2026-01-01, and
   * the tiers that cannot be priced without its head count.
   */
  public static void main(String[] args) {
    // README:start
    Declaration company =
        Declaration.builder()
            .annualRevenue(Money.parse("USD 5000000000"))
            .kind(OrganizationKind.COMMERCIAL)
            .build();
    FeeComparison comparison =
        FeeComparison.of(
            company, LocalDate.of(2026, 1, 1), CurrencyUnit.USD, ExchangeRates.empty());
    comparison.sortedByCost().stream()
        .filter(row -> row.annual().filter(Money::isPositive).isPresent())
        .limit(4)
        .forEach(
            row ->
                System.out.println(
                    row.foundationId()
                        + " "
                        + row.tier().id()
                        + ": "
                        + row.annual().orElseThrow()
                        + (row.oldEvidence() ? " (old evidence)" : "")));
    comparison.rows().stream()
        .filter(row -> row.needs().isPresent())
        .forEach(
            row ->
                System.out.println(
                    row.foundationId()
                        + " "
                        + row.tier().id()
                        + ": needs "
                        + row.needs().orElseThrow()));
    // README:end
  }
}
