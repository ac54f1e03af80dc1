package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Count;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The stops' lecturer counts added up and set against the total an event states. For the 2012
 * OpenStack China Tour the summary states 31 lecturers while its per-stop counts (7, 6, 6, 4, 7, 7,
 * 5, 5) add up to 47: the stops count appearances, and some lecturers spoke at several stops (Hui
 * Cheng at six). The check reports the difference; it does not decide which figure is wrong.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLecturerCheck.class)
@JsonDeserialize(as = ImmutableLecturerCheck.class)
public abstract class LecturerCheck {
  LecturerCheck() {}

  /** The total the event states. */
  public abstract Count statedTotal();

  /** The sum of the stops' lecturer counts, over the stops that give one. */
  public abstract long sumOfStops();

  /** How many stops give a lecturer count. */
  public abstract int stopsCounted();

  /** The cities of stops that give no lecturer count, in stop order. */
  public abstract ImmutableList<String> stopsWithoutCount();

  /** {@code sumOfStops − statedTotal}: 16 for the 2012 China Tour. */
  public long difference() {
    return sumOfStops() - statedTotal().value();
  }

  /** True when every stop gives a count and they add up to the stated total exactly. */
  public boolean matches() {
    return stopsWithoutCount().isEmpty() && difference() == 0;
  }

  /** The result in one line, e.g. {@code "8 stops sum to 47 lecturers; the event states 31 (16 more)"}. */
  public String describe() {
    String missing = stopsWithoutCount().isEmpty() ? ""
        : String.format(Locale.ROOT, " (%d without a count: %s)", stopsWithoutCount().size(),
            String.join(", ", stopsWithoutCount()));
    String comparison = difference() == 0 ? "equal"
        : String.format(Locale.ROOT, "%d %s", Math.abs(difference()), difference() > 0 ? "more" : "fewer");
    return String.format(Locale.ROOT, "%d stops sum to %d lecturers%s; the event states %s (%s)",
        stopsCounted(), sumOfStops(), missing, statedTotal().describe(), comparison);
  }
}
