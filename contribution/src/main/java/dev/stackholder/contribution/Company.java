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
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompany.class)
@JsonDeserialize(as = ImmutableCompany.class)
public abstract class Company {
  Company() {}

  /** The name, e.g. {@code "SINA"} or {@code "Red Hat"}. */
  public abstract String name();

  /** E-mail domains, lower-case, e.g. {@code redhat.com}; a sub-domain belongs to the company too. */
  public abstract ImmutableList<String> domains();

  /** Other names, matched without regard to case, e.g. {@code "SINA Weibo Fund"}. */
  public abstract ImmutableList<String> aliases();

  /** A company with a name and domains and no aliases. */
  public static Company of(String name, String... domains) {
    return ImmutableCompany.builder().name(name).addDomains(domains).build();
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
