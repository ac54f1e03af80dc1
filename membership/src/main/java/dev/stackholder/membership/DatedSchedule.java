package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MissingExchangeRateException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A foundation's rule set in force on a date, quoting as of that date: the quote records the date
 * and the age of the evidence, and itemises the fees of required memberships, which are looked up
 * among the built-in foundations and quoted under their own rules in force that day. Internal:
 * reached through {@link Foundation#duesScheduleOn(LocalDate)}. Immutable and thread-safe.
 */
final class DatedSchedule implements DuesSchedule {
  private final Foundation foundation;
  private final RuleSet ruleSet;
  private final LocalDate date;
  private final Function<String, Optional<Foundation>> lookup;

  /**
   * Foundations whose quote led here, so that a cycle of requirements in the data cannot recurse
   * for ever.
   */
  private final ImmutableSet<String> visiting;

  DatedSchedule(
      Foundation foundation,
      RuleSet ruleSet,
      LocalDate date,
      Function<String, Optional<Foundation>> lookup,
      ImmutableSet<String> visiting) {
    this.foundation = foundation;
    this.ruleSet = ruleSet;
    this.date = date;
    this.lookup = lookup;
    this.visiting = visiting;
  }

  /**
   * {@inheritDoc}
   *
   * @throws TierNotInForceException (an InvalidDataException) if the rule set in force does not
   *     have the tier; the message names the rule sets that do
   * @throws MissingDeclarationException if the tier's dues need a figure the declaration lacks
   * @throws MissingExchangeRateException if the revenue must be converted and there is no rate
   */
  @Override
  public DuesQuote quote(Tier tier, Declaration declaration, ExchangeRates rates) {
    TierRule rule = ruleSet.findRules(tier).orElseThrow(() -> notInForce(tier));
    ImmutableList<PrerequisiteFee> fees =
        ruleSet
            .prerequisite()
            .filter(prerequisite -> prerequisite.appliesTo(tier))
            .map(prerequisite -> ImmutableList.of(fee(prerequisite, declaration, rates)))
            .orElse(ImmutableList.of());
    return ruleSet.quote(rule, declaration, rates, Optional.of(date), fees);
  }

  private TierNotInForceException notInForce(Tier tier) {
    ImmutableList<RuleSet> having = foundation.ruleSetsWithTier(tier);
    String others =
        having.isEmpty()
            ? "no " + foundation.name() + " rule set has it"
            : "the rule sets that have it: "
                + having.stream()
                    // Written as every answer writes a rule set's dates: its first and last day in
                    // force.
                    .map(
                        r ->
                            r.id()
                                + " ("
                                + r.effectiveUntil()
                                    .map(d -> r.effectiveFrom() + " to " + d.minusDays(1))
                                    .orElse("from " + r.effectiveFrom())
                                + ")")
                    .collect(Collectors.joining(", "));
    return new TierNotInForceException(
        tier.id(),
        ruleSet.id(),
        "Tier '"
            + tier.id()
            + "' is not in rule set '"
            + ruleSet.id()
            + "', in force on "
            + date
            + "; "
            + others);
  }

  private PrerequisiteFee fee(
      Prerequisite prerequisite, Declaration declaration, ExchangeRates rates) {
    Optional<Foundation> required = lookup.apply(prerequisite.foundation());
    if (required.isEmpty()) {
      return PrerequisiteFee.unpriced(
          prerequisite,
          prerequisite.foundation(),
          "foundation '" + prerequisite.foundation() + "' is not built in");
    }
    Foundation other = required.get();
    if (visiting.contains(other.id())) {
      return PrerequisiteFee.unpriced(prerequisite, other.name(), "the requirements form a cycle");
    }
    Optional<RuleSet> rules = other.findRuleSetOn(date);
    if (rules.isEmpty()) {
      return PrerequisiteFee.unpriced(prerequisite, other.name(), "no rules in force on " + date);
    }
    Optional<Tier> tier = other.findTier(prerequisite.tier());
    if (tier.isEmpty() || rules.get().findRules(tier.get()).isEmpty()) {
      return PrerequisiteFee.unpriced(
          prerequisite,
          other.name(),
          "tier '" + prerequisite.tier() + "' is not in rule set '" + rules.get().id() + "'");
    }
    ImmutableSet<String> next =
        ImmutableSet.<String>builder().addAll(visiting).add(foundation.id()).build();
    try {
      return PrerequisiteFee.priced(
          prerequisite,
          other.name(),
          new DatedSchedule(other, rules.get(), date, lookup, next)
              .quote(tier.get(), declaration, rates));
    } catch (MissingDeclarationException e) {
      return PrerequisiteFee.unpriced(prerequisite, other.name(), "needs " + e.figure());
    } catch (MissingExchangeRateException | InvalidDataException e) {
      return PrerequisiteFee.unpriced(prerequisite, other.name(), e.getMessage());
    }
  }
}
