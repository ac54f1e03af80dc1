package dev.stackholder.membership.income;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.MoneyText;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.EnumIds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An income figure a foundation published or filed for a year, to set beside a computed {@link
 * IncomeReport}: the amount, the line it is on, and whether that line is the dues alone or a larger
 * line that holds them (then the figure is only a ceiling for the dues).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublishedIncome.class)
@JsonDeserialize(as = ImmutablePublishedIncome.class)
public abstract class PublishedIncome {
  PublishedIncome() {}

  /** What the figure's line holds. In JSON its {@link #id()}. */
  public enum Scope {
    /** The line holds the membership dues (and, as filed, any other gifts or grants). */
    DUES("dues"),
    /** A larger line that holds the dues with other income (events): a ceiling for the dues. */
    INCLUDES_DUES("includes-dues");

    private static final EnumIds<Scope> IDS =
        EnumIds.of(Scope.class, "published income scope", Scope::id);
    private final String id;

    Scope(String id) {
      this.id = id;
    }

    /** {@return the JSON id} */
    @JsonValue
    public String id() {
      return id;
    }

    /**
     * {@return the scope with this id}
     *
     * @param id the JSON id
     */
    @JsonCreator
    public static Scope fromId(String id) {
      return IDS.fromId(id);
    }
  }

  /** {@return the year the figure is for (the foundation's fiscal year is the calendar year)} */
  public abstract Year year();

  /** {@return the figure} */
  public abstract Money amount();

  /** {@return the line it is on, as the filing names it} */
  public abstract String line();

  /** {@return what the line holds} */
  public abstract Scope scope();

  /** {@return where the figure is published} */
  public abstract Source source();

  /** {@return anything a reader must know about the figure} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    InvalidDataException.check(
        !amount().isNegative(), "PublishedIncome %s: amount %s is negative", year(), amount());
  }

  /**
   * {@return one line comparing a computed report for the same year with this figure: inside the
   * range or not, by how much, and the range's width against the figure}
   *
   * @param report the computed report for {@link #year()}
   */
  public String compare(IncomeReport report) {
    InvalidDataException.check(
        report.year().equals(year()), "report is for %s, the figure for %s", report.year(), year());
    Money least = report.total();
    Money most = report.totalUpTo();
    String range = MoneyText.format(least) + " to " + MoneyText.format(most);
    String width =
        amount().isZero()
            ? ""
            : ", range width "
                + ratio(most.minus(least).getAmount(), amount().getAmount())
                + " of the figure";
    String where;
    if (scope() == Scope.INCLUDES_DUES) {
      where =
          least.isGreaterThan(amount())
              ? "the lower bound is above this ceiling for the dues"
              : "the dues lie below this ceiling, as they must (the line also holds other income)";
    } else if (least.isGreaterThan(amount())) {
      where = "below the computed range by " + MoneyText.format(least.minus(amount()));
    } else if (amount().isGreaterThan(most)) {
      where = "above the computed range by " + MoneyText.format(amount().minus(most));
    } else {
      where = "inside the computed range";
    }
    return year()
        + ": "
        + line()
        + " "
        + MoneyText.format(amount())
        + " ("
        + source().title()
        + "); computed "
        + range
        + ": "
        + where
        + width;
  }

  private static String ratio(BigDecimal part, BigDecimal whole) {
    return part.divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "x";
  }
}
