package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A company of Stackalytics' directory: its name as Stackalytics writes it, the e-mail domains of its
 * staff and the other names people give as their affiliation.
 *
 * <pre>{@code
 * Company sina = Company.builder().name("SINA").addDomains("sina.com").addAliases("SINA Weibo Fund").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompany.class)
@JsonDeserialize(as = ImmutableCompany.class)
public abstract class Company {
  Company() {}

  /** {@return the name, e.g. {@code "SINA"} or {@code "Red Hat"}} */
  public abstract String name();

  /**
   * {@return e-mail domains, lower-case, e.g. {@code redhat.com}; a sub-domain belongs to the
   * company too}
   */
  public abstract ImmutableList<String> domains();

  /** {@return other names, matched without regard to case, e.g. {@code "SINA Weibo Fund"}} */
  public abstract ImmutableList<String> aliases();

  /**
   * {@return a company with a name and domains and no aliases}
   *
   * @param name the company's name as tables show it; not blank
   * @param domains its e-mail domains, lower-case, e.g. {@code redhat.com}
   * @throws InvalidDataException if the name is blank or a domain is not a lower-case domain
   */
  public static Company of(String name, String... domains) {
    return builder().name(name).addDomains(domains).build();
  }

  /** {@return a builder; {@code build()} checks the values as {@link #of} does} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Company}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableCompany.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!name().isBlank(), "Company name is blank");
    for (String domain : domains()) {
      InvalidDataException.check(!domain.isBlank() && domain.equals(domain.toLowerCase(Locale.ROOT))
              && !domain.contains("@") && !domain.startsWith(".") && !domain.endsWith("."),
          "Company '%s' has domain '%s', expected a lower-case domain such as 'redhat.com'",
          name(), domain);
    }
    for (String alias : aliases()) {
      InvalidDataException.check(!alias.isBlank(), "Company '%s' has a blank alias", name());
    }
  }
}
