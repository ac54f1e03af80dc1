package dev.stackholder.membership.compare;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.Source;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.ProgramKind;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.board.BoardSeats;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One tier of one foundation in a {@link FeeComparison}: what it costs the organization a year, in
 * the schedule's currency and in the organization's, over the term, with required memberships, the
 * board rights the data records, the sources and the age of the evidence. A tier that needs a
 * figure the organization did not declare is not priced: {@link #status()} says {@link
 * FeeStatus#NEEDS_DECLARATION} and {@link #needs()} names the figure ({@code "employees"}, {@code
 * "annualRevenue"}, {@code "kind"}).
 *
 * <p>Computed by {@link FeeComparison}; it has no public builder. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeeComparisonRow.class)
@JsonDeserialize(as = ImmutableFeeComparisonRow.class)
public abstract class FeeComparisonRow {
  FeeComparisonRow() {}

  /** {@return the foundation's id} */
  public abstract String foundationId();

  /** {@return the foundation's name} */
  public abstract String foundationName();

  /** {@return the id of the rule set in force on the comparison's date} */
  public abstract String ruleSetId();

  /** {@return membership or a sponsorship that is not membership} */
  public abstract ProgramKind program();

  /** {@return the tier} */
  public abstract Tier tier();

  /** {@return whether the row is priced, and if not why} */
  public abstract FeeStatus status();

  /**
   * {@return the figure the organization must declare for a price, when {@link #status()} is
   * NEEDS_DECLARATION}
   */
  public abstract Optional<String> needs();

  /** {@return why the row is not priced, in words; empty when priced} */
  public abstract Optional<String> reason();

  /**
   * {@return the quote, when priced: amounts, working, explanation and required memberships
   * itemised}
   */
  public abstract Optional<DuesQuote> quote();

  /**
   * {@return one year for the tier and its quoted required memberships, in the schedule's currency}
   */
  public abstract Optional<Money> annual();

  /**
   * {@return {@link #annual()} in the organization's currency, when a rate for it was given (or no
   * conversion was needed)}
   */
  public abstract Optional<Money> annualInOrganizationCurrency();

  /** {@return the years of the tier's commitment (1 when none)} */
  public abstract int termYears();

  /**
   * {@return what the tier costs over the term, in the schedule's currency: {@link #annual()} (the
   * required memberships' quoted fees included) times {@link #termYears()}}
   */
  public abstract Optional<Money> termTotal();

  /**
   * {@return how the tier is represented on the board, as the data records it ({@code none} also
   * where not recorded)}
   */
  public abstract BoardSeats board();

  /** {@return directors the class elects, where the data gives a number} */
  public abstract Optional<Integer> electedDirectors();

  /** {@return the foundations whose membership the rules also require} */
  public abstract ImmutableList<String> requires();

  /** {@return the latest date a source confirmed the fee, if known} */
  public abstract Optional<LocalDate> lastConfirmed();

  /** {@return how old that evidence is on the comparison's date} */
  public abstract Optional<Period> evidenceAge();

  /** {@return whether the evidence is a year old or more on the comparison's date} */
  public abstract boolean oldEvidence();

  /** {@return where the tier's fee is written (the tier's sources, else the rule set's)} */
  public abstract ImmutableList<Source> sources();

  @Value.Check
  void check() {
    // A row read from JSON is checked as strictly as one computed: its status and its figures
    // agree.
    String what = "Fee comparison row '" + foundationId() + "' tier '" + tier().id() + "'";
    if (!dev.stackholder.core.internal.Slugs.isSlug(foundationId())
        || !dev.stackholder.core.internal.Slugs.isSlug(ruleSetId())) {
      throw new dev.stackholder.core.InvalidDataException(
          what
              + ": foundation and rule set ids must be lower-case slugs, got '"
              + dev.stackholder.core.Limits.abbreviate(foundationId())
              + "' and '"
              + dev.stackholder.core.Limits.abbreviate(ruleSetId())
              + "'");
    }
    if (termYears() < 1) {
      throw new dev.stackholder.core.InvalidDataException(
          what + ": term of " + termYears() + " years, expected 1 or more");
    }
    if (status() == FeeStatus.PRICED && (quote().isEmpty() || annual().isEmpty())) {
      throw new dev.stackholder.core.InvalidDataException(
          what + ": priced without a quote and an annual amount");
    }
    if (status() != FeeStatus.PRICED && (quote().isPresent() || annual().isPresent())) {
      throw new dev.stackholder.core.InvalidDataException(
          what + ": status " + status() + " but carries a price");
    }
    if (status() == FeeStatus.NEEDS_DECLARATION && needs().isEmpty()) {
      throw new dev.stackholder.core.InvalidDataException(
          what + ": needs a declaration but does not say which figure");
    }
    for (Optional<Money> money :
        java.util.List.of(annual(), annualInOrganizationCurrency(), termTotal())) {
      if (money.isPresent()) {
        if (money.get().isNegative()) {
          throw new dev.stackholder.core.InvalidDataException(
              what
                  + ": amount "
                  + dev.stackholder.core.MoneyText.format(money.get())
                  + " is negative");
        }
        dev.stackholder.core.Limits.checkMoney(money.get(), what + ": amount");
      }
    }
    electedDirectors()
        .ifPresent(
            count -> {
              if (count < 0) {
                throw new dev.stackholder.core.InvalidDataException(
                    what + ": " + count + " elected directors, expected zero or more");
              }
            });
    lastConfirmed()
        .ifPresent(date -> dev.stackholder.core.Limits.checkDate(date, what + " confirmation"));
    reason().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, what + " reason"));
  }
}
