package dev.stackholder.benchmarks;

import dev.stackholder.core.ExchangeRates;
import dev.stackholder.membership.DuesQuote;
import dev.stackholder.membership.DuesSchedule;
import dev.stackholder.membership.OpenStackFoundation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Gold quote under the 2012 bylaws (0.025% of revenue, at least USD 50,000, at most USD
 * 200,000) through {@link DuesSchedule#quote}, against the hand-written arithmetic (BigDecimal
 * multiply, clamp, setScale, Money): in USD, and in CNY converted at {@code CNY/USD=0.1481} first.
 * The revenue is picked so that the minimum binds, the formula applies, or the maximum binds.
 *
 * <p>{@code usdLibrary} and {@code cnyLibrary} return the quote as a caller gets it and read only
 * its amount; {@code usdLibraryExplained} also asks for the explanation, which the goal of issue 16
 * says is built only when asked for. A quote is one call whatever the data size, so this benchmark
 * has no size parameter; the dues-income benchmark quotes 10^3 to 10^5 members. Run with {@code
 * -prof gc} for the allocation per quote ({@code gc.alloc.rate.norm}, bytes per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class GoldQuoteBenchmark {
  // 0.025% as a fraction: what a user writes by hand (an exact divide by 100 per call costs more
  // than the rest of the formula).
  private static final BigDecimal RATE = new BigDecimal("0.00025");
  private static final BigDecimal MINIMUM = new BigDecimal("50000");
  private static final BigDecimal MAXIMUM = new BigDecimal("200000");
  private static final BigDecimal CNY_USD = new BigDecimal("0.1481");

  /** Which part of the Gold formula the revenue falls in. */
  @Param({"minimum", "formula", "maximum"})
  public String region;

  private DuesSchedule schedule;
  private ExchangeRates rates;
  private Money usdRevenue;
  private Money cnyRevenue;

  /** Picks the revenues and checks that library and baseline agree on the amount. */
  @Setup
  public void setUp() {
    schedule = OpenStackFoundation.duesSchedule();
    rates = ExchangeRates.empty().with(CurrencyUnit.of("CNY"), CurrencyUnit.USD, CNY_USD);
    switch (region) {
      case "minimum" -> {
        usdRevenue = Money.parse("USD 120000000");
        cnyRevenue = Money.parse("CNY 800000000");
      }
      case "formula" -> {
        usdRevenue = Money.parse("USD 456789012.34");
        cnyRevenue = Money.parse("CNY 3084328250.61");
      }
      case "maximum" -> {
        usdRevenue = Money.parse("USD 35000000000");
        cnyRevenue = Money.parse("CNY 237760000000");
      }
      default -> throw new IllegalArgumentException("Unknown region " + region);
    }
    check(usdLibrary(), usdBaseline());
    check(cnyLibrary(), cnyBaseline());
  }

  private static void check(Money library, Money baseline) {
    if (!library.equals(baseline)) {
      throw new IllegalStateException(
          "The baseline disagrees with the library: " + library + " versus " + baseline);
    }
  }

  /** The library's quote of a USD revenue, as a caller reads it: the amount. */
  @Benchmark
  public Money usdLibrary() {
    return schedule.quote(OpenStackFoundation.GOLD, usdRevenue).amount();
  }

  /** The same quote, and its explanation read too. */
  @Benchmark
  public String usdLibraryExplained() {
    DuesQuote quote = schedule.quote(OpenStackFoundation.GOLD, usdRevenue);
    return quote.explanation();
  }

  /** The hand-written Gold formula on a USD revenue. */
  @Benchmark
  public Money usdBaseline() {
    return Money.of(CurrencyUnit.USD, gold(usdRevenue.getAmount()));
  }

  /**
   * The hand-written formula, then a plain record of the 19 values a {@link DuesQuote} carries (its
   * JSON and explanation are made of them), read back for the amount: what carrying a quote's
   * fields costs by itself, to tell it from the rest of the library's path. Not a baseline of a
   * library method, so {@code ratios.py} does not pair it; compare it with {@link #usdBaseline}.
   */
  @Benchmark
  public Money usdBaselineWithQuoteFields() {
    Money revenue = usdRevenue;
    Money amount = Money.of(CurrencyUnit.USD, gold(revenue.getAmount()));
    return new QuoteFields(
            OpenStackFoundation.GOLD,
            amount,
            "openstack-2012",
            "OpenStack Foundation bylaws",
            "membership",
            schedule,
            RoundingMode.HALF_UP,
            revenue,
            null,
            null,
            null,
            null,
            "minimum",
            RATE,
            MINIMUM,
            MAXIMUM,
            null,
            null,
            List.of())
        .amount();
  }

  /** A quote's 19 values as a plain record (nulls where an optional value is absent). */
  private record QuoteFields(
      Object tier,
      Money amount,
      String ruleSetId,
      String ruleSetName,
      String program,
      Object rule,
      RoundingMode rounding,
      Money declaredRevenue,
      Money convertedRevenue,
      Integer employees,
      Object kind,
      Object exchangeRate,
      Object bound,
      BigDecimal percent,
      BigDecimal minimum,
      BigDecimal maximum,
      Object quotedOn,
      Object lastConfirmed,
      List<Object> prerequisites) {}

  /** The library's quote of a CNY revenue with a CNY/USD rate. */
  @Benchmark
  public Money cnyLibrary() {
    return schedule.quote(OpenStackFoundation.GOLD, cnyRevenue, rates).amount();
  }

  /** The hand-written conversion (multiply, round to cents) and Gold formula. */
  @Benchmark
  public Money cnyBaseline() {
    BigDecimal usd = cnyRevenue.getAmount().multiply(CNY_USD).setScale(2, RoundingMode.HALF_UP);
    return Money.of(CurrencyUnit.USD, gold(usd));
  }

  private static BigDecimal gold(BigDecimal revenue) {
    BigDecimal dues = revenue.multiply(RATE);
    if (dues.compareTo(MINIMUM) < 0) {
      dues = MINIMUM;
    } else if (dues.compareTo(MAXIMUM) > 0) {
      dues = MAXIMUM;
    }
    return dues.setScale(2, RoundingMode.HALF_UP);
  }
}
