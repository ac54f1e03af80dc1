package dev.stackholder.adoption.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.core.internal.Slugs;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OpenStack user group, such as a country's or a city's, with its leaders and its member
 * estimates. Estimates are kept as stated, each with its date and source.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUserGroup.class)
@JsonDeserialize(as = ImmutableUserGroup.class)
public abstract class UserGroup {
  private static final java.util.Set<String> ISO_COUNTRIES =
      java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2);

  UserGroup() {}

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UserGroup} values; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableUserGroup.Builder {
    Builder() {}
  }

  /** {@return a lower-case slug, e.g. {@code "cosug"}} */
  public abstract String id();

  /**
   * {@return the group's name as the source writes it, e.g. {@code "China OpenStack User Group"}}
   */
  public abstract String name();

  /** {@return its short name, e.g. {@code "COSUG"}} */
  public abstract Optional<String> abbreviation();

  /**
   * {@return the ISO 3166-1 alpha-2 code of the country or territory it serves, e.g. {@code "HK"}}
   */
  public abstract Optional<String> country();

  /** {@return the people leading it, with their role as the source gives it} */
  public abstract ImmutableList<String> leaders();

  /** {@return its size over time, in the order recorded} */
  public abstract ImmutableList<MemberEstimate> memberEstimates();

  /** {@return where the group's description comes from; at least one} */
  public abstract ImmutableList<Source> sources();

  /** {@return remarks and what the sources leave open} */
  public abstract ImmutableList<String> notes();

  /** {@return the dated estimate with the latest date, if any estimate is dated} */
  public Optional<MemberEstimate> latestEstimate() {
    return memberEstimates().stream()
        .filter(e -> e.asOf().isPresent())
        .max(Comparator.comparing((MemberEstimate e) -> e.asOf().orElse(LocalDate.MIN)));
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        Slugs.isSlug(id()), "User group id '%s' is not a lower-case slug such as 'cosug'", id());
    InvalidDataException.check(!name().isBlank(), "User group '%s' has a blank name", id());
    country()
        .ifPresent(
            code ->
                InvalidDataException.check(
                    ISO_COUNTRIES.contains(code),
                    "User group '%s' has country '%s', expected an ISO 3166-1 alpha-2 code such as 'CN'",
                    id(),
                    code));
    InvalidDataException.check(!sources().isEmpty(), "User group '%s' has no sources", id());
  }

  // The limits the JSON reader applies, applied however the value is built, so that it reads back.
  @Value.Check
  void checkLimits() {
    dev.stackholder.core.Limits.checkText(name(), "User group name");
    abbreviation()
        .ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "User group abbreviation"));
    leaders().forEach(text -> dev.stackholder.core.Limits.checkText(text, "User group leader"));
    notes().forEach(text -> dev.stackholder.core.Limits.checkText(text, "User group note"));
  }
}
