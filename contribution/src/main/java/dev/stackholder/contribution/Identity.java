package dev.stackholder.contribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.core.InvalidDataException;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A person and the e-mail addresses they commit from: one developer, however many addresses. The
 * first address is the canonical one, under which affiliation rules are looked up; the others are
 * its aliases. Identities come from a gitdm alias file, a Stackalytics user's {@code emails}, or a
 * git {@code .mailmap} ({@code Mailmap.asIdentities()}), and reach an {@link AffiliationDirectory}
 * through {@link AffiliationDirectory#withIdentities}.
 *
 * <pre>{@code
 * Identity ann = Identity.of("Ann Dev", "ann@redhat.com", "ann@gmail.com");
 * }</pre>
 *
 * <p>Addresses are kept lower-case (as every policy compares them). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIdentity.class)
@JsonDeserialize(as = ImmutableIdentity.class)
public abstract class Identity {
  Identity() {}

  /** {@return the person's name, as the source spells it} */
  @Value.Parameter
  public abstract String name();

  /** {@return the addresses, lower-case, the canonical one first} */
  @Value.Parameter
  public abstract ImmutableSet<String> addresses();

  /** {@return the canonical address: the first} */
  public String address() {
    return addresses().iterator().next();
  }

  /**
   * {@return an identity}
   *
   * @param name the person's name; not blank
   * @param address the canonical address
   * @param others the other addresses the person commits from
   * @throws InvalidDataException if the name or an address is blank, or an address has no {@code @}
   */
  public static Identity of(String name, String address, String... others) {
    ImmutableSet.Builder<String> addresses = ImmutableSet.builder();
    addresses.add(address.trim().toLowerCase(Locale.ROOT));
    for (String other : others) {
      addresses.add(other.trim().toLowerCase(Locale.ROOT));
    }
    return ImmutableIdentity.of(name, addresses.build());
  }

  /**
   * {@return an identity}
   *
   * @param name the person's name; not blank
   * @param addresses the addresses, the canonical one first; at least one
   * @throws InvalidDataException if the name or an address is blank, an address has no {@code @},
   *     or there is no address
   */
  public static Identity of(String name, Iterable<String> addresses) {
    ImmutableSet.Builder<String> lower = ImmutableSet.builder();
    for (String address : addresses) {
      lower.add(address.trim().toLowerCase(Locale.ROOT));
    }
    return ImmutableIdentity.of(name, lower.build());
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !name().isBlank(), "Identity name is blank (addresses %s)", addresses());
    InvalidDataException.check(!addresses().isEmpty(), "Identity '%s' has no address", name());
    for (String address : addresses()) {
      InvalidDataException.check(
          address.indexOf('@') > 0
              && address.equals(address.trim())
              && address.equals(address.toLowerCase(Locale.ROOT)),
          "Identity '%s' has address '%s', expected a lower-case address such as "
              + "'ann@redhat.com'",
          name(),
          address);
    }
  }
}
