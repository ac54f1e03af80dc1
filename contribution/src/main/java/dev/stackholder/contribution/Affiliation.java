package dev.stackholder.contribution;

import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule that an e-mail address, or every address of a domain, belonged to an organization over a
 * date range, open at either end: {@code from} is the first day covered, {@code until} the first
 * day no longer covered. gitdm's {@code key Employer < 2012-07-20} is an affiliation until
 * 2012-07-20; Stackalytics' {@code "end_date": "2013-Jan-01"} likewise.
 *
 * <pre>{@code
 * Affiliation rackspace = Affiliation.builder()
 *     .kind(Affiliation.Kind.ADDRESS).key("someone@gmail.com").organization("Rackspace")
 *     .until(LocalDate.of(2012, 7, 20)).origin("email-map:3").build();
 * }</pre>
 *
 * <p>Its JSON form: {@code {"kind":"ADDRESS","key":"someone@gmail.com",
 * "organization":"Rackspace","until":"2012-07-20","origin":"email-map:3"}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableAffiliation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableAffiliation.class)
public abstract class Affiliation {
  /** What the key is. */
  public enum Kind {
    /** One e-mail address, lower-case. */
    ADDRESS,
    /** An e-mail domain, lower-case: it covers its subdomains as the policy says. */
    DOMAIN
  }

  Affiliation() {}

  /** {@return whether {@link #key()} is an address or a domain} */
  public abstract Kind kind();

  /** {@return the address or domain, lower-case} */
  public abstract String key();

  /** {@return the organization, as the source spells it, e.g. {@code "Red Hat"}} */
  public abstract String organization();

  /** {@return the first day covered; empty for "since always"} */
  public abstract Optional<LocalDate> from();

  /** {@return the first day no longer covered (exclusive); empty for "still"} */
  public abstract Optional<LocalDate> until();

  /**
   * {@return where the rule was read, e.g. {@code "email-map:12"}; empty for a rule made in code}
   */
  public abstract Optional<String> origin();

  /**
   * {@return whether the rule covers this day}
   *
   * @param date the day, as in the commit's author date
   */
  public boolean covers(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return (from().isEmpty() || !date.isBefore(from().get()))
        && (until().isEmpty() || date.isBefore(until().get()));
  }

  /**
   * {@return whether this rule and the other cover at least one common day}
   *
   * @param other another rule, of any key
   */
  public boolean overlaps(Affiliation other) {
    boolean startsBeforeOtherEnds =
        from().isEmpty() || other.until().isEmpty() || from().get().isBefore(other.until().get());
    boolean otherStartsBeforeThisEnds =
        other.from().isEmpty() || until().isEmpty() || other.from().get().isBefore(until().get());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * {@return a builder; {@code build()} checks that the key is lower-case and the range not
   * reversed}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Affiliation}; not thread-safe. */
  public static final class Builder extends ImmutableAffiliation.Builder {
    Builder() {}
  }

  /**
   * {@return an open-ended rule of an address or domain}
   *
   * @param kind whether {@code key} is one address or a whole domain
   * @param key the address or domain, lower-case
   * @param organization the employer the rule credits, as it should appear in tables
   */
  public static Affiliation of(Kind kind, String key, String organization) {
    return builder().kind(kind).key(key).organization(organization).build();
  }

  @Override
  public String toString() {
    return kind().name().toLowerCase(Locale.ROOT)
        + " "
        + key()
        + " -> "
        + organization()
        + from().map(d -> " from " + d).orElse("")
        + until().map(d -> " until " + d).orElse("")
        + origin().map(o -> " (" + o + ")").orElse("");
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !key().isBlank() && key().equals(key().toLowerCase(Locale.ROOT)),
        "Affiliation key '%s' must be lower-case and not blank",
        key());
    InvalidDataException.check(
        !organization().isBlank(), "Affiliation of '%s' has a blank organization", key());
    InvalidDataException.check(
        from().isEmpty() || until().isEmpty() || !until().get().isBefore(from().get()),
        "Affiliation of '%s' to %s ends (%s) before it starts (%s)",
        key(),
        organization(),
        until().orElse(null),
        from().orElse(null));
  }
}
