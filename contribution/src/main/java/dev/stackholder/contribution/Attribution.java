package dev.stackholder.contribution;

import java.util.Objects;
import java.util.Optional;

/**
 * Which employer an author was credited to on a day, and why: the rule that applied, or the fact
 * that none did.
 *
 * <p>Immutable and thread-safe.
 */
public final class Attribution {
  /** How the employer was found. */
  public enum Basis {
    /** A rule of the author's own address. */
    ADDRESS,
    /** A rule of the address's domain. */
    DOMAIN,
    /** No rule of the address or its domains: the policy's unknown label. */
    UNKNOWN,
    /** The address (or domain) has rules, but none covers the date: the policy's unknown label. */
    GAP
  }

  private final String address;
  private final String employer;
  private final Basis basis;
  private final Affiliation rule;

  Attribution(String address, String employer, Basis basis, Affiliation rule) {
    this.address = address;
    this.employer = employer;
    this.basis = basis;
    this.rule = rule;
  }

  /** {@return the address that was looked up: lower-case, after alias replacement} */
  public String address() {
    return address;
  }

  /** {@return the employer label credited} */
  public String employer() {
    return employer;
  }

  /** {@return how it was found} */
  public Basis basis() {
    return basis;
  }

  /** {@return the rule that applied; empty for {@link Basis#UNKNOWN} and {@link Basis#GAP}} */
  public Optional<Affiliation> rule() {
    return Optional.ofNullable(rule);
  }

  /** {@return one line saying which rule credited whom and why, for {@code --explain}} */
  public String explain() {
    switch (basis) {
      case ADDRESS:
      case DOMAIN:
        return address + " -> " + employer + " by " + rule;
      case GAP:
        return address
            + " -> "
            + employer
            + ": the address or its domain has rules, but none"
            + " covers the date";
      default:
        return address + " -> " + employer + ": no rule of the address or its domains";
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attribution that
        && address.equals(that.address)
        && employer.equals(that.employer)
        && basis == that.basis
        && Objects.equals(rule, that.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, employer, basis, rule);
  }

  @Override
  public String toString() {
    return explain();
  }
}
