package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * No dues: the OpenStack Foundation's Individual Members and Supporting Organizations. JSON: {@code
 * {"type": "free"}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(singleton = true)
@JsonTypeName("free")
@JsonSerialize(as = ImmutableFreeDues.class)
@JsonDeserialize(as = ImmutableFreeDues.class)
public abstract non-sealed class FreeDues extends DuesRule {
  FreeDues() {}

  /** {@return the one free rule} */
  public static FreeDues of() {
    return ImmutableFreeDues.of();
  }

  @Override
  public String describe() {
    return "free";
  }

  @Override
  Charge charge(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return new Charge(Money.zero(currency), Optional.empty());
  }

  @Override
  String working(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return "free, no dues";
  }

  @Override
  public Stream<Money> amounts() {
    return Stream.empty();
  }

  @Override
  boolean needsRevenue(Declaration declaration) {
    return false;
  }

  @Override
  public Optional<String> missingFigure(Declaration declaration) {
    return Optional.empty();
  }
}
