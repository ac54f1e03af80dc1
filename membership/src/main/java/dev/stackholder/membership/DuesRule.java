package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * How a tier's annual dues are worked out. A closed set of variants, named in JSON by a
 * {@code "type"} property:
 *
 * <ul>
 *   <li>{@code "flat"}: {@link FlatDues}, the same amount for every member;
 *   <li>{@code "percent-of-revenue"}: {@link PercentOfRevenueDues}, a percentage of annual revenue
 *       with an optional minimum and maximum;
 *   <li>{@code "free"}: {@link FreeDues}, no dues;
 *   <li>{@code "banded"}: {@link BandedDues}, an amount chosen by revenue or employee bands.
 * </ul>
 *
 * <p>The hierarchy is sealed: every rule a {@link RuleSet} holds is one of these four, so a reader
 * of rule sets can handle each.
 *
 * <p>Every rule is immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FlatDues.class, name = "flat"),
    @JsonSubTypes.Type(value = PercentOfRevenueDues.class, name = "percent-of-revenue"),
    @JsonSubTypes.Type(value = FreeDues.class, name = "free"),
    @JsonSubTypes.Type(value = BandedDues.class, name = "banded")
})
public abstract sealed class DuesRule permits FlatDues, PercentOfRevenueDues, FreeDues, BandedDues {
  DuesRule() {}

  /** The rule in words, e.g. {@code "0.025% of annual revenue, at least USD 50,000.00, at most USD 200,000.00"}. */
  public abstract String describe();

  /**
   * Works out one year's dues.
   *
   * @param tier the tier, for messages
   * @param declaration what the member declared, revenue already in {@code currency}
   * @param currency the rule set's currency
   * @param rounding the rule set's rounding mode
   */
  abstract Charge charge(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding);

  /** Every amount of money the rule names, so a rule set can check their currency. */
  abstract Stream<Money> amounts();

  /** Whether the rule needs the member's annual revenue. */
  abstract boolean needsRevenue();

  /**
   * The figure the rule needs and the declaration lacks, as {@link
   * dev.stackholder.core.MissingDeclarationException#figure()} names it; empty when nothing is missing.
   */
  abstract Optional<String> missingFigure(Declaration declaration);
}
