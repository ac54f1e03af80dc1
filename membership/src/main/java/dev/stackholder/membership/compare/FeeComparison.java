package dev.stackholder.membership.compare;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.membership.ByKindDues;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.DuesSchedule;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.Foundations;
import dev.stackholder.membership.NoRulesInForceException;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.TierRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Every tier of every chosen foundation, side by side, for one organization on one date: "given our
 * revenue and head count, what would each tier cost us?". Pure: the organization's figures, the
 * date, the exchange rates and the foundations are all parameters.
 *
 * <pre>{@code
 * Declaration us = Declaration.builder().annualRevenue(Money.parse("USD 5000000000"))
 *     .employees(20000).kind(OrganizationKind.COMMERCIAL).build();
 * FeeComparison comparison = FeeComparison.of(us, LocalDate.of(2026, 11, 25), CurrencyUnit.USD,
 *     ExchangeRates.of(List.of(ExchangeRate.parse("EUR/USD=1.08"))), Foundations.builtIn());
 * comparison.sortedByCost();   // priced rows, cheapest first, then the rows without a price
 * }</pre>
 *
 * <p>It refuses to guess: a tier whose rule needs a figure the organization did not declare
 * (employees for an employee-banded tier) is a row with status {@link FeeStatus#NEEDS_DECLARATION}
 * naming the figure, not a price; a tier offered only to other kinds of organization is {@link
 * FeeStatus#NOT_OFFERED}. A foundation with no rule set in force on the date has no rows and is
 * listed in {@link #notInForce()}.
 *
 * <p>Computed; it has no public builder. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeeComparison.class)
@JsonDeserialize(as = ImmutableFeeComparison.class)
public abstract class FeeComparison {
  FeeComparison() {}

  /** {@return what the organization declared} */
  public abstract Declaration organization();

  /** {@return the date compared} */
  public abstract LocalDate on();

  /**
   * {@return the organization's currency, in which {@link
   * FeeComparisonRow#annualInOrganizationCurrency()} is given}
   */
  public abstract CurrencyUnit currency();

  /**
   * {@return the rows, foundation by foundation in the order given, tiers in their rule set's
   * order}
   */
  public abstract ImmutableList<FeeComparisonRow> rows();

  /**
   * {@return the foundations with no rule set in force on the date, with the spans their rules
   * cover}
   */
  public abstract ImmutableList<String> notInForce();

  /**
   * Compares the foundations' tiers for an organization on a date.
   *
   * @param organization the organization's revenue (any currency), employees and kind, each
   *     optional
   * @param currency the organization's currency, for the converted column
   * @param rates rates from each schedule's currency to the organization's, and from the
   *     organization's revenue currency to each schedule's where a rule needs the revenue
   * @param on the date whose rule sets apply
   * @param foundations the foundations to compare, in the order their rows should come
   * @return the comparison: rows foundation by foundation in the order given, tiers in their rule
   *     set's order
   */
  public static FeeComparison of(
      Declaration organization,
      LocalDate on,
      CurrencyUnit currency,
      ExchangeRates rates,
      Iterable<Foundation> foundations) {
    // Checked up front: with no foundation in force the rates would never be touched.
    java.util.Objects.requireNonNull(organization, "organization");
    java.util.Objects.requireNonNull(on, "on");
    java.util.Objects.requireNonNull(currency, "currency");
    java.util.Objects.requireNonNull(rates, "rates");
    java.util.Objects.requireNonNull(foundations, "foundations");
    ImmutableFeeComparison.Builder comparison =
        ImmutableFeeComparison.builder().organization(organization).on(on).currency(currency);
    for (Foundation foundation : foundations) {
      Optional<RuleSet> ruleSet = foundation.findRuleSetOn(on);
      if (ruleSet.isEmpty()) {
        try {
          foundation.ruleSetOn(on);
        } catch (NoRulesInForceException e) {
          comparison.addNotInForce(foundation.id() + ": " + e.getMessage());
        }
        continue;
      }
      DuesSchedule schedule = foundation.duesScheduleOn(on);
      for (TierRule rule : ruleSet.get().tiers()) {
        comparison.addRows(
            row(foundation, ruleSet.get(), rule, schedule, organization, on, currency, rates));
      }
    }
    return comparison.build();
  }

  /**
   * {@return {@link #of} over every built-in foundation ({@link Foundations#builtIn()})}
   *
   * @param organization the organization's revenue (any currency), employees and kind, each
   *     optional
   * @param on the date whose rule sets apply
   * @param currency the organization's currency, for the converted column
   * @param rates rates from each schedule's currency to the organization's, and from the
   *     organization's revenue currency to each schedule's where a rule needs the revenue
   */
  public static FeeComparison of(
      Declaration organization, LocalDate on, CurrencyUnit currency, ExchangeRates rates) {
    return of(organization, on, currency, rates, Foundations.builtIn());
  }

  private static FeeComparisonRow row(
      Foundation foundation,
      RuleSet ruleSet,
      TierRule rule,
      DuesSchedule schedule,
      Declaration organization,
      LocalDate on,
      CurrencyUnit currency,
      ExchangeRates rates) {
    Optional<LocalDate> confirmed = ruleSet.lastConfirmed(rule.tier());
    ImmutableFeeComparisonRow.Builder row =
        ImmutableFeeComparisonRow.builder()
            .foundationId(foundation.id())
            .foundationName(foundation.name())
            .ruleSetId(ruleSet.id())
            .program(ruleSet.program())
            .tier(rule.tier())
            .termYears(rule.commitmentYears().orElse(1))
            .board(rule.board())
            .electedDirectors(rule.electedDirectors())
            .lastConfirmed(confirmed)
            .evidenceAge(
                confirmed.filter(date -> !on.isBefore(date)).map(date -> Period.between(date, on)))
            .oldEvidence(
                confirmed
                    .map(date -> !on.isBefore(date.plus(DuesQuote.OLD_EVIDENCE)))
                    .orElse(false))
            .sources(rule.sources().isEmpty() ? ruleSet.sources() : rule.sources());
    ruleSet
        .prerequisite()
        .filter(prerequisite -> prerequisite.appliesTo(rule.tier()))
        .ifPresent(prerequisite -> row.addRequires(prerequisite.foundation()));
    if (rule.dues() instanceof ByKindDues
        && organization.kind().isPresent()
        && ((ByKindDues) rule.dues()).findRule(organization.kind().get()).isEmpty()) {
      return row.status(FeeStatus.NOT_OFFERED)
          .reason("not offered to a " + organization.kind().get().id() + " organization")
          .build();
    }
    Optional<String> missing = rule.dues().missingFigure(organization);
    if (missing.isPresent()) {
      return row.status(FeeStatus.NEEDS_DECLARATION)
          .needs(missing.get())
          .reason("needs " + missing.get())
          .build();
    }
    DuesQuote quote;
    try {
      quote = schedule.quote(rule.tier(), organization, rates);
    } catch (MissingDeclarationException e) {
      return row.status(FeeStatus.NEEDS_DECLARATION)
          .needs(e.figure())
          .reason("needs " + e.figure())
          .build();
    } catch (MissingExchangeRateException | InvalidDataException e) {
      return row.status(FeeStatus.NOT_QUOTED).reason(e.getMessage()).build();
    }
    Money annual = quote.total();
    Optional<Money> converted =
        annual.getCurrencyUnit().equals(currency)
            ? Optional.of(annual)
            : rates
                .findRate(annual.getCurrencyUnit(), currency)
                .map(rate -> rates.convert(annual, currency));
    return row.status(FeeStatus.PRICED)
        .quote(quote)
        .annual(annual)
        .annualInOrganizationCurrency(converted)
        // The term costs the annual cost, required memberships included, each year of the term: the
        // tier's own term total alone came out below its annual cost where a membership is
        // required.
        .termTotal(annual.multipliedBy(quote.termYears()))
        .build();
  }

  /**
   * {@return the rows with a price in the organization's currency first, cheapest first; then those
   * priced only in their schedule's currency (no rate given), by amount; then the rows without a
   * price, in order} Ties keep the order of {@link #rows()}.
   */
  public ImmutableList<FeeComparisonRow> sortedByCost() {
    Comparator<FeeComparisonRow> order = Comparator.comparingInt(FeeComparison::rank);
    order =
        order.thenComparing(
            row ->
                row.annualInOrganizationCurrency()
                    .or(row::annual)
                    .map(Money::getAmount)
                    .orElse(java.math.BigDecimal.ZERO));
    return rows().stream().sorted(order).collect(ImmutableList.toImmutableList());
  }

  private static int rank(FeeComparisonRow row) {
    if (row.annualInOrganizationCurrency().isPresent()) {
      return 0;
    }
    return row.annual().isPresent() ? 1 : 2;
  }

  /**
   * {@return the rows grouped by a key, groups and rows within them in the order of {@link
   * #rows()}}
   *
   * @param <K> the key's type
   * @param key the grouping key of a row, e.g. {@code FeeComparisonRow::foundationId}
   */
  public <K> ImmutableListMultimap<K, FeeComparisonRow> groupedBy(
      Function<FeeComparisonRow, K> key) {
    return Multimaps.index(rows(), key::apply);
  }

  /** {@return the rows grouped by foundation id} */
  public ImmutableListMultimap<String, FeeComparisonRow> byFoundation() {
    return groupedBy(FeeComparisonRow::foundationId);
  }

  @Value.Check
  void check() {
    dev.stackholder.core.Limits.checkDate(on(), "Fee comparison date");
  }
}
