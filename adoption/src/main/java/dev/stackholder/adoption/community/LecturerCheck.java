package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Count;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The stops' lecturer counts added up and set against the total an event states. The two often
 * differ: the stops count appearances, and a lecturer who spoke at several stops is counted at
 * each. The check reports the difference; it does not decide which figure is wrong.
 *
 * <p>Computed by {@link Event#lecturerCheck()}; there is no public builder. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLecturerCheck.class)
@JsonDeserialize(as = ImmutableLecturerCheck.class)
public abstract class LecturerCheck {
  LecturerCheck() {}

  /** {@return the total the event states} */
  public abstract Count statedTotal();

  /** {@return the sum of the stops' lecturer counts, over the stops that give one} */
  public abstract long sumOfStops();

  /** {@return how many stops give a lecturer count} */
  public abstract int stopsCounted();

  /** {@return the cities of stops that give no lecturer count, in stop order} */
  public abstract ImmutableList<String> stopsWithoutCount();

  /**
   * {@return {@code sumOfStops − statedTotal}: positive when the stops add up to more than the
   * stated total}
   */
  public long difference() {
    return sumOfStops() - statedTotal().value();
  }

  /** {@return true when every stop gives a count and they add up to the stated total exactly} */
  public boolean matches() {
    return stopsWithoutCount().isEmpty() && difference() == 0;
  }

  /**
   * {@return the result in one line, e.g. {@code "3 stops sum to 12 lecturers; the event states 10
   * (2 more)"}}
   */
  public String describe() {
    String missing =
        stopsWithoutCount().isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                " (%d without a count: %s)",
                stopsWithoutCount().size(),
                String.join(", ", stopsWithoutCount()));
    String comparison =
        difference() == 0
            ? "equal"
            : String.format(
                Locale.ROOT, "%d %s", Math.abs(difference()), difference() > 0 ? "more" : "fewer");
    return String.format(
        Locale.ROOT,
        "%d stops sum to %d lecturers%s; the event states %s (%s)",
        stopsCounted(),
        sumOfStops(),
        missing,
        statedTotal().describe(),
        comparison);
  }
}
