package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of membership evidence: one source showing one organization in one tier on a date. What
 * is known exactly (a dated admission or departure) is a {@link Kind#JOINED} or {@link Kind#LEFT};
 * what is observed (listed in a tier on a date) is {@link Kind#LISTED}, with the {@link Scope} of
 * the list, because only a complete list says who was <em>not</em> a member.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public abstract class Observation {
  Observation() {}

  /** What the source says happened. */
  public enum Kind {
    /** Admitted to the tier on the date (approved, announced or admitted: the note says which). */
    JOINED,
    /** No longer in the tier from the date. */
    LEFT,
    /** Shown in the tier on the date. */
    LISTED
  }

  /** How precisely the source dates the observation. */
  public enum Precision {
    /** The exact day. */
    DAY,
    /** Some day in the month; {@link #date()} is the month's last day. */
    MONTH,
    /** Some day in the year; {@link #date()} is the year's last day. */
    YEAR,
    /** On or before the date (a departure known only by a later source). */
    ON_OR_BEFORE
  }

  /** How much of the tier the source names. */
  public enum Scope {
    /** The whole tier: an organization missing from it was not in the tier that day. */
    COMPLETE_LIST,
    /** Examples only, or a list cut off. */
    PARTIAL_LIST,
    /** One organization. */
    SINGLE,
    /**
     * A director of the tier on the foundation's board page: a strong sign of membership, but a
     * vacancy or a stale page makes it a lower bound, so an absence from it proves nothing.
     */
    BOARD_PAGE
  }

  /** {@return the organization} */
  public abstract Organization organization();

  /** {@return the tier} */
  public abstract Tier tier();

  /** {@return what is observed} */
  public abstract Kind kind();

  /**
   * {@return the date of the observation} Where the source gives only a month or a year it is the
   * last day of that period: by then the source had been published (see {@link #precision()}).
   */
  public abstract LocalDate date();

  /** {@return how precisely {@link #date()} is known} */
  @Value.Default
  public Precision precision() {
    return Precision.DAY;
  }

  /** {@return how much of the tier the source names} */
  @Value.Default
  public Scope scope() {
    return Scope.SINGLE;
  }

  /** {@return where it is written} */
  public abstract Source source();

  /**
   * {@return what the source adds (for instance whether a join date is an approval or an
   * announcement)}
   */
  public abstract Optional<String> note();

  /**
   * {@return whether it shows the organization in the tier (joined or listed), rather than leaving
   * it}
   */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean positive() {
    return kind() != Kind.LEFT;
  }

  /**
   * {@return an organization listed in a tier on a day}
   *
   * @param organization the organization listed
   * @param tier the tier it is listed in
   * @param date the day the source lists it (the page's date, or the day it was read)
   * @param scope whether the list is the whole tier, part of it, or one organization
   * @param source the public document that states it
   */
  public static Observation listed(
      Organization organization, Tier tier, LocalDate date, Scope scope, Source source) {
    return builder()
        .organization(organization)
        .tier(tier)
        .kind(Kind.LISTED)
        .date(date)
        .scope(scope)
        .source(source)
        .build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Observation}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Dates outside the four-digit years cannot be written as ISO-8601 and read back.
    dev.stackholder.core.Limits.checkDate(date(), "Observation of '" + organization().id() + "'");
    note().ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Observation note"));
  }
}
