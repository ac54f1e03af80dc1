package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MoneyText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One band of a {@link BandedDues} rule: members whose revenue or employee count is at least {@link
 * #atLeast()} (and below the next band's lower bound) pay {@link #amount()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDuesBand.class)
@JsonDeserialize(as = ImmutableDuesBand.class)
public abstract class DuesBand {
  DuesBand() {}

  /**
   * {@return the inclusive lower bound: revenue in the rule set's currency units, or a number of
   * employees}
   */
  public abstract BigDecimal atLeast();

  /** {@return the annual dues for members in this band} */
  public abstract Money amount();

  /** {@return how the source names the band, e.g. {@code "500-4,999 employees"}} */
  public abstract Optional<String> label();

  /**
   * {@return a band from a lower bound}
   *
   * @param atLeast the inclusive lower bound: revenue in the rule set's currency units, or a number
   *     of employees
   * @param amount the annual dues for members in this band
   */
  public static DuesBand of(BigDecimal atLeast, Money amount) {
    return builder().atLeast(atLeast).amount(amount).build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DuesBand}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableDuesBand.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Test first, format after: every band read from JSON passes here.
    if (atLeast().signum() < 0) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "Dues band lower bound %s is negative, expected zero or more",
              atLeast().toPlainString()));
    }
    if (amount().isNegative()) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "Dues band amount %s is negative, expected zero or more",
              MoneyText.format(amount())));
    }
  }
}
