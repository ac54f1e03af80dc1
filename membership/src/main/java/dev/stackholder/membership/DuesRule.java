package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * How a tier's annual dues are worked out. A closed set of variants, named in JSON by a {@code
 * "type"} property:
 *
 * <ul>
 *   <li>{@code "flat"}: {@link FlatDues}, the same amount for every member;
 *   <li>{@code "percent-of-revenue"}: {@link PercentOfRevenueDues}, a percentage of annual revenue
 *       with an optional minimum and maximum;
 *   <li>{@code "free"}: {@link FreeDues}, no dues;
 *   <li>{@code "banded"}: {@link BandedDues}, an amount chosen by revenue or employee bands;
 *   <li>{@code "by-kind"}: {@link ByKindDues}, one of the rules above chosen by the kind of
 *       organization (commercial, non-profit, academic, government).
 * </ul>
 *
 * <p>The hierarchy is sealed: every rule a {@link RuleSet} holds is one of these five, so a reader
 * of rule sets can handle each.
 *
 * <p>Every rule is immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = FlatDues.class, name = "flat"),
  @JsonSubTypes.Type(value = PercentOfRevenueDues.class, name = "percent-of-revenue"),
  @JsonSubTypes.Type(value = FreeDues.class, name = "free"),
  @JsonSubTypes.Type(value = BandedDues.class, name = "banded"),
  @JsonSubTypes.Type(value = ByKindDues.class, name = "by-kind")
})
public abstract sealed class DuesRule
    permits FlatDues, PercentOfRevenueDues, FreeDues, BandedDues, ByKindDues {
  DuesRule() {}

  /**
   * {@return the rule in words, e.g. {@code "0.025% of annual revenue, at least USD 50,000.00, at
   * most USD 200,000.00"}}
   */
  public abstract String describe();

  /**
   * Works out one year's dues.
   *
   * @param tier the tier, for messages
   * @param declaration what the member declared, revenue already in {@code currency}
   * @param currency the rule set's currency
   * @param rounding the rule set's rounding mode
   */
  abstract Charge charge(
      Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding);

  /**
   * The words saying how {@link #charge} came to its amount, for the same arguments. Kept apart so
   * that a quote's amount costs no formatting: the words are built only when asked for.
   */
  abstract String working(
      Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding);

  /**
   * {@return every amount of money the rule names, so that a rule set can check their currency and
   * an income report can tell a rule that charges nothing}
   */
  public abstract Stream<Money> amounts();

  /** Whether the rule needs the member's annual revenue to charge this declaration. */
  abstract boolean needsRevenue(Declaration declaration);

  /** The percentage of revenue the rule charges this declaration, if it charges one. */
  Optional<java.math.BigDecimal> percent(Declaration declaration) {
    return Optional.empty();
  }

  /** The least the rule charges this declaration, if it sets one. */
  Optional<Money> minimum(Declaration declaration) {
    return Optional.empty();
  }

  /** The most the rule charges this declaration, if it sets one. */
  Optional<Money> maximum(Declaration declaration) {
    return Optional.empty();
  }

  /**
   * {@return the figure the rule needs and the declaration lacks, as {@link
   * dev.stackholder.core.MissingDeclarationException#figure()} names it; empty when nothing is
   * missing}
   *
   * @param declaration what the member declared
   */
  public abstract Optional<String> missingFigure(Declaration declaration);
}
