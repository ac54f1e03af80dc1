package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.adoption.Count;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A community event, possibly held in several cities ({@link #stops()}): a tour with a stop in each
 * city, or a conference held in two cities at once.
 *
 * <p>Two calculators: {@link #attendanceRatio()} (the share of registrations that turned into
 * attendance) and {@link #lecturerCheck()}, which sets the stops' lecturer counts against the
 * stated total.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public abstract class Event {

  Event() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Event} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }

  /** {@return a lower-case slug, e.g. {@code "openstack-china-tour-2012"}} */
  public abstract String id();

  /** {@return the event's name, e.g. {@code "2012 OpenStack China Tour"}} */
  public abstract String name();

  /** {@return its short name, e.g. {@code "OSAC"}} */
  public abstract Optional<String> abbreviation();

  /** {@return who organized it, as the source names them} */
  public abstract ImmutableList<String> organizers();

  /** {@return who sponsored it, as the source lists them} */
  public abstract ImmutableList<String> sponsors();

  /** {@return the first day} */
  public abstract Optional<LocalDate> startDate();

  /** {@return the last day; not before {@link #startDate()}} */
  public abstract Optional<LocalDate> endDate();

  /** {@return how many people registered, over all stops} */
  public abstract Optional<Count> registered();

  /** {@return how many people attended, over all stops} */
  public abstract Optional<Count> attended();

  /**
   * {@return how many lecturers spoke, over all stops (people, not appearances, where the source
   * says so)}
   */
  public abstract Optional<Count> lecturers();

  /** {@return the cities it was held in, numbered from 1 in order} */
  public abstract ImmutableList<EventStop> stops();

  /** {@return where the event's figures come from; at least one} */
  public abstract ImmutableList<Source> sources();

  /** {@return disagreements between sources and other remarks} */
  public abstract ImmutableList<String> notes();

  /**
   * {@return the share of registrations that turned into attendance, {@code attended / registered},
   * rounded half up to four decimal places: 300 of 400 is {@code 0.7500}} Empty unless both are
   * stated. The qualifiers of the two figures are not taken into account.
   */
  public Optional<BigDecimal> attendanceRatio() {
    if (registered().isEmpty() || attended().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(attendanceRatio(registered().get().value(), attended().get().value()));
  }

  /**
   * {@code attended / registered}, rounded half up to four decimal places. Above 1 when more people
   * came than registered.
   *
   * @param registered the number of people who registered; positive
   * @param attended the number of people who came; 0 or more
   * @return the ratio, a decimal with four places (0.8125 for 81.25%)
   * @throws InvalidDataException if {@code registered} is not positive or {@code attended} is
   *     negative
   */
  public static BigDecimal attendanceRatio(long registered, long attended) {
    InvalidDataException.check(
        registered > 0, "Registered is %d, expected a positive number", registered);
    InvalidDataException.check(attended >= 0, "Attended is %d, expected zero or more", attended);
    return BigDecimal.valueOf(attended)
        .divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
  }

  /**
   * {@return the stops' lecturer counts added up against the stated total; empty when the event
   * states no total or has no stops}
   */
  public Optional<LecturerCheck> lecturerCheck() {
    if (lecturers().isEmpty() || stops().isEmpty()) {
      return Optional.empty();
    }
    ImmutableLecturerCheck.Builder check =
        ImmutableLecturerCheck.builder().statedTotal(lecturers().get());
    long sum = 0;
    int counted = 0;
    for (EventStop stop : stops()) {
      if (stop.lecturers().isPresent()) {
        sum =
            dev.stackholder.core.Limits.addCount(
                sum, stop.lecturers().get().value(), "Lecturers of event '" + id() + "'");
        counted++;
      } else {
        check.addStopsWithoutCount(stop.city());
      }
    }
    return Optional.of(check.sumOfStops(sum).stopsCounted(counted).build());
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Slugs.isSlug(id()),
        "Event id '%s' is not a lower-case slug such as 'openstack-china-tour-2012'",
        id());
    InvalidDataException.check(!name().isBlank(), "Event '%s' has a blank name", id());
    InvalidDataException.check(!sources().isEmpty(), "Event '%s' has no sources", id());
    if (startDate().isPresent() && endDate().isPresent()) {
      InvalidDataException.check(
          !endDate().get().isBefore(startDate().get()),
          "Event '%s' ends on %s, before it starts on %s",
          id(),
          endDate().get(),
          startDate().get());
    }
    for (int i = 0; i < stops().size(); i++) {
      EventStop stop = stops().get(i);
      InvalidDataException.check(
          stop.number() == i + 1,
          "Event '%s' stop %d (%s) has number %d, expected %d",
          id(),
          i + 1,
          stop.city(),
          stop.number(),
          i + 1);
      stop.date()
          .ifPresent(
              date -> {
                InvalidDataException.check(
                    startDate().map(s -> !date.isBefore(s)).orElse(true),
                    "Event '%s' stop %d (%s) is on %s, before the event starts",
                    id(),
                    stop.number(),
                    stop.city(),
                    date);
                InvalidDataException.check(
                    endDate().map(e -> !date.isAfter(e)).orElse(true),
                    "Event '%s' stop %d (%s) is on %s, after the event ends",
                    id(),
                    stop.number(),
                    stop.city(),
                    date);
              });
    }
  }

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    dev.stackholder.core.Limits.checkText(name(), "Event name");
    abbreviation()
        .ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Event abbreviation"));
    organizers().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Event organizer"));
    sponsors().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Event sponsor"));
    startDate().ifPresent(date -> dev.stackholder.core.Limits.checkDate(date, "Event start"));
    endDate().ifPresent(date -> dev.stackholder.core.Limits.checkDate(date, "Event end"));
    notes().forEach(text -> dev.stackholder.core.Limits.checkText(text, "Event note"));
    // The stops' lecturers are added up by lecturerCheck(): refused here, naming the event, rather
    // than wrapped around there (stops of Long.MAX_VALUE lecturers summed to -8).
    long lecturers = 0;
    for (EventStop stop : stops()) {
      if (stop.lecturers().isPresent()) {
        lecturers =
            dev.stackholder.core.Limits.addCount(
                lecturers,
                stop.lecturers().get().value(),
                "Lecturers of the stops of event '" + id() + "'");
      }
    }
  }
}
