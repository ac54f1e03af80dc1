package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Limits;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import dev.stackholder.membership.income.IncomeReport;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a source says one member paid (or would pay) for one year, where that differs from, or pins
 * down, what the rules give: a sourced exception to a rule is data, not a guess. An {@link
 * IncomeReport} charges the stated amount instead of the rule's and says so.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatedCharge.class)
@JsonDeserialize(as = ImmutableStatedCharge.class)
public abstract class StatedCharge {
  StatedCharge() {}

  /** {@return the member's organization id} */
  public abstract String organizationId();

  /** {@return the calendar year the amount is for} */
  public abstract Year year();

  /** {@return the amount} */
  public abstract Money amount();

  /** {@return where it is stated} */
  public abstract Source source();

  /** {@return why it differs from the rule, where the source says or the arithmetic shows} */
  public abstract Optional<String> note();

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatedCharge}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableStatedCharge.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Slugs.isSlug(organizationId()),
        "Stated charge for '%s': not an organization id",
        organizationId());
    InvalidDataException.check(
        !amount().isNegative(),
        "Stated charge for '%s' in %s is negative: %s",
        organizationId(),
        year(),
        amount());
    Limits.checkYear(year().getValue(), "Stated charge for '" + organizationId() + "'");
    Limits.checkMoney(amount(), "Stated charge for '" + organizationId() + "' in " + year());
    if (note().isPresent()) {
      Limits.checkText(note().get(), "Stated charge note");
    }
  }
}
