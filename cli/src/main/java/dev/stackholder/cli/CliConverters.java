package dev.stackholder.cli;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.Sector;
import dev.stackholder.core.StackholderException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the command line's own notations: amounts, exchange rates, dates, metrics, tie modes,
 * sectors and output formats. Registered once, in {@link StackholderCli#commandLine}. Each failure
 * is a {@link TypeConversionException} whose message names the value and what was expected, so
 * picocli never adds a Java class name to it. Stateless, thread-safe.
 */
final class CliConverters {
  private CliConverters() {}

  private static <T> T library(String value, Function<String, T> reader) {
    try {
      return reader.apply(value);
    } catch (StackholderException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** {@code "CNY 237760000000"} or {@code "USD 200,000.00"}. */
  static final class MoneyConverter implements CommandLine.ITypeConverter<Money> {
    @Override
    public Money convert(String value) {
      return library(value, MoneyText::parse);
    }
  }

  /** {@code "CNY/USD=0.1481"}: one CNY is worth 0.1481 USD. */
  static final class RateConverter implements CommandLine.ITypeConverter<ExchangeRate> {
    @Override
    public ExchangeRate convert(String value) {
      return library(value, ExchangeRate::parse);
    }
  }

  /** An ISO date, {@code 2017-11-06}, from year 1 to 9999. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        if (value.length() == 10) {
          return LocalDate.parse(value);
        }
      } catch (DateTimeParseException e) {
        // the message below
      }
      throw new TypeConversionException("'" + value + "' is not a date, expected YYYY-MM-DD such as 2017-11-06");
    }
  }

  /** A contribution metric by id. */
  static final class MetricConverter implements CommandLine.ITypeConverter<Metric> {
    @Override
    public Metric convert(String value) {
      return library(value.toLowerCase(Locale.ROOT), Metric::fromId);
    }
  }

  /** {@code competition} or {@code ordinal}. */
  static final class TieModeConverter implements CommandLine.ITypeConverter<TieMode> {
    @Override
    public TieMode convert(String value) {
      return library(value.toLowerCase(Locale.ROOT), TieMode::fromId);
    }
  }

  /** A sector by id. */
  static final class SectorConverter implements CommandLine.ITypeConverter<Sector> {
    @Override
    public Sector convert(String value) {
      return library(value.toLowerCase(Locale.ROOT), Sector::fromId);
    }
  }

  /** {@code table}, {@code json} or {@code csv}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : OutputFormat.values()) {
        if (format.id().equalsIgnoreCase(value)) {
          return format;
        }
      }
      throw new TypeConversionException("'" + value + "' is not an output format, expected table, json or csv");
    }
  }
}
