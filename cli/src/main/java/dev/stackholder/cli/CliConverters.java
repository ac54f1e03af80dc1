package dev.stackholder.cli;

import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MoneyText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
      try {
        return ExchangeRate.parse(value);
      } catch (InvalidDataException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
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
