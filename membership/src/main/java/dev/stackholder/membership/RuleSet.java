package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.internal.Slugs;
import dev.stackholder.core.Source;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
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
 * <p>Checked when built (and so when read from JSON): the dates are in order, each tier appears once,
 * every amount is in the rule set's currency, and the rounding mode can round
 * ({@code UNNECESSARY} cannot).
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

  /** A lower-case slug, e.g. {@code "openstack-2012"}. */
  public abstract String id();

  /** A name a person recognises, e.g. {@code "OpenStack Foundation bylaws, 2012"}. */
  public abstract String name();

  /** The first day the rules apply. */
  public abstract LocalDate effectiveFrom();

  /** The first day the rules no longer apply; absent while they are in force. */
  public abstract Optional<LocalDate> effectiveUntil();

  /** The currency dues are set and charged in. */
  public abstract CurrencyUnit currency();

  /** How dues worked out as a percentage are rounded to the currency's minor unit. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** How a membership that starts or ends during a year is charged. */
  @Value.Default
  public Proration proration() {
    return Proration.FULL_YEAR;
  }

  /** The rules per tier. */
  public abstract ImmutableList<TierRule> tiers();

  /** The most directors that may be affiliated with one company, if the rules set a limit. */
  public abstract Optional<AffiliationLimit> affiliationLimit();

  /** Where the rule set as a whole is written. */
  public abstract ImmutableList<Source> sources();

  /** Whether the rule set sells membership or a sponsorship that is not membership. */
  @Value.Default
  public ProgramKind program() {
    return ProgramKind.MEMBERSHIP;
  }

  /**
   * The latest date a source confirmed these fees. Quotes for a date a year or more after it still
   * answer, and say how old the evidence is. Absent when no source date is known.
   */
  public abstract Optional<LocalDate> lastConfirmed();

  /** Another membership every member must also hold, if the rules require one. */
  public abstract Optional<Prerequisite> prerequisite();

  /** The date a source last confirmed a tier's fee: the tier's own, else the rule set's. */
  public Optional<LocalDate> lastConfirmed(Tier tier) {
    java.util.Objects.requireNonNull(tier, "tier");
    Optional<LocalDate> own = findRules(tier).flatMap(TierRule::lastConfirmed);
    return own.isPresent() ? own : lastConfirmed();
  }

  /** What could not be confirmed, and other remarks. */
  public abstract Optional<String> note();

  /** A builder; {@code build()} checks the rule set as described above. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSet}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }

  /** Whether the rules are in force on this date. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && effectiveUntil().map(date::isBefore).orElse(true);
  }

  /** The rules for a tier, if the rule set knows it. */
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
   * The rules for a tier.
   *
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
    return findRules(tier).orElseThrow(() -> new InvalidDataException("Tier '" + tier.id()
        + "' is not in rule set '" + id() + "', expected one of " + String.join(", ", tierIds())));
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
    return quote(rulesOrInvalid(tier), declaration, rates).build();
  }

  /**
   * A quote's fields, ready for a dated schedule to add the date and the prerequisites. Only the
   * amount is worked out here; the explanation is built from these fields when it is asked for.
   */
  ImmutableDuesQuote.Builder quote(TierRule rule, Declaration declaration, ExchangeRates rates) {
    Tier tier = rule.tier();
    Declaration inCurrency = declaration;
    Optional<ExchangeRate> usedRate = Optional.empty();
    Optional<Money> converted = Optional.empty();
    Optional<Money> revenue = declaration.annualRevenue();
    if (revenue.isPresent() && !revenue.get().getCurrencyUnit().equals(currency())
        && rule.dues().needsRevenue(declaration)) {
      converted = Optional.of(rates.convert(revenue.get(), currency()));
      usedRate = rates.findRate(revenue.get().getCurrencyUnit(), currency());
      inCurrency = Declaration.builder().from(declaration).annualRevenue(converted.get()).build();
    }
    Charge charge = rule.dues().charge(tier, inCurrency, currency(), rounding());
    return ImmutableDuesQuote.builder()
        .tier(tier)
        .amount(charge.amount)
        .ruleSetId(id())
        .ruleSetName(name())
        .program(program())
        .rule(rule)
        .rounding(rounding())
        .declaredRevenue(revenue)
        .convertedRevenue(converted)
        .employees(declaration.employees())
        .kind(declaration.kind())
        .exchangeRate(usedRate)
        .bound(charge.bound)
        .percent(rule.dues().percent(inCurrency))
        .minimum(rule.dues().minimum(inCurrency))
        .maximum(rule.dues().maximum(inCurrency))
        .lastConfirmed(rule.lastConfirmed().isPresent() ? rule.lastConfirmed() : lastConfirmed());
  }

  @Value.Check
  void check() {
    InvalidDataException.check(Slugs.isSlug(id()),
        "Rule set id '%s' is not a lower-case slug such as 'openstack-2012'", id());
    effectiveUntil().ifPresent(until -> InvalidDataException.check(until.isAfter(effectiveFrom()),
        "Rule set '%s' ends on %s, expected after its start %s", id(), until, effectiveFrom()));
    lastConfirmed().ifPresent(date -> InvalidDataException.check(!date.isBefore(effectiveFrom()),
        "Rule set '%s' was last confirmed on %s, expected on or after its start %s", id(), date, effectiveFrom()));
    InvalidDataException.check(rounding() != RoundingMode.UNNECESSARY,
        "Rule set '%s' has rounding UNNECESSARY, expected a mode that can round, e.g. HALF_UP", id());
    Set<String> seen = new HashSet<>();
    prerequisite().ifPresent(prerequisite -> prerequisite.appliesTo().forEach(id -> InvalidDataException.check(
        tiers().stream().anyMatch(rule -> rule.tier().id().equals(id)),
        "Rule set '%s' has a prerequisite for tier '%s', which it does not list", id(), id)));
    for (TierRule rule : tiers()) {
      InvalidDataException.check(seen.add(rule.tier().id()),
          "Rule set '%s' lists tier '%s' twice", id(), rule.tier().id());
      rule.dues().amounts().forEach(amount -> InvalidDataException.check(
          amount.getCurrencyUnit().equals(currency()),
          "Rule set '%s' tier '%s' has an amount %s in %s, expected %s",
          id(), rule.tier().id(), MoneyText.format(amount), amount.getCurrencyUnit().getCode(),
          currency().getCode()));
    }
  }
}
