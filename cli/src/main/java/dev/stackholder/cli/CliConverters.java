package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MoneyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import picocli.CommandLine;

/** Reads the command line's own notations: amounts, exchange rates and dates. */
final class CliConverters {
  private CliConverters() {}

  /** {@code "CNY 237760000000"} or {@code "USD 200,000.00"}. */
  static final class MoneyConverter implements CommandLine.ITypeConverter<Money> {
    @Override
    public Money convert(String value) {
      try {
        return MoneyText.parse(value);
      } catch (InvalidDataException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code "CNY/USD=0.1481"}: one CNY is worth 0.1481 USD. */
  static final class RateConverter implements CommandLine.ITypeConverter<ExchangeRate> {
    @Override
    public ExchangeRate convert(String value) {
      String[] sides = value.split("=", 2);
      String[] pair = sides[0].split("/", 2);
      if (sides.length != 2 || pair.length != 2) {
        throw new CommandLine.TypeConversionException("'" + value
            + "' is not an exchange rate, expected FROM/TO=RATE such as CNY/USD=0.1481");
      }
      try {
        return ExchangeRate.of(currency(pair[0]), currency(pair[1]), new BigDecimal(sides[1].trim()));
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' has rate '" + sides[1]
            + "', expected a decimal number such as 0.1481");
      } catch (InvalidDataException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }

    private static CurrencyUnit currency(String code) {
      try {
        return CurrencyUnit.of(code.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalCurrencyException e) {
        throw new CommandLine.TypeConversionException("unknown currency code '" + code + "'");
      }
    }
  }

  /** An ISO date, {@code 2017-11-06}. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date, expected YYYY-MM-DD");
      }
    }
  }
}
