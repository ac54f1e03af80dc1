package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The shared {@code --rate FROM/TO=RATE} option, a picocli mixin of every command that converts
 * money ({@code dues}, {@code compare} and {@code chart dues} through {@link OrganizationOptions},
 * and {@code income}): repeatable, each currency pair once. Not thread-safe: one per parse.
 */
final class RateOptions {
  @Option(
      names = "--rate",
      paramLabel = "FROM/TO=RATE",
      description =
          "An exchange rate, e.g. CNY/USD=0.1481 (one CNY is worth 0.1481 USD). Repeatable, once per pair.")
  List<ExchangeRate> rates = new ArrayList<>();

  /** The rates given, each currency pair once (a pair given twice is a usage error). */
  ExchangeRates exchangeRates() {
    return CliRates.of(rates);
  }
}
