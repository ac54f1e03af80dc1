package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --rate} options as one {@link ExchangeRates}: a pair given twice is a usage error. */
final class CliRates {
  private CliRates() {}

  static ExchangeRates of(List<ExchangeRate> rates) {
    Map<String, ExchangeRate> byPair = new HashMap<>();
    for (ExchangeRate rate : rates) {
      String pair = rate.from().getCode() + "/" + rate.to().getCode();
      ExchangeRate earlier = byPair.putIfAbsent(pair, rate);
      if (earlier != null) {
        throw new UsageException(
            "--rate "
                + pair
                + " is given twice ("
                + earlier
                + " and "
                + rate
                + "), expected one rate per currency pair");
      }
    }
    return ExchangeRates.of(rates);
  }
}
