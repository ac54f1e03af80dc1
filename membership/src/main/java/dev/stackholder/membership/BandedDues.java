package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
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
 * An amount chosen by the band the member's annual revenue or employee count falls in, as in a
 * foundation's revenue table or a tier priced by employees. Bands are listed from the lowest; the
 * first starts at zero, each lower bound is inclusive and each band runs up to (not including) the
 * next one's lower bound. No rounding is involved: the band's amount is due.
 *
 * <p>JSON: {@code {"type": "banded", "basis": Declaration.EMPLOYEES, "bands": [{"atLeast": 0,
 * "amount": {...}}, ...]}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("banded")
@JsonSerialize(as = ImmutableBandedDues.class)
@JsonDeserialize(as = ImmutableBandedDues.class)
public abstract non-sealed class BandedDues extends DuesRule {
  BandedDues() {}

  /** {@return what the bands are drawn over} */
  public abstract DuesBasis basis();

  /** {@return the bands, lowest first} */
  public abstract ImmutableList<DuesBand> bands();

  /**
   * {@return bands over a basis, lowest first}
   *
   * @param basis what the bands measure: revenue or employees
   * @param bands the bands, the first starting at zero, in increasing order of their lower bounds
   * @throws InvalidDataException if there are no bands, the first does not start at zero or the
   *     bands are not in increasing order
   */
  public static BandedDues of(DuesBasis basis, Iterable<DuesBand> bands) {
    return builder().basis(basis).addAllBands(bands).build();
  }

  /** {@return a builder; {@code build()} checks the bands as {@link #of} does} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BandedDues}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableBandedDues.Builder {
    Builder() {}
  }

  @Override
  public String describe() {
    return "by "
        + (basis() == DuesBasis.REVENUE ? "annual revenue" : Declaration.EMPLOYEES)
        + ": "
        + bands().stream()
            .map(
                band ->
                    bound(band.atLeast(), band.amount().getCurrencyUnit())
                        + " and over "
                        + MoneyText.format(band.amount()))
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
  }

  @Override
  Charge charge(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return new Charge(bands().get(bandIndex(value(tier, declaration))).amount(), Optional.empty());
  }

  private BigDecimal value(Tier tier, Declaration declaration) {
    if (basis() == DuesBasis.REVENUE) {
      return declaration
          .annualRevenue()
          .orElseThrow(
              () ->
                  new MissingDeclarationException(
                      Declaration.ANNUAL_REVENUE,
                      tier + " dues are banded by annual revenue: declare the revenue"))
          .getAmount();
    }
    return BigDecimal.valueOf(
        declaration
            .employees()
            .orElseThrow(
                () ->
                    new MissingDeclarationException(
                        Declaration.EMPLOYEES,
                        tier + " dues are banded by employees: declare the number of employees")));
  }

  /**
   * The band a value falls in: the last whose inclusive lower bound it reaches (the top band is
   * open).
   */
  private int bandIndex(BigDecimal value) {
    int index = 0;
    for (int i = 1; i < bands().size(); i++) {
      if (bands().get(i).atLeast().compareTo(value) <= 0) {
        index = i;
      } else {
        break;
      }
    }
    return index;
  }

  /** The band this declaration falls in. */
  DuesBand band(Tier tier, Declaration declaration) {
    return bands().get(bandIndex(value(tier, declaration)));
  }

  @Override
  String working(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    BigDecimal value;
    String what;
    if (basis() == DuesBasis.REVENUE) {
      Money revenue =
          declaration
              .annualRevenue()
              .orElseThrow(
                  () ->
                      new MissingDeclarationException(
                          Declaration.ANNUAL_REVENUE,
                          tier + " dues are banded by annual revenue: declare the revenue"));
      value = revenue.getAmount();
      what = "annual revenue " + MoneyText.format(revenue);
    } else {
      int employees =
          declaration
              .employees()
              .orElseThrow(
                  () ->
                      new MissingDeclarationException(
                          Declaration.EMPLOYEES,
                          tier + " dues are banded by employees: declare the number of employees"));
      value = BigDecimal.valueOf(employees);
      what = String.format(java.util.Locale.ROOT, "%,d employees", employees);
    }
    int index = bandIndex(value);
    DuesBand band = bands().get(index);
    // A band that starts one cent above a round figure ("over EUR 250 million", stored as
    // 250,000,000.01) reads as that figure: "over EUR 250,000,000.00", and the band below it ends
    // "to EUR 250,000,000.00" rather than "to under EUR 250,000,000.01".
    String range;
    if (index + 1 < bands().size()) {
      BigDecimal next = bands().get(index + 1).atLeast();
      range =
          "the band "
              + lower(band.atLeast(), currency)
              + " to "
              + (centAbove(next)
                  ? bound(oneCentBelow(next), currency)
                  : "under " + bound(next, currency));
    } else {
      range =
          centAbove(band.atLeast())
              ? "the band over " + bound(oneCentBelow(band.atLeast()), currency)
              : "the band of " + bound(band.atLeast(), currency) + " and over";
    }
    String label = band.label().map(l -> " (" + l + ")").orElse("");
    return what + " falls in " + range + label + ": " + MoneyText.format(band.amount());
  }

  private String lower(BigDecimal atLeast, CurrencyUnit currency) {
    return centAbove(atLeast)
        ? "over " + bound(oneCentBelow(atLeast), currency)
        : "from " + bound(atLeast, currency);
  }

  /** Whether a revenue bound is a whole amount plus one hundredth, as "over X" is stored. */
  private boolean centAbove(BigDecimal atLeast) {
    return basis() == DuesBasis.REVENUE
        && atLeast.signum() > 0
        && atLeast.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.01")) == 0;
  }

  private static BigDecimal oneCentBelow(BigDecimal atLeast) {
    return atLeast.subtract(new BigDecimal("0.01"));
  }

  private String bound(BigDecimal atLeast, CurrencyUnit currency) {
    return basis() == DuesBasis.REVENUE
        ? Rounding.exact(currency, atLeast)
        : String.format(java.util.Locale.ROOT, "%,d", atLeast.toBigInteger());
  }

  @Override
  public Stream<Money> amounts() {
    return bands().stream().map(DuesBand::amount);
  }

  @Override
  boolean needsRevenue(Declaration declaration) {
    return basis() == DuesBasis.REVENUE;
  }

  @Override
  public Optional<String> missingFigure(Declaration declaration) {
    if (basis() == DuesBasis.REVENUE) {
      return declaration.annualRevenue().isPresent()
          ? Optional.empty()
          : Optional.of(Declaration.ANNUAL_REVENUE);
    }
    return declaration.employees().isPresent()
        ? Optional.empty()
        : Optional.of(Declaration.EMPLOYEES);
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!bands().isEmpty(), "Banded dues have no bands");
    InvalidDataException.check(
        bands().get(0).atLeast().signum() == 0,
        "The first dues band starts at %s, expected 0",
        bands().get(0).atLeast().toPlainString());
    for (int i = 1; i < bands().size(); i++) {
      InvalidDataException.check(
          bands().get(i).atLeast().compareTo(bands().get(i - 1).atLeast()) > 0,
          "Dues band %d starts at %s, expected above the previous band's %s",
          i,
          bands().get(i).atLeast().toPlainString(),
          bands().get(i - 1).atLeast().toPlainString());
    }
    if (basis() == DuesBasis.EMPLOYEES) {
      for (DuesBand band : bands()) {
        InvalidDataException.check(
            band.atLeast().stripTrailingZeros().scale() <= 0,
            "Employee band lower bound %s is not a whole number",
            band.atLeast().toPlainString());
      }
    }
  }
}
