package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.internal.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a member of a tier owes for one year under a rule set, and why, in one line a person can
 * paste into a budget request:
 *
 * <pre>
 * Gold: 0.025% of USD 35,000,000,000.00 = USD 8,750,000.00, above the maximum: USD 200,000.00 (OpenStack Foundation bylaws, 2012)
 * </pre>
 *
 * <p>Besides the sentence a quote carries its inputs and working as fields: the revenue as declared
 * and as converted, the exchange rate, the percentage, the minimum and maximum and the bound that
 * applied, the rule set, the tier's rule, the term of the commitment, and, for a quote made on a
 * date through {@link Foundation#duesScheduleOn(LocalDate)}, that date, the date a source last
 * confirmed the fee and the fees of memberships the rules require ({@link #prerequisites()}). All
 * of them are in its JSON, which reads back to an equal quote.
 *
 * <p>The {@link #explanation()} is built from those fields the first time it is asked for, so a
 * quote whose sentence nobody reads costs no formatting. When a quote is made on a date a year or
 * more after its evidence ({@link #evidenceIsOld()}), the sentence says how old the evidence is.
 *
 * <p>A quote is what {@link DuesSchedule#quote} computes; it has no public builder. Immutable and
 * thread-safe (the explanation is computed at most once per thread-safe lazy initialisation).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDuesQuote.class)
@JsonDeserialize(as = ImmutableDuesQuote.class)
@JsonIgnoreProperties(
    value = {"explanation", "termYears", "termTotal", "total"},
    allowGetters = true)
public abstract class DuesQuote {
  /** How old evidence may be before a dated quote says so: one year. */
  /**
   * How old a rule set's last confirmation may be before a quote warns that its fee may be out of
   * date.
   */
  public static final Period OLD_EVIDENCE = Period.ofYears(1);

  DuesQuote() {}

  // Every attribute is a parameter so that a quote is made by one constructor call
  // (ImmutableDuesQuote.of): a builder per quote cost more than the arithmetic of the amount.

  /** {@return the tier quoted} */
  @Value.Parameter
  public abstract Tier tier();

  /** {@return what the member owes for one year for the tier itself, in the rule set's currency} */
  @Value.Parameter
  public abstract Money amount();

  /** {@return the id of the rule set the quote was made under} */
  @Value.Parameter
  public abstract String ruleSetId();

  /** {@return the name of that rule set, as the explanation cites it} */
  @Value.Parameter
  public abstract String ruleSetName();

  /** {@return whether the tier is membership or a sponsorship that is not membership} */
  @Value.Parameter
  public abstract ProgramKind program();

  /** {@return the tier's rules the quote was made under: dues rule, commitment, board, sources} */
  @Value.Parameter
  public abstract TierRule rule();

  /** {@return the rounding mode of the rule set} */
  @Value.Parameter
  public abstract RoundingMode rounding();

  /** {@return the annual revenue as declared, in its own currency, if declared} */
  @Value.Parameter
  public abstract Optional<Money> declaredRevenue();

  /**
   * {@return the declared revenue converted to the rule set's currency, if the rule needed it
   * converted}
   */
  @Value.Parameter
  public abstract Optional<Money> convertedRevenue();

  /** {@return the number of employees declared, if declared} */
  @Value.Parameter
  public abstract Optional<Integer> employees();

  /** {@return the kind of organization declared, if declared} */
  @Value.Parameter
  public abstract Optional<OrganizationKind> kind();

  /** {@return the rate the declared revenue was converted with, if it had to be converted} */
  @Value.Parameter
  public abstract Optional<ExchangeRate> exchangeRate();

  /** {@return the bound of a percent-of-revenue rule that decided the amount, if one did} */
  @Value.Parameter
  public abstract Optional<DuesBound> bound();

  /**
   * {@return the percentage of revenue the rule charges (e.g. {@code 0.025} for 0.025%), if it
   * charges one}
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> percent();

  /** {@return the least the rule charges, if it sets a minimum} */
  @Value.Parameter
  public abstract Optional<Money> minimum();

  /** {@return the most the rule charges, if it sets a maximum} */
  @Value.Parameter
  public abstract Optional<Money> maximum();

  /** {@return the date the quote was made for, when made through a foundation's dated schedule} */
  @Value.Parameter
  public abstract Optional<LocalDate> quotedOn();

  /** {@return the latest date a source confirmed the fee, if known} */
  @Value.Parameter
  public abstract Optional<LocalDate> lastConfirmed();

  /**
   * {@return the fees of other memberships the rules require, itemised; empty when none is
   * required}
   */
  @Value.Parameter
  public abstract ImmutableList<PrerequisiteFee> prerequisites();

  /** {@return the years a member commits to: the tier's commitment, or 1} */
  @JsonProperty
  public int termYears() {
    return rule().commitmentYears().orElse(1);
  }

  /**
   * {@return what the member owes over the whole term: {@link #amount()} times {@link
   * #termYears()}}
   */
  @JsonProperty
  public Money termTotal() {
    return amount().multipliedBy(termYears());
  }

  /**
   * {@return one year's amount with the quoted fees of required memberships added, where they are
   * in the same currency; a required fee in another currency or not quoted is left out of this sum
   * (it stays in {@link #prerequisites()})}
   */
  @JsonProperty
  public Money total() {
    Money total = amount();
    for (PrerequisiteFee fee : prerequisites()) {
      if (fee.quote().isPresent()
          && fee.quote().get().amount().getCurrencyUnit().equals(total.getCurrencyUnit())) {
        total = total.plus(fee.quote().get().total());
      }
    }
    return total;
  }

  /** {@return how old the evidence was on the quote's date, when both dates are known} */
  public Optional<Period> evidenceAge() {
    if (quotedOn().isEmpty()
        || lastConfirmed().isEmpty()
        || quotedOn().get().isBefore(lastConfirmed().get())) {
      return Optional.empty();
    }
    return Optional.of(Period.between(lastConfirmed().get(), quotedOn().get()));
  }

  /** {@return whether the quote's date is a year or more after a source last confirmed the fee} */
  public boolean evidenceIsOld() {
    return quotedOn().isPresent()
        && lastConfirmed().isPresent()
        && !quotedOn().get().isBefore(lastConfirmed().get().plus(OLD_EVIDENCE));
  }

  /**
   * {@return the formula, the numbers, the bound that applied, the rounding, the exchange rate used
   * and, for a dated quote, the required memberships and the age of old evidence} Built on first
   * use.
   */
  @Value.Lazy
  @JsonProperty
  public String explanation() {
    StringBuilder explanation = new StringBuilder(tier().name()).append(": ");
    if (convertedRevenue().isPresent()
        && exchangeRate().isPresent()
        && declaredRevenue().isPresent()) {
      explanation
          .append("revenue ")
          .append(MoneyText.format(declaredRevenue().get()))
          .append(" converted at ")
          .append(exchangeRate().get())
          .append(" (rounded ")
          .append(Rounding.describe(RoundingMode.HALF_UP, amount().getCurrencyUnit()))
          .append(") is ")
          .append(MoneyText.format(convertedRevenue().get()))
          .append("; ");
    }
    Declaration charged =
        Declaration.builder()
            .annualRevenue(convertedRevenue().isPresent() ? convertedRevenue() : declaredRevenue())
            .employees(employees())
            .kind(kind())
            .build();
    explanation.append(
        rule().dues().working(tier(), charged, amount().getCurrencyUnit(), rounding()));
    rule()
        .commitmentYears()
        .ifPresent(
            years -> explanation.append(", with a ").append(years).append("-year commitment"));
    if (rule().unverified()) {
      explanation.append("; figure unverified").append(rule().note().map(n -> ": " + n).orElse(""));
    }
    explanation.append(" (").append(ruleSetName()).append(')');
    for (PrerequisiteFee fee : prerequisites()) {
      explanation
          .append("; requires ")
          .append(fee.foundationName())
          .append(" membership, quoted at ")
          .append(fee.prerequisite().tier())
          .append(": ")
          .append(
              fee.quote()
                  .map(DuesQuote::explanation)
                  .orElseGet(() -> "not quoted, " + fee.unpriced().get()));
    }
    if (prerequisites().stream().anyMatch(fee -> fee.quote().isPresent())) {
      explanation.append("; in all ").append(MoneyText.format(total())).append(" a year");
    }
    if (evidenceIsOld()) {
      explanation
          .append("; fees last confirmed by a source on ")
          .append(lastConfirmed().get())
          .append(", ")
          .append(describe(evidenceAge().get()))
          .append(" before ")
          .append(quotedOn().get());
    }
    return explanation.toString();
  }

  private static String describe(Period age) {
    String years = age.getYears() == 1 ? "1 year" : age.getYears() + " years";
    return age.getMonths() == 0
        ? years
        : years + " and " + age.getMonths() + (age.getMonths() == 1 ? " month" : " months");
  }

  /** The explanation. */
  @Override
  public String toString() {
    return explanation();
  }

  /**
   * A quote is a computed result, but it is also read from JSON: both ways it keeps within the
   * limits the reader applies, so that every quote the library makes can be written and read back
   * (a revenue of 10^18 CNY converted at 10^8 is refused here, when quoted, not when read).
   */
  @Value.Check
  void check() {
    // Tests first, messages only on failure: this runs for every quote.
    if (amount().isNegative()) {
      throw new dev.stackholder.core.InvalidDataException(
          "Quote for tier '"
              + tier().id()
              + "': amount "
              + MoneyText.format(amount())
              + " is negative, expected zero or more");
    }
    dev.stackholder.core.Limits.checkMoney(
        amount(), "Quote for tier '" + tier().id() + "': amount");
    if (declaredRevenue().isPresent()) {
      dev.stackholder.core.Limits.checkMoney(
          declaredRevenue().get(), "Quote for tier '" + tier().id() + "': declared revenue");
    }
    if (convertedRevenue().isPresent()) {
      dev.stackholder.core.Limits.checkMoney(
          convertedRevenue().get(), "Quote for tier '" + tier().id() + "': converted revenue");
    }
    if (rule().commitmentYears().isPresent()) {
      dev.stackholder.core.Limits.checkMoney(
          termTotal(), "Quote for tier '" + tier().id() + "': term total");
    }
    if (!prerequisites().isEmpty()) {
      dev.stackholder.core.Limits.checkMoney(
          total(), "Quote for tier '" + tier().id() + "': total with prerequisites");
    }
    if (ruleSetName().isBlank()) {
      throw new dev.stackholder.core.InvalidDataException(
          "Quote for tier '" + tier().id() + "' names a blank rule set");
    }
    quotedOn().ifPresent(date -> dev.stackholder.core.Limits.checkDate(date, "Quote date"));
    lastConfirmed()
        .ifPresent(
            date -> dev.stackholder.core.Limits.checkDate(date, "Quote's last confirmation"));
  }
}
