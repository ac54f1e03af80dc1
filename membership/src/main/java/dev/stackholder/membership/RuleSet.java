package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The membership rules of a foundation for a span of dates: per tier the dues rule, member limit,
 * commitment and board representation, plus the currency, the rounding of dues, how part years are
 * charged and the board's affiliation limit. A rule set is a {@link DuesSchedule}.
 *
 * <p>It is in force from {@link #effectiveFrom()} (inclusive) until {@link #effectiveUntil()}
 * (exclusive: the first day it no longer applies), or open-ended.
 *
 * <p>Checked when built (and so when read from JSON): the dates are in order, each tier appears
 * once, every amount is in the rule set's currency, and the rounding mode can round ({@code
 * UNNECESSARY} cannot).
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder()
 *     .id("bylaws-2012").name("Bylaws, 2012").effectiveFrom(LocalDate.of(2012, 8, 28))
 *     .currency(CurrencyUnit.USD)
 *     .addTiers(TierRule.of(Tier.of("platinum", "Platinum"), FlatDues.of(Money.parse("USD 500000"))))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSet.class)
@JsonDeserialize(as = ImmutableRuleSet.class)
public abstract class RuleSet implements DuesSchedule {

  RuleSet() {}

  /** {@return a lower-case slug, e.g. {@code "openstack-2012"}} */
  public abstract String id();

  /** {@return a name a person recognises, e.g. {@code "OpenStack Foundation bylaws, 2012"}} */
  public abstract String name();

  /** {@return the first day the rules apply} */
  public abstract LocalDate effectiveFrom();

  /** {@return the first day the rules no longer apply; absent while they are in force} */
  public abstract Optional<LocalDate> effectiveUntil();

  /** {@return the currency dues are set and charged in} */
  public abstract CurrencyUnit currency();

  /** {@return how dues worked out as a percentage are rounded to the currency's minor unit} */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** {@return how a membership that starts or ends during a year is charged} */
  @Value.Default
  public Proration proration() {
    return Proration.FULL_YEAR;
  }

  /** {@return the rules per tier} */
  public abstract ImmutableList<TierRule> tiers();

  /**
   * {@return the most directors that may be affiliated with one company, if the rules set a limit}
   */
  public abstract Optional<AffiliationLimit> affiliationLimit();

  /** {@return where the rule set as a whole is written} */
  public abstract ImmutableList<Source> sources();

  /** {@return whether the rule set sells membership or a sponsorship that is not membership} */
  @Value.Default
  public ProgramKind program() {
    return ProgramKind.MEMBERSHIP;
  }

  /**
   * {@return the latest date a source confirmed these fees} Quotes for a date a year or more after
   * it still answer, and say how old the evidence is. Absent when no source date is known.
   */
  public abstract Optional<LocalDate> lastConfirmed();

  /** {@return another membership every member must also hold, if the rules require one} */
  public abstract Optional<Prerequisite> prerequisite();

  /**
   * {@return the date a source last confirmed a tier's fee: the tier's own, else the rule set's}
   *
   * @param tier a tier of this rule set
   */
  public Optional<LocalDate> lastConfirmed(Tier tier) {
    java.util.Objects.requireNonNull(tier, "tier");
    Optional<LocalDate> own = findRules(tier).flatMap(TierRule::lastConfirmed);
    return own.isPresent() ? own : lastConfirmed();
  }

  /** {@return what could not be confirmed, and other remarks} */
  public abstract Optional<String> note();

  /** {@return a builder; {@code build()} checks the rule set as described above} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSet}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }

  /**
   * {@return whether the rules are in force on this date}
   *
   * @param date any date
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && effectiveUntil().map(date::isBefore).orElse(true);
  }

  /**
   * {@return the rules for a tier, if the rule set knows it}
   *
   * @param tier any tier
   */
  public Optional<TierRule> findRules(Tier tier) {
    java.util.Objects.requireNonNull(tier, "tier");
    // A loop rather than a stream: this is on the path of every quote.
    for (TierRule rule : tiers()) {
      if (rule.tier().equals(tier)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the rules for a tier}
   *
   * @param tier a tier of this rule set
   * @throws NotFoundException naming the tier's id and the ids of the tiers the rule set knows
   */
  public TierRule getRules(Tier tier) {
    return findRules(tier).orElseThrow(() -> new NotFoundException("tier", tier.id(), tierIds()));
  }

  /**
   * The rules for a tier where an unknown tier is wrong data rather than a failed lookup: a quote
   * (whose API promises an {@link InvalidDataException}) or a roster event.
   */
  TierRule rulesOrInvalid(Tier tier) {
    return tiers().get(indexOrInvalid(lookup(), tier));
  }

  /** The index in {@link #tiers()} of a tier's rules, as {@link #rulesOrInvalid} finds them. */
  private int indexOrInvalid(Lookup lookup, Tier tier) {
    java.util.Objects.requireNonNull(tier, "tier");
    Tier[] known = lookup.tiers;
    int[] idHashes = lookup.idHashes;
    // The first equal tier, as findRules finds it; the ids' hashes (cached by String) first, so
    // that
    // only the tier that matches is compared field by field: a quoted tier is rarely the same
    // instance
    // as the rule set's (OpenStackFoundation.GOLD is not the one read from the built-in JSON).
    int idHash = tier.id().hashCode();
    for (int i = 0; i < known.length; i++) {
      if (known[i] == tier || idHashes[i] == idHash && known[i].equals(tier)) {
        return i;
      }
    }
    throw new TierNotInForceException(
        tier.id(),
        id(),
        "Tier '"
            + tier.id()
            + "' is not in rule set '"
            + id()
            + "', expected one of "
            + String.join(", ", tierIds()));
  }

  /**
   * What every quote reads from the rule set, worked out once rather than per quote: the tiers in
   * the order of {@link #tiers()}, and for each the date its fee was last confirmed (its own, else
   * the rule set's).
   */
  @Value.Lazy
  Lookup lookup() {
    int size = tiers().size();
    Tier[] tiers = new Tier[size];
    int[] idHashes = new int[size];
    @SuppressWarnings("unchecked")
    Optional<LocalDate>[] confirmed = new Optional[size];
    for (int i = 0; i < size; i++) {
      TierRule rule = tiers().get(i);
      tiers[i] = rule.tier();
      idHashes[i] = rule.tier().id().hashCode();
      Optional<LocalDate> own = rule.lastConfirmed();
      confirmed[i] = own.isPresent() ? own : lastConfirmed();
    }
    return new Lookup(tiers, idHashes, confirmed);
  }

  /** See {@link #lookup()}. */
  static final class Lookup {
    final Tier[] tiers;
    final int[] idHashes;
    final Optional<LocalDate>[] confirmed;

    Lookup(Tier[] tiers, int[] idHashes, Optional<LocalDate>[] confirmed) {
      this.tiers = tiers;
      this.idHashes = idHashes;
      this.confirmed = confirmed;
    }
  }

  private ImmutableList<String> tierIds() {
    return tiers().stream().map(rule -> rule.tier().id()).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidDataException if the rule set does not know the tier
   * @throws MissingDeclarationException if the tier's dues need a figure the declaration lacks
   * @throws MissingExchangeRateException if the revenue must be converted and there is no rate
   */
  @Override
  public DuesQuote quote(Tier tier, Declaration declaration, ExchangeRates rates) {
    Lookup lookup = lookup();
    int index = indexOrInvalid(lookup, tier);
    return quote(
        tiers().get(index),
        declaration,
        rates,
        Optional.empty(),
        lookup.confirmed[index],
        ImmutableList.of());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The same quote as {@link #quote(Tier, Declaration, ExchangeRates)} of {@link
   * Declaration#ofRevenue}, without making the declaration: for a percentage of revenue, the
   * commonest quote, the amount is worked out straight from the revenue.
   *
   * @throws InvalidDataException if the revenue is negative or the rule set does not know the tier
   * @throws MissingExchangeRateException if the revenue must be converted and there is no rate
   */
  @Override
  public DuesQuote quote(Tier tier, Money annualRevenue, ExchangeRates rates) {
    // In the order the declaration made them: the revenue's check, then the tier's.
    Declaration.checkRevenue(annualRevenue);
    Lookup lookup = lookup();
    int index = indexOrInvalid(lookup, tier);
    TierRule rule = tiers().get(index);
    if (!(rule.dues() instanceof PercentOfRevenueDues percent)) {
      return quote(
          rule,
          Declaration.ofRevenue(annualRevenue),
          rates,
          Optional.empty(),
          lookup.confirmed[index],
          ImmutableList.of());
    }
    CurrencyUnit currency = currency();
    Money revenue = annualRevenue;
    Optional<ExchangeRate> usedRate = Optional.empty();
    Optional<Money> converted = Optional.empty();
    if (!annualRevenue.getCurrencyUnit().equals(currency)) {
      ExchangeRate rate = rates.getRate(annualRevenue.getCurrencyUnit(), currency);
      revenue =
          Money.of(currency, annualRevenue.getAmount().multiply(rate.rate()), RoundingMode.HALF_UP);
      converted = Optional.of(revenue);
      usedRate = Optional.of(rate);
    }
    RoundingMode rounding = rounding();
    PercentOfRevenueDues.Constants constants = percent.constants();
    Charge charge = PercentOfRevenueDues.chargeRevenue(constants, revenue, currency, rounding);
    return ImmutableDuesQuote.of(
        rule.tier(),
        charge.amount,
        id(),
        name(),
        program(),
        rule,
        rounding,
        Optional.of(annualRevenue),
        converted,
        Optional.empty(),
        Optional.empty(),
        usedRate,
        charge.bound,
        constants.percent,
        constants.minimum,
        constants.maximum,
        Optional.empty(),
        lookup.confirmed[index],
        ImmutableList.of());
  }

  /**
   * A quote under a tier's rules, for a date and with the fees of required memberships when a dated
   * schedule gives them. Only the amount is worked out here; the explanation is built from the
   * quote's fields when it is asked for.
   */
  DuesQuote quote(
      TierRule rule,
      Declaration declaration,
      ExchangeRates rates,
      Optional<LocalDate> quotedOn,
      ImmutableList<PrerequisiteFee> prerequisites) {
    Optional<LocalDate> confirmed = rule.lastConfirmed();
    return quote(
        rule,
        declaration,
        rates,
        quotedOn,
        confirmed.isPresent() ? confirmed : lastConfirmed(),
        prerequisites);
  }

  private DuesQuote quote(
      TierRule rule,
      Declaration declaration,
      ExchangeRates rates,
      Optional<LocalDate> quotedOn,
      Optional<LocalDate> confirmed,
      ImmutableList<PrerequisiteFee> prerequisites) {
    Tier tier = rule.tier();
    DuesRule dues = rule.dues();
    CurrencyUnit currency = currency();
    Declaration inCurrency = declaration;
    Optional<ExchangeRate> usedRate = Optional.empty();
    Optional<Money> converted = Optional.empty();
    Optional<Money> revenue = declaration.annualRevenue();
    if (revenue.isPresent()
        && !revenue.get().getCurrencyUnit().equals(currency)
        && dues.needsRevenue(declaration)) {
      Money declared = revenue.get();
      // One look-up of the rate, then what ExchangeRates.convert does with it (multiply, round half
      // up to
      // the minor unit): converting and then finding the rate again looked it up twice.
      ExchangeRate rate = rates.getRate(declared.getCurrencyUnit(), currency);
      Money inRuleSetCurrency =
          Money.of(currency, declared.getAmount().multiply(rate.rate()), RoundingMode.HALF_UP);
      converted = Optional.of(inRuleSetCurrency);
      usedRate = Optional.of(rate);
      inCurrency = ImmutableDeclaration.of(converted, declaration.employees(), declaration.kind());
    }
    RoundingMode rounding = rounding();
    Charge charge = dues.charge(tier, inCurrency, currency, rounding);
    return ImmutableDuesQuote.of(
        tier,
        charge.amount,
        id(),
        name(),
        program(),
        rule,
        rounding,
        revenue,
        converted,
        declaration.employees(),
        declaration.kind(),
        usedRate,
        charge.bound,
        dues.percent(inCurrency),
        dues.minimum(inCurrency),
        dues.maximum(inCurrency),
        quotedOn,
        confirmed,
        prerequisites);
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Slugs.isSlug(id()),
        "Rule set id '%s' is not a lower-case slug such as 'openstack-2012'",
        id());
    if (name().isBlank()) {
      throw new InvalidDataException("Rule set '" + id() + "' has a blank name");
    }
    dev.stackholder.core.Limits.checkText(name(), "Rule set name");
    dev.stackholder.core.Limits.checkDate(effectiveFrom(), "Rule set '" + id() + "' start");
    effectiveUntil()
        .ifPresent(
            until -> dev.stackholder.core.Limits.checkDate(until, "Rule set '" + id() + "' end"));
    lastConfirmed()
        .ifPresent(
            date ->
                dev.stackholder.core.Limits.checkDate(
                    date, "Rule set '" + id() + "' confirmation"));
    note().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Rule set note"));
    effectiveUntil()
        .ifPresent(
            until ->
                InvalidDataException.check(
                    until.isAfter(effectiveFrom()),
                    "Rule set '%s' ends on %s, expected after its start %s",
                    id(),
                    until,
                    effectiveFrom()));
    lastConfirmed()
        .ifPresent(
            date ->
                InvalidDataException.check(
                    !date.isBefore(effectiveFrom()),
                    "Rule set '%s' was last confirmed on %s, expected on or after its start %s",
                    id(),
                    date,
                    effectiveFrom()));
    InvalidDataException.check(
        rounding() != RoundingMode.UNNECESSARY,
        "Rule set '%s' has rounding UNNECESSARY, expected a mode that can round, e.g. HALF_UP",
        id());
    Set<String> seen = new HashSet<>();
    prerequisite()
        .ifPresent(
            prerequisite ->
                prerequisite
                    .appliesTo()
                    .forEach(
                        id ->
                            InvalidDataException.check(
                                tiers().stream().anyMatch(rule -> rule.tier().id().equals(id)),
                                "Rule set '%s' has a prerequisite for tier '%s', which it does not list",
                                id(),
                                id)));
    for (TierRule rule : tiers()) {
      InvalidDataException.check(
          seen.add(rule.tier().id()),
          "Rule set '%s' lists tier '%s' twice",
          id(),
          rule.tier().id());
      // Test first, format after: this runs for every amount of every rule set read.
      rule.dues()
          .amounts()
          .forEach(
              amount -> {
                if (!amount.getCurrencyUnit().equals(currency())) {
                  throw new InvalidDataException(
                      String.format(
                          Locale.ROOT,
                          "Rule set '%s' tier '%s' has an amount %s in %s, expected %s",
                          id(),
                          rule.tier().id(),
                          MoneyText.format(amount),
                          amount.getCurrencyUnit().getCode(),
                          currency().getCode()));
                }
              });
    }
  }
}
