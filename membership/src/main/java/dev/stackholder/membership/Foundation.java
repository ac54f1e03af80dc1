package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An open source foundation: its tiers and the rule sets that governed membership over time. At
 * most one rule set is in force on any date; {@link #ruleSetOn(LocalDate)} finds it.
 *
 * <p>Checked when built (and so when read from JSON): rule sets do not overlap, and every tier a
 * rule set names is one of the foundation's tiers.
 *
 * <p>Lookups come in pairs: {@code findX} returns {@link Optional#empty()} for an unknown id and
 * {@code getX} throws a {@link NotFoundException} naming the id and the known ids.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFoundation.class)
@JsonDeserialize(as = ImmutableFoundation.class)
public abstract class Foundation {

  Foundation() {}

  /** {@return a lower-case slug, e.g. {@code "openstack"}} */
  public abstract String id();

  /** {@return the foundation's name} */
  public abstract String name();

  /** {@return every tier any of its rule sets names} */
  public abstract ImmutableList<Tier> tiers();

  /** {@return its rule sets, in any order} */
  public abstract ImmutableList<RuleSet> ruleSets();

  /** {@return where the facts about the foundation come from} */
  public abstract ImmutableList<Source> sources();

  /** {@return what could not be confirmed, and other remarks} */
  public abstract Optional<String> note();

  /**
   * {@return amounts sources state for one member and year where they differ from, or pin down,
   * what the rules give (for instance a first-year charge for part of a year); income reports
   * charge them}
   */
  public abstract ImmutableList<StatedCharge> statedCharges();

  /** {@return a builder; {@code build()} checks the foundation as described above} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Foundation}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableFoundation.Builder {
    Builder() {}
  }

  /**
   * {@return the rule set in force on a date, if one is}
   *
   * @param date any date
   */
  public Optional<RuleSet> findRuleSetOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return ruleSets().stream().filter(ruleSet -> ruleSet.covers(date)).findFirst();
  }

  /**
   * {@return the rule set in force on a date}
   *
   * @param date any date
   * @throws NoRulesInForceException naming the date and the spans the rule sets cover
   */
  public RuleSet ruleSetOn(LocalDate date) {
    return findRuleSetOn(date)
        .orElseThrow(
            () ->
                new NoRulesInForceException(
                    "No "
                        + name()
                        + " rule set is in force on "
                        + date
                        + "; the rule sets cover "
                        + coverage()));
  }

  /**
   * {@return the rule set with this id, ignoring case and surrounding blanks, if there is one}
   *
   * @param id the rule set's id, in any case
   */
  public Optional<RuleSet> findRuleSet(String id) {
    String wanted = normalized(id);
    return ruleSets().stream().filter(ruleSet -> ruleSet.id().equals(wanted)).findFirst();
  }

  /**
   * {@return the rule set with this id, ignoring case and surrounding blanks}
   *
   * @param id the rule set's id, in any case
   * @throws NotFoundException naming the id and the ids of the rule sets, oldest first
   */
  public RuleSet getRuleSet(String id) {
    return findRuleSet(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "rule set",
                    id,
                    sorted().stream().map(RuleSet::id).collect(Collectors.toList())));
  }

  /**
   * {@return the dues schedule in force on a date: {@link #ruleSetOn(LocalDate)}, quoting as of
   * that date} Its quotes record the date and the date a source last confirmed the fee (the
   * explanation says how old the evidence is when it is a year old or more), and itemise the fee of
   * a membership the rules require ({@link RuleSet#prerequisite()}), quoted under the required
   * foundation's own built-in rules in force that day (see {@link Foundations}). A tier the rule
   * set in force does not have is an {@link InvalidDataException} naming the rule sets that do have
   * it.
   *
   * @param date the date quotes are for; it picks the rule set and dates each quote
   * @throws NoRulesInForceException naming the date and the spans the rule sets cover
   */
  public DuesSchedule duesScheduleOn(LocalDate date) {
    return new DatedSchedule(
        this,
        ruleSetOn(date),
        date,
        Foundations::findFoundation,
        com.google.common.collect.ImmutableSet.of());
  }

  /**
   * {@return the rule sets that have a tier, oldest first: what to suggest when the one in force
   * lacks it}
   *
   * @param tier any tier
   */
  public ImmutableList<RuleSet> ruleSetsWithTier(Tier tier) {
    java.util.Objects.requireNonNull(tier, "tier");
    return sorted().stream()
        .filter(ruleSet -> ruleSet.findRules(tier).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the tier with this id or name, ignoring case and surrounding blanks ({@code "gold"},
   * {@code "Gold"}, {@code "corporate-sponsor"}, {@code "Corporate Sponsor"}), if there is one}
   *
   * @param idOrName a tier's id or name, in any case
   */
  public Optional<Tier> findTier(String idOrName) {
    String wanted = normalized(idOrName);
    return tiers().stream()
        .filter(
            tier -> tier.id().equals(wanted) || tier.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /**
   * {@return the tier with this id or name, as {@link #findTier(String)} matches it}
   *
   * @param idOrName a tier's id or name, in any case
   * @throws NotFoundException naming the text and the ids of the foundation's tiers
   */
  public Tier getTier(String idOrName) {
    return findTier(idOrName)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "tier", idOrName, tiers().stream().map(Tier::id).collect(Collectors.toList())));
  }

  private static String normalized(String id) {
    return id.trim().toLowerCase(Locale.ROOT);
  }

  private String coverage() {
    return sorted().stream()
        .map(
            r ->
                r.id()
                    + " "
                    + r.effectiveUntil()
                        .map(d -> r.effectiveFrom() + " to " + d.minusDays(1))
                        .orElse("from " + r.effectiveFrom()))
        .collect(Collectors.joining("; "));
  }

  private List<RuleSet> sorted() {
    return ruleSets().stream()
        .sorted(Comparator.comparing(RuleSet::effectiveFrom))
        .collect(Collectors.toList());
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Slugs.isSlug(id()),
        "Foundation id '%s' is not a lower-case slug such as 'openstack'",
        id());
    InvalidDataException.check(!name().isBlank(), "Foundation '%s' has a blank name", id());
    java.util.Set<String> tierIds = new java.util.HashSet<>();
    for (Tier tier : tiers()) {
      InvalidDataException.check(
          tierIds.add(tier.id()), "Foundation '%s' lists tier id '%s' twice", id(), tier.id());
    }
    java.util.Set<String> ruleSetIds = new java.util.HashSet<>();
    for (RuleSet ruleSet : ruleSets()) {
      InvalidDataException.check(
          ruleSetIds.add(ruleSet.id()),
          "Foundation '%s' lists rule set id '%s' twice",
          id(),
          ruleSet.id());
    }
    List<RuleSet> sorted = sorted();
    for (int i = 1; i < sorted.size(); i++) {
      RuleSet earlier = sorted.get(i - 1);
      RuleSet later = sorted.get(i);
      InvalidDataException.check(
          earlier.effectiveUntil().isPresent()
              && !earlier.effectiveUntil().get().isAfter(later.effectiveFrom()),
          "Rule sets '%s' (from %s%s) and '%s' (from %s) overlap",
          earlier.id(),
          earlier.effectiveFrom(),
          earlier.effectiveUntil().map(d -> " until " + d).orElse(", open-ended"),
          later.id(),
          later.effectiveFrom());
    }
    // Two charges for one member and year would leave the income report to pick one silently.
    java.util.Set<String> charged = new java.util.HashSet<>();
    for (StatedCharge charge : statedCharges()) {
      InvalidDataException.check(
          charged.add(charge.organizationId() + " " + charge.year()),
          "Foundation '%s' states two charges for '%s' in %s, expected at most one per member and year",
          id(),
          charge.organizationId(),
          charge.year());
    }
    dev.stackholder.core.Limits.checkText(name(), "Foundation name");
    note().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Foundation note"));
    for (RuleSet ruleSet : ruleSets()) {
      for (TierRule rule : ruleSet.tiers()) {
        InvalidDataException.check(
            tiers().contains(rule.tier()),
            "Rule set '%s' names tier '%s' (%s), which is not one of %s's tiers",
            ruleSet.id(),
            rule.tier().id(),
            rule.tier().name(),
            id());
      }
    }
  }
}
