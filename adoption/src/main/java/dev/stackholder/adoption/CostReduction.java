package dev.stackholder.adoption;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A cost cut by a percentage in one category: "cuts server costs by 20 percent and O&amp;M costs by
 * 40 percent" is two of these, {@code servers} and {@code operations and maintenance}. JSON type
 * name {@code "cost-reduction"}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostReduction.class)
@JsonDeserialize(as = ImmutableCostReduction.class)
public abstract non-sealed class CostReduction extends Outcome {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  CostReduction() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CostReduction} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableCostReduction.Builder {
    Builder() {}
  }

  /** {@return what got cheaper, e.g. {@code "servers"}, {@code "operations and maintenance"}} */
  public abstract String category();

  /** {@return by how much, in percent of the former cost: above 0, at most 100} */
  public abstract BigDecimal percent();

  @Override
  public String describe() {
    return category() + " costs cut by " + percent().toPlainString() + "%";
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!category().isBlank(), "Cost reduction category is blank");
    InvalidDataException.check(
        percent().signum() > 0 && percent().compareTo(HUNDRED) <= 0,
        "Cost reduction of '%s' is %s%%, expected above 0 and at most 100",
        category(),
        percent().toPlainString());
    InvalidDataException.check(
        !sources().isEmpty(), "Cost reduction of '%s' has no sources", category());
  }
}
