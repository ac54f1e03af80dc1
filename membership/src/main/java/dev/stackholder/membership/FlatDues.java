package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.MoneyText;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The same annual amount for every member of the tier, whatever its size. JSON: {@code {"type":
 * "flat", "amount": {"amount": "500000.00", "currency": "USD"}}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("flat")
@JsonSerialize(as = ImmutableFlatDues.class)
@JsonDeserialize(as = ImmutableFlatDues.class)
public abstract non-sealed class FlatDues extends DuesRule {
  FlatDues() {}

  /** {@return the annual amount} */
  public abstract Money amount();

  /**
   * {@return a flat annual amount}
   *
   * @param amount the annual dues; not negative
   * @throws InvalidDataException if it is negative
   */
  public static FlatDues of(Money amount) {
    return ImmutableFlatDues.builder().amount(amount).build();
  }

  /** {@return a builder; {@code build()} checks the amount as {@link #of} does} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlatDues}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableFlatDues.Builder {
    Builder() {}
  }

  @Override
  public String describe() {
    return "flat " + MoneyText.format(amount()) + " a year";
  }

  @Override
  Charge charge(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return new Charge(amount(), Optional.empty());
  }

  @Override
  String working(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return "flat annual dues of " + MoneyText.format(amount());
  }

  @Override
  public Stream<Money> amounts() {
    return Stream.of(amount());
  }

  @Override
  boolean needsRevenue(Declaration declaration) {
    return false;
  }

  @Override
  public Optional<String> missingFigure(Declaration declaration) {
    return Optional.empty();
  }

  @Value.Check
  void check() {
    // Test first, format after: every rule read from JSON passes here.
    Limits.checkMoney(amount(), "Flat dues amount");
    if (amount().isNegative()) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "Flat dues amount %s is negative, expected zero or more",
              MoneyText.format(amount())));
    }
  }
}
