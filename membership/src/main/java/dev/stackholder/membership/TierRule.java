package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.membership.board.BoardSeats;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a rule set says about one tier: its dues rule, the member limit, the commitment, how
 * the tier is represented on the board, and the sources of those rules. A rule whose figure rests
 * on one weak source only is marked {@link #unverified()} and its explanation says so.
 *
 * <pre>{@code
 * TierRule gold = TierRule.builder()
 *     .tier(Tier.of("gold", "Gold"))
 *     .dues(PercentOfRevenueDues.of(new BigDecimal("0.025"), Money.parse("USD 50000"), Money.parse("USD 200000")))
 *     .board(BoardSeats.EQUAL_TO_APPOINTED)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierRule.class)
@JsonDeserialize(as = ImmutableTierRule.class)
public abstract class TierRule {
  TierRule() {}

  /** {@return the tier these rules are for} */
  public abstract Tier tier();

  /** {@return how the tier's annual dues are worked out} */
  public abstract DuesRule dues();

  /** {@return the most members the tier may have at once; absent when there is no limit} */
  public abstract Optional<MemberLimit> memberLimit();

  /** {@return how many years a member commits to; absent for year-to-year} */
  public abstract Optional<Integer> commitmentYears();

  /** {@return how the tier is represented on the board} */
  @Value.Default
  public BoardSeats board() {
    return BoardSeats.NONE;
  }

  /**
   * {@return how many directors the class elects when {@link #board()} is {@link BoardSeats#FIXED}}
   */
  public abstract Optional<Integer> electedDirectors();

  /** {@return whether the dues figure rests on a single weak source and could not be confirmed} */
  @Value.Default
  public boolean unverified() {
    return false;
  }

  /** {@return where the rules are written} */
  public abstract ImmutableList<Source> sources();

  /**
   * {@return the latest date a source confirmed this tier's fee, when it differs from the rule
   * set's {@link RuleSet#lastConfirmed()} (a later page that repeats some figures and not others)}
   */
  public abstract Optional<java.time.LocalDate> lastConfirmed();

  /** {@return doubts and details, e.g. why a figure is unverified} */
  public abstract Optional<String> note();

  /**
   * {@return the rules of a tier with only a dues rule: no limit, no commitment, no board seats}
   *
   * @param tier the tier
   * @param dues how its annual dues are set
   */
  public static TierRule of(Tier tier, DuesRule dues) {
    return builder().tier(tier).dues(dues).build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TierRule}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableTierRule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        (board() == BoardSeats.FIXED) == electedDirectors().isPresent(),
        "Tier '%s' has board seats '%s' and electedDirectors %s: a number of elected directors goes"
            + " with board seats 'fixed' and only with it",
        tier().id(),
        board().id(),
        electedDirectors().map(String::valueOf).orElse("absent"));
    electedDirectors()
        .ifPresent(
            count ->
                InvalidDataException.check(
                    count >= 0,
                    "Tier '%s' elects %d directors, expected zero or more",
                    tier().id(),
                    count));
    commitmentYears()
        .ifPresent(
            years ->
                InvalidDataException.check(
                    years > 0,
                    "Tier '%s' has a commitment of %d years, expected a positive number",
                    tier().id(),
                    years));
  }
}
