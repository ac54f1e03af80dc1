package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MoneyText;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a member or applicant declares for its dues: its annual revenue (in any currency) and, for
 * rules banded by size, its number of employees. Either may be left out when the tier's rule does
 * not need it; a rule that needs a missing figure says so with an {@link InvalidDataException}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclaration.class)
@JsonDeserialize(as = ImmutableDeclaration.class)
public abstract class Declaration {
  Declaration() {}

  /** The annual revenue, in the currency it was reported in. */
  public abstract Optional<Money> annualRevenue();

  /** The number of employees. */
  public abstract Optional<Integer> employees();

  /** A declaration of revenue only. */
  public static Declaration ofRevenue(Money annualRevenue) {
    return ImmutableDeclaration.builder().annualRevenue(annualRevenue).build();
  }

  /** A declaration of the number of employees only. */
  public static Declaration ofEmployees(int employees) {
    return ImmutableDeclaration.builder().employees(employees).build();
  }

  @Value.Check
  void check() {
    annualRevenue().ifPresent(revenue -> InvalidDataException.check(!revenue.isNegative(),
        "Annual revenue %s is negative, expected zero or more", MoneyText.format(revenue)));
    employees().ifPresent(count -> InvalidDataException.check(count >= 0,
        "Employees %d is negative, expected zero or more", count));
  }
}
