package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One city of an event held in several places: a stop of a tour (city, date, venue, attendance on
 * site and online, lecturers, talks) or a venue of a conference held in two cities at once.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEventStop.class)
@JsonDeserialize(as = ImmutableEventStop.class)
public abstract class EventStop {
  EventStop() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EventStop} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableEventStop.Builder {
    Builder() {}
  }

  /** {@return its place in the event, from 1} */
  public abstract int number();

  /** {@return the city, e.g. {@code "Beijing"}} */
  public abstract String city();

  /** {@return the day it was held, when the source says} */
  public abstract Optional<LocalDate> date();

  /** {@return where it was held, in the source's words} */
  public abstract Optional<String> venue();

  /** {@return how many people attended on site} */
  public abstract Optional<Count> attendance();

  /** {@return how many followed it online, when it was broadcast} */
  public abstract Optional<Count> onlineAttendance();

  /** {@return how many lecturers spoke} */
  public abstract Optional<Count> lecturers();

  /** {@return the talks as the source lists them, repeats included} */
  public abstract ImmutableList<String> topics();

  /** {@return where the stop's figures come from; at least one} */
  public abstract ImmutableList<Source> sources();

  /** {@return disagreements between sources and other remarks} */
  public abstract ImmutableList<String> notes();

  @Value.Check
  void check() {
    InvalidDataException.check(
        number() >= 1, "Event stop '%s' has number %d, expected 1 or more", city(), number());
    InvalidDataException.check(!city().isBlank(), "Event stop %d has a blank city", number());
    InvalidDataException.check(
        !sources().isEmpty(), "Event stop %d (%s) has no sources", number(), city());
  }

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    dev.stackholder.core.Limits.checkText(city(), "Event stop city");
    date().ifPresent(date -> dev.stackholder.core.Limits.checkDate(date, "Event stop date"));
    venue().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Event stop venue"));
    topics().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Event stop topic"));
    notes().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Event stop note"));
  }
}
