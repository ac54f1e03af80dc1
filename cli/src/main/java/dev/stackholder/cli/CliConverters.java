package dev.stackholder.cli;

import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.Limits;
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

  /**
   * An ISO date, {@code 2017-11-06}, in the years every Stackholder date keeps to ({@link
   * Limits#MIN_YEAR} to {@link Limits#MAX_YEAR}): outside them a usage error (exit status 2), as a
   * malformed date is. A date within them that the data cannot answer for is the data's refusal.
   */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate date = null;
      try {
        if (value.length() == 10) {
          date = LocalDate.parse(value);
        }
      } catch (DateTimeParseException e) {
        // the message below
      }
      if (date == null) {
        throw new TypeConversionException(
            "'" + value + "' is not a date, expected YYYY-MM-DD such as 2017-11-06");
      }
      if (date.getYear() < Limits.MIN_YEAR) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is out of range, expected a date from "
                + Limits.MIN_YEAR
                + "-01-01 to "
                + Limits.MAX_YEAR
                + "-12-31");
      }
      return date;
    }
  }

  /**
   * A year, {@code 2018}, from {@link Limits#MIN_YEAR} to {@link Limits#MAX_YEAR}; else a usage
   * error.
   */
  static final class YearConverter implements CommandLine.ITypeConverter<java.time.Year> {
    @Override
    public java.time.Year convert(String value) {
      String text = value.trim();
      if (!text.matches("[-+]?[0-9]{1,10}")) {
        throw new TypeConversionException(
            "'" + value + "' is not a year, expected YYYY such as 2018");
      }
      long year = Long.parseLong(text);
      if (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is out of range, expected a year from "
                + Limits.MIN_YEAR
                + " to "
                + Limits.MAX_YEAR);
      }
      return java.time.Year.of((int) year);
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
      throw new TypeConversionException(
          "'" + value + "' is not an output format, expected table, json or csv");
    }
  }
}
