package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.NotFoundException;
import dev.stackholder.membership.Declaration;
import dev.stackholder.membership.OrganizationKind;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The shared options describing the organization a fee is quoted for ({@code --revenue}, {@code
 * --employees}, {@code --kind}) and the exchange rates to use ({@code --rate}), a picocli mixin of
 * {@code dues} and {@code compare}. Not thread-safe: one per parse.
 */
final class OrganizationOptions {
  @Option(
      names = "--revenue",
      paramLabel = "AMOUNT",
      description =
          "Annual revenue with its currency, e.g. \"CNY 237760000000\" or \"USD 35000000000\".")
  Optional<Money> revenue = Optional.empty();

  @Option(
      names = "--employees",
      paramLabel = "N",
      description = "Number of employees, for tiers whose dues are banded by size.")
  Optional<Integer> employees = Optional.empty();

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = KindConverter.class,
      description =
          "The kind of organization, for tiers priced or offered by kind: commercial, non-profit,"
              + " academic or government.")
  Optional<OrganizationKind> kind = Optional.empty();

  @picocli.CommandLine.Mixin RateOptions rate;

  /**
   * What the organization declared. A negative number of employees is a usage error here; a
   * negative revenue is the library's refusal (exit status 1), as for every amount it checks.
   */
  Declaration declaration() {
    employees.ifPresent(
        n -> {
          if (n < 0) {
            throw new UsageException(
                "--employees " + n + " is negative, expected a number of employees, 0 or more");
          }
        });
    return Declaration.builder().annualRevenue(revenue).employees(employees).kind(kind).build();
  }

  /** The {@code --rate} options, each currency pair once. */
  ExchangeRates exchangeRates() {
    return rate.exchangeRates();
  }

  /** An organization kind by id, in any case; an unknown one is a usage error listing the kinds. */
  static final class KindConverter implements CommandLine.ITypeConverter<OrganizationKind> {
    @Override
    public OrganizationKind convert(String value) {
      try {
        return OrganizationKind.fromId(value.trim().toLowerCase(Locale.ROOT));
      } catch (NotFoundException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
