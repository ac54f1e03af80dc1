package dev.stackholder.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.core.internal.Slugs;
import dev.stackholder.core.internal.StackholderStyle;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A company, university, agency or other body that can be a member, a user or a contributor.
 *
 * <p>The {@link #id()} is a lower-case slug ({@code "tencent"}, {@code "red-hat"}) that other
 * records refer to; everything but the id and the name is optional.
 *
 * <pre>{@code
 * Organization tencent = Organization.builder()
 *     .id("tencent").name("Tencent").country("CN").sector(Sector.ONLINE_GAMING_MEDIA).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StackholderStyle
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
public abstract class Organization {
  private static final Set<String> ISO_COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  Organization() {}

  /** {@return the lower-case slug other records use to refer to this organization} */
  public abstract String id();

  /** {@return the name as the organization writes it, e.g. {@code "Red Hat"}} */
  public abstract String name();

  /**
   * {@return other names it is known by (former names, spellings in reports such as {@code
   * "SINA"})}
   */
  public abstract ImmutableSet<String> aliases();

  /** {@return the ISO 3166-1 alpha-2 code of the country of its headquarters, e.g. {@code "CN"}} */
  public abstract Optional<String> country();

  /** {@return the sector it is grouped under} */
  public abstract Optional<Sector> sector();

  /** {@return its web site} */
  public abstract Optional<URI> website();

  /**
   * {@return an organization with only an id and a name}
   *
   * @param id a lower-case slug such as {@code "red-hat"}
   * @param name the name as written by the organization
   * @throws InvalidDataException if the id is not a slug or the name is blank
   */
  public static Organization of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** {@return a builder; {@code build()} checks the values as {@link #of} does} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Tests rather than InvalidDataException.check: its varargs array was allocated for every
    // organization read from JSON, failing or not.
    if (!Slugs.isSlug(id())) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "Organization id '%s' is not a lower-case slug such as 'red-hat'",
              id()));
    }
    if (name().isBlank()) {
      throw new InvalidDataException(
          String.format(Locale.ROOT, "Organization '%s' has a blank name", id()));
    }
    Limits.checkText(name(), "Organization name");
    for (String alias : aliases()) {
      Limits.checkText(alias, "Organization alias");
    }
    Optional<String> country = country();
    if (country.isPresent() && !ISO_COUNTRIES.contains(country.get())) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "Organization '%s' has country '%s', expected an ISO 3166-1 alpha-2 code such as 'CN'",
              id(),
              country.get()));
    }
  }
}
