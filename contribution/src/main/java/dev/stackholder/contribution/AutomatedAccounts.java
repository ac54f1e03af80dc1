package dev.stackholder.contribution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.stackholder.core.InvalidDataException;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The rule that leaves automated accounts out of rankings: a set of names and e-mail addresses,
 * compared without regard to case, matched against a table's employer labels and a raw record's
 * author.
 *
 * <p>{@link #defaults()} knows the OpenStack CI bot, which gitdm lists as the employer
 * {@code jenkins@openstack.org} and the developer {@code OpenStack Jenkins}: its commits are
 * made by the CI system, not by anyone's staff, so counting them ranks no employer fairly. A caller that wants another
 * rule passes any {@code Predicate<String>} to {@link Ranking}, or its own accounts to
 * {@link ContributionStatistics#automated}
 * ({@code AutomatedAccounts.none()::test}, say), or builds on this one with {@link #with(String)}.
 * (It is not itself a {@code Predicate}: the shared Immutables style would take the interface's
 * default methods for attributes.)
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAutomatedAccounts.class)
@JsonDeserialize(as = ImmutableAutomatedAccounts.class)
// The shared mapper takes no-argument methods for properties; the derived lower-case index is not
// part of the JSON form, only the names are.
@JsonIgnoreProperties({"lowerCaseNames"})
public abstract class AutomatedAccounts {
  private static final AutomatedAccounts DEFAULTS = of("jenkins@openstack.org", "OpenStack Jenkins");
  private static final AutomatedAccounts NONE = of();

  AutomatedAccounts() {}

  /** {@return the names and e-mail addresses of automated accounts, as given} */
  public abstract ImmutableSet<String> names();

  @Value.Derived
  @Value.Auxiliary
  ImmutableSet<String> lowerCaseNames() {
    return names().stream().map(name -> name.toLowerCase(Locale.ROOT))
        .collect(ImmutableSet.toImmutableSet());
  }

  /** {@return the OpenStack CI bot: {@code jenkins@openstack.org} and {@code OpenStack Jenkins}} */
  public static AutomatedAccounts defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a rule of the caller's}
   *
   * @param names names and e-mail addresses, e.g. {@code "jenkins@openstack.org"}
   * @throws InvalidDataException if a name is blank
   */
  public static AutomatedAccounts of(String... names) {
    return ImmutableAutomatedAccounts.builder().addNames(names).build();
  }

  /**
   * {@return a rule of the caller's}
   *
   * @param names names and e-mail addresses, e.g. {@code "jenkins@openstack.org"}
   * @throws InvalidDataException if a name is blank
   */
  public static AutomatedAccounts of(Iterable<String> names) {
    return ImmutableAutomatedAccounts.builder().addAllNames(names).build();
  }

  /** {@return no account is automated: nothing is left out} */
  public static AutomatedAccounts none() {
    return NONE;
  }

  /**
   * {@return this rule and one more name}
   *
   * @param name a name or e-mail address, e.g. {@code "unknown@hacker.net"}
   * @throws InvalidDataException if the name is blank
   */
  public AutomatedAccounts with(String name) {
    return ImmutableAutomatedAccounts.builder().from(this).addNames(name).build();
  }

  /**
   * {@return whether the employer label or author is one of {@link #names()}, ignoring case}
   *
   * @param employerOrAuthor an employer label or an author's name or address, in any case
   */
  public boolean test(String employerOrAuthor) {
    ImmutableSet<String> lowerCaseNames = lowerCaseNames();
    if (lowerCaseNames.isEmpty()) {
      return false;
    }
    // Asked for every raw record and every table row: an ASCII text (nearly all) is compared with
    // the few names in place instead of lower-cased into a new string first. The answer is the
    // same: in ASCII, lower-casing maps A-Z to a-z only and keeps the length.
    int length = employerOrAuthor.length();
    if (lowerCaseNames.size() > 8 || !isAscii(employerOrAuthor)) {
      return lowerCaseNames.contains(employerOrAuthor.toLowerCase(Locale.ROOT));
    }
    ImmutableList<String> names = lowerCaseNames.asList();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.length() == length && equalsLowerCased(name, employerOrAuthor)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code lowerCase} is {@code ascii} lower-cased; both of the same length. */
  private static boolean equalsLowerCased(String lowerCase, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (lowerCase.charAt(i) != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    for (String name : names()) {
      InvalidDataException.check(!name.isBlank(), "AutomatedAccounts names contain a blank name");
    }
  }
}
