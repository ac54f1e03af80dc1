package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One organization's membership of one tier for a span of dates: from {@link #from()} (inclusive)
 * until {@link #until()} (exclusive: the first day it is no longer a member of that tier), or open.
 * A change of tier ends one membership and starts the next on the same day.
 *
 * <p>Memberships are what a {@link Roster} derives from its events: build a roster with {@link
 * Roster#admit}, {@link Roster#changeTier} and {@link Roster#leave}, not memberships.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {
  Membership() {}

  /** {@return the member} */
  public abstract Organization organization();

  /** {@return the tier held} */
  public abstract Tier tier();

  /** {@return the first day of membership in this tier} */
  // Named "from" on purpose; Immutables then leaves out its builder's from(instance) method.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** {@return the first day it no longer holds this tier; absent while it does} */
  public abstract Optional<LocalDate> until();

  /** {@return where the admission or change of tier is recorded} */
  public abstract Source source();

  /**
   * {@return whether the organization held this tier on a date}
   *
   * @param date any date
   */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(from()) && until().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    // A test rather than InvalidDataException.check: its varargs array was allocated for every
    // membership read from JSON, failing or not.
    dev.stackholder.core.Limits.checkDate(
        from(), "Membership of '" + organization().id() + "' start");
    Optional<LocalDate> until = until();
    if (until.isPresent()) {
      dev.stackholder.core.Limits.checkDate(
          until.get(), "Membership of '" + organization().id() + "' end");
    }
    if (until.isPresent() && until.get().isBefore(from())) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "Membership of '%s' in %s ends on %s, before it starts on %s",
              organization().id(),
              tier().id(),
              until.get(),
              from()));
    }
  }
}
