package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.internal.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A percentage of the member's annual revenue, kept between an optional minimum and maximum, such
 * as the OpenStack Foundation's 2012 Gold rule.
 *
 * <p>The percentage of the revenue is worked out exactly; when it falls outside the bounds the
 * bound is due, otherwise the exact amount is rounded to the currency's minor unit with the rule
 * set's rounding mode ({@code HALF_UP} unless the rule set says otherwise). Nothing is rounded
 * before that.
 *
 * <p>JSON: {@code {"type": "percent-of-revenue", "percent": 0.025, "minimum": {...}, "maximum":
 * {...}}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("percent-of-revenue")
@JsonSerialize(as = ImmutablePercentOfRevenueDues.class)
@JsonDeserialize(as = ImmutablePercentOfRevenueDues.class)
public abstract non-sealed class PercentOfRevenueDues extends DuesRule {
  PercentOfRevenueDues() {}

  /** {@return the percentage of annual revenue, e.g. {@code 0.025} for 0.025%} */
  public abstract BigDecimal percent();

  /** {@return the least a member pays} */
  public abstract Optional<Money> minimum();

  /** {@return the most a member pays} */
  public abstract Optional<Money> maximum();

  /**
   * {@return a percentage of revenue between a minimum and a maximum}
   *
   * @param percent the percentage of annual revenue, 0 to 100, e.g. {@code 0.025} for 0.025%
   * @param minimum the least a member pays a year
   * @param maximum the most a member pays a year, in the same currency
   * @throws InvalidDataException if the percentage is negative or above 100, or the minimum is
   *     above the maximum
   */
  public static PercentOfRevenueDues of(BigDecimal percent, Money minimum, Money maximum) {
    return builder().percent(percent).minimum(minimum).maximum(maximum).build();
  }

  /**
   * {@return a builder, for a rule with only a minimum, only a maximum or neither; {@code build()}
   * checks as {@link #of} does}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PercentOfRevenueDues}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutablePercentOfRevenueDues.Builder {
    Builder() {}
  }

  @Override
  public String describe() {
    StringBuilder text = new StringBuilder(percent().toPlainString()).append("% of annual revenue");
    minimum().ifPresent(min -> text.append(", at least ").append(MoneyText.format(min)));
    maximum().ifPresent(max -> text.append(", at most ").append(MoneyText.format(max)));
    return text.toString();
  }

  /**
   * What every quote under this rule reads from it, worked out once per rule rather than per quote:
   * the percentage as a fraction ({@code 0.00025} for 0.025%: revenue times it is exactly revenue
   * times the percentage with the point moved two places, digit for digit and scale for scale), the
   * bounds' amounts, and the optional values a quote carries.
   */
  @Value.Lazy
  Constants constants() {
    return new Constants(percent().movePointLeft(2), Optional.of(percent()), minimum(), maximum());
  }

  /** See {@link #constants()}. */
  static final class Constants {
    final BigDecimal fraction;
    final Optional<BigDecimal> percent;
    final Optional<Money> minimum;
    final Optional<Money> maximum;
    // The bounds' amounts, or null when the rule has no such bound: compared on every quote.
    final BigDecimal minimumAmount;
    final BigDecimal maximumAmount;

    Constants(
        BigDecimal fraction,
        Optional<BigDecimal> percent,
        Optional<Money> minimum,
        Optional<Money> maximum) {
      this.fraction = fraction;
      this.percent = percent;
      this.minimum = minimum;
      this.maximum = maximum;
      this.minimumAmount = minimum.map(Money::getAmount).orElse(null);
      this.maximumAmount = maximum.map(Money::getAmount).orElse(null);
    }
  }

  @Override
  Charge charge(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return chargeRevenue(revenue(tier, declaration), currency, rounding);
  }

  /**
   * The charge for a revenue already in {@code currency}: the same decisions as working(), without
   * the words. This is the path a quote's amount takes.
   */
  Charge chargeRevenue(Money revenue, CurrencyUnit currency, RoundingMode rounding) {
    return chargeRevenue(constants(), revenue, currency, rounding);
  }

  /** The same, with the constants already read (a quote reads them once). */
  static Charge chargeRevenue(
      Constants constants, Money revenue, CurrencyUnit currency, RoundingMode rounding) {
    BigDecimal exact = revenue.getAmount().multiply(constants.fraction);
    if (constants.minimumAmount != null && exact.compareTo(constants.minimumAmount) < 0) {
      return new Charge(constants.minimum.get(), Charge.MINIMUM);
    }
    if (constants.maximumAmount != null && exact.compareTo(constants.maximumAmount) > 0) {
      return new Charge(constants.maximum.get(), Charge.MAXIMUM);
    }
    return new Charge(Money.of(currency, exact, rounding), Optional.empty());
  }

  private Money revenue(Tier tier, Declaration declaration) {
    Optional<Money> revenue = declaration.annualRevenue();
    if (revenue.isEmpty()) {
      throw new MissingDeclarationException(
          Declaration.ANNUAL_REVENUE,
          tier
              + " dues are "
              + percent().toPlainString()
              + "% of annual revenue: declare the revenue");
    }
    return revenue.get();
  }

  @Override
  String working(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    Money revenue = revenue(tier, declaration);
    BigDecimal exact = revenue.getAmount().multiply(constants().fraction);
    String working =
        percent().toPlainString()
            + "% of "
            + MoneyText.format(revenue)
            + " = "
            + Rounding.exact(currency, exact);
    if (minimum().isPresent() && exact.compareTo(minimum().get().getAmount()) < 0) {
      return working + ", below the minimum: " + MoneyText.format(minimum().get());
    }
    if (maximum().isPresent() && exact.compareTo(maximum().get().getAmount()) > 0) {
      return working + ", above the maximum: " + MoneyText.format(maximum().get());
    }
    Money rounded = Money.of(currency, exact, rounding);
    if (rounded.getAmount().compareTo(exact) != 0) {
      working +=
          ", rounded " + Rounding.describe(rounding, currency) + ": " + MoneyText.format(rounded);
    }
    return working + ", within the bounds";
  }

  @Override
  Optional<BigDecimal> percent(Declaration declaration) {
    return constants().percent;
  }

  @Override
  Optional<Money> minimum(Declaration declaration) {
    return constants().minimum;
  }

  @Override
  Optional<Money> maximum(Declaration declaration) {
    return constants().maximum;
  }

  @Override
  public Stream<Money> amounts() {
    return Stream.concat(minimum().stream(), maximum().stream());
  }

  @Override
  boolean needsRevenue(Declaration declaration) {
    return true;
  }

  @Override
  public Optional<String> missingFigure(Declaration declaration) {
    return declaration.annualRevenue().isPresent()
        ? Optional.empty()
        : Optional.of(Declaration.ANNUAL_REVENUE);
  }

  @Value.Check
  void check() {
    // Tests first, formatting only on failure: a hostile value costs nothing to check.
    InvalidDataException.check(
        percent().signum() >= 0, "Dues percent %s is negative, expected zero or more", percent());
    InvalidDataException.check(
        percent().compareTo(Limits.MAX_PERCENT) <= 0,
        "Dues percent %s is above 100, expected a percentage of revenue from 0 to 100",
        percent());
    Limits.checkDecimal(percent(), "Dues percent");
    minimum()
        .ifPresent(
            min -> {
              Limits.checkDecimal(min.getAmount(), "Dues minimum");
              if (min.isNegative()) {
                throw new InvalidDataException(
                    "Dues minimum "
                        + MoneyText.format(min)
                        + " is negative, expected zero or more");
              }
            });
    // Without this a maximum alone could be negative, and every revenue would be charged it.
    maximum()
        .ifPresent(
            max -> {
              Limits.checkDecimal(max.getAmount(), "Dues maximum");
              if (max.isNegative()) {
                throw new InvalidDataException(
                    "Dues maximum "
                        + MoneyText.format(max)
                        + " is negative, expected zero or more");
              }
            });
    if (minimum().isPresent() && maximum().isPresent()) {
      Money min = minimum().get();
      Money max = maximum().get();
      if (!min.getCurrencyUnit().equals(max.getCurrencyUnit())) {
        throw new InvalidDataException(
            "Dues minimum "
                + MoneyText.format(min)
                + " and maximum "
                + MoneyText.format(max)
                + " are in different currencies");
      }
      if (min.isGreaterThan(max)) {
        throw new InvalidDataException(
            "Dues minimum "
                + MoneyText.format(min)
                + " is above the maximum "
                + MoneyText.format(max));
      }
    }
  }
}
