package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Dues that depend on the kind of organization, as in Eclipse's table (companies by revenue,
 * research organizations and governments a flat fee, academic institutions less). Each kind appears
 * in at most one {@link KindPrice}; a kind in none is not offered the tier (the quote is an {@link
 * InvalidDataException} naming the kinds that are). Quoting needs the declared {@link
 * Declaration#kind()}: without it, a {@link MissingDeclarationException} for {@code "kind"}.
 *
 * <p>JSON: {@code {"type": "by-kind", "prices": [{"kinds": ["commercial"], "dues": {...}}, ...]}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("by-kind")
@JsonSerialize(as = ImmutableByKindDues.class)
@JsonDeserialize(as = ImmutableByKindDues.class)
public abstract non-sealed class ByKindDues extends DuesRule {
  ByKindDues() {}

  /** {@return the prices, each for one or more kinds} */
  public abstract ImmutableList<KindPrice> prices();

  /**
   * {@return prices by kind}
   *
   * @param prices the price of each kind of organization the tier is offered to; each kind at most
   *     once
   * @throws InvalidDataException if there are none or a kind appears twice
   */
  public static ByKindDues of(Iterable<KindPrice> prices) {
    return ImmutableByKindDues.builder().addAllPrices(prices).build();
  }

  /** {@return the kinds of organization the rule has a price for} */
  public Set<OrganizationKind> kinds() {
    Set<OrganizationKind> kinds = EnumSet.noneOf(OrganizationKind.class);
    prices().forEach(price -> kinds.addAll(price.kinds()));
    return kinds;
  }

  /**
   * {@return the rule for a kind, if the tier is offered to it}
   *
   * @param kind the kind of the organization joining
   */
  public Optional<DuesRule> findRule(OrganizationKind kind) {
    for (KindPrice price : prices()) {
      if (price.kinds().contains(kind)) {
        return Optional.of(price.dues());
      }
    }
    return Optional.empty();
  }

  private DuesRule rule(Tier tier, Declaration declaration) {
    OrganizationKind kind =
        declaration
            .kind()
            .orElseThrow(
                () ->
                    new MissingDeclarationException(
                        Declaration.KIND,
                        tier
                            + " dues depend on the kind of organization: declare it (one of "
                            + ids(kinds())
                            + ")"));
    return findRule(kind)
        .orElseThrow(
            () ->
                new InvalidDataException(
                    tier
                        + " is not offered to a "
                        + kind.id()
                        + " organization, expected one of "
                        + ids(kinds())));
  }

  private static String ids(Set<OrganizationKind> kinds) {
    return kinds.stream().map(OrganizationKind::id).collect(Collectors.joining(", "));
  }

  @Override
  public String describe() {
    return "by kind of organization: "
        + prices().stream()
            .map(price -> ids(price.kinds()) + ": " + price.dues().describe())
            .collect(Collectors.joining("; "));
  }

  @Override
  Charge charge(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return rule(tier, declaration).charge(tier, declaration, currency, rounding);
  }

  @Override
  String working(Tier tier, Declaration declaration, CurrencyUnit currency, RoundingMode rounding) {
    return "as a "
        + declaration.kind().get().id()
        + " organization, "
        + rule(tier, declaration).working(tier, declaration, currency, rounding);
  }

  @Override
  public Stream<Money> amounts() {
    return prices().stream().flatMap(price -> price.dues().amounts());
  }

  @Override
  boolean needsRevenue(Declaration declaration) {
    return declaration
        .kind()
        .flatMap(this::findRule)
        .map(rule -> rule.needsRevenue(declaration))
        .orElse(false);
  }

  @Override
  public Optional<String> missingFigure(Declaration declaration) {
    if (declaration.kind().isEmpty()) {
      return Optional.of(Declaration.KIND);
    }
    return findRule(declaration.kind().get()).flatMap(rule -> rule.missingFigure(declaration));
  }

  @Override
  Optional<BigDecimal> percent(Declaration declaration) {
    return declaration.kind().flatMap(this::findRule).flatMap(rule -> rule.percent(declaration));
  }

  @Override
  Optional<Money> minimum(Declaration declaration) {
    return declaration.kind().flatMap(this::findRule).flatMap(rule -> rule.minimum(declaration));
  }

  @Override
  Optional<Money> maximum(Declaration declaration) {
    return declaration.kind().flatMap(this::findRule).flatMap(rule -> rule.maximum(declaration));
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!prices().isEmpty(), "Dues by kind of organization have no prices");
    Set<OrganizationKind> seen = EnumSet.noneOf(OrganizationKind.class);
    for (KindPrice price : prices()) {
      for (OrganizationKind kind : price.kinds()) {
        InvalidDataException.check(
            seen.add(kind),
            "Dues by kind of organization price '%s' twice, expected each kind once",
            kind.id());
      }
    }
  }
}
