package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MissingDeclarationException;
import dev.stackholder.core.MoneyText;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a member or applicant declares for its dues: its annual revenue (in any currency), for rules
 * banded by size its number of employees, and for tiers priced by kind of organization its {@link
 * OrganizationKind}. Any may be left out when the tier's rule does not need it; a rule that needs a
 * missing figure says so with a {@link MissingDeclarationException} whose {@link
 * MissingDeclarationException#figure() figure} is {@code "annualRevenue"}, {@code "employees"} or
 * {@code "kind"}, the names of the accessors here.
 *
 * <pre>{@code
 * Declaration declaration = Declaration.builder()
 *     .annualRevenue(Money.parse("EUR 120000000")).employees(800).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclaration.class)
@JsonDeserialize(as = ImmutableDeclaration.class)
public abstract class Declaration {
  /** The figure {@link #annualRevenue()}, as a {@link MissingDeclarationException} names it. */
  static final String ANNUAL_REVENUE = "annualRevenue";

  /** The figure {@link #employees()}, as a {@link MissingDeclarationException} names it. */
  /** The figure name of an employee count, as rules ask for it and explanations name it. */
  public static final String EMPLOYEES = "employees";

  /** The figure {@link #kind()}, as a {@link MissingDeclarationException} names it. */
  static final String KIND = "kind";

  Declaration() {}

  // The attributes are parameters for ImmutableDeclaration.of, which ofRevenue uses.

  /** {@return the annual revenue, in the currency it was reported in} */
  @Value.Parameter
  public abstract Optional<Money> annualRevenue();

  /** {@return the number of employees} */
  @Value.Parameter
  public abstract Optional<Integer> employees();

  /** {@return the kind of organization, for tiers priced or offered by kind} */
  @Value.Parameter
  public abstract Optional<OrganizationKind> kind();

  /**
   * {@return a declaration of revenue only}
   *
   * @param annualRevenue the annual revenue, in any currency; not negative
   * @throws InvalidDataException if the revenue is negative
   */
  public static Declaration ofRevenue(Money annualRevenue) {
    // The constructor rather than a builder: every quote of a revenue starts here.
    return ImmutableDeclaration.of(Optional.of(annualRevenue), Optional.empty(), Optional.empty());
  }

  /**
   * {@return a declaration of the number of employees only}
   *
   * @param employees the number of employees; not negative
   * @throws InvalidDataException if the number is negative
   */
  public static Declaration ofEmployees(int employees) {
    return builder().employees(employees).build();
  }

  /**
   * {@return a builder, for a declaration of both figures (or of neither); {@code build()} checks
   * them}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Declaration}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableDeclaration.Builder {
    Builder() {}
  }

  /**
   * The check of a declared revenue, shared with the quote of a revenue alone (which makes no
   * declaration): same test, same message.
   */
  static void checkRevenue(Money annualRevenue) {
    // The JSON reader refuses such an amount, so a declaration built with one could not be read
    // back.
    dev.stackholder.core.Limits.checkMoney(annualRevenue, "Annual revenue");
    if (annualRevenue.isNegative()) {
      throw new InvalidDataException(
          String.format(
              java.util.Locale.ROOT,
              "Annual revenue %s is negative, expected zero or more",
              MoneyText.format(annualRevenue)));
    }
  }

  @Value.Check
  void check() {
    // Test first, format after: every quote builds a declaration, and formatting the revenue for a
    // message nobody sees was most of a quote's cost.
    annualRevenue().ifPresent(Declaration::checkRevenue);
    employees()
        .ifPresent(
            count ->
                InvalidDataException.check(
                    count >= 0, "Employees %d is negative, expected zero or more", count));
  }
}
