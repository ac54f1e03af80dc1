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
 * <p>{@link #defaults()} knows OpenStack's automated accounts: Stackalytics' {@code *robots} list
 * (Jenkins, Zuul, Gerrit, the proposal bot; sourced, see {@link #sources()}) and the CI bot gitdm
 * lists as the employer {@code jenkins@openstack.org} and the developer {@code OpenStack Jenkins}:
 * their commits are made by CI systems, not by anyone's staff, so counting them ranks no employer
 * fairly. A caller that wants another rule passes any {@code Predicate<String>} to {@link Ranking},
 * or its own accounts to {@link ContributionStatistics#automated} ({@code
 * AutomatedAccounts.none()::test}, say), or builds on this one with {@link #with(String)}. (It is
 * not itself a {@code Predicate}: the shared Immutables style would take the interface's default
 * methods for attributes.)
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
  /**
   * Stackalytics' {@code *robots} user "OpenStack Robot" (openstack/stackalytics, {@code
   * etc/default_data.json}, commit f6f54bec1248, 2019-04-16, the commit the project's Stackalytics
   * test data comes from): the addresses OpenStack's CI (Jenkins, then Zuul), Gerrit and the
   * infrastructure team's proposal jobs commit with.
   */
  static final ImmutableList<String> OPENSTACK_ROBOT_ADDRESSES =
      ImmutableList.of(
          "review@openstack.org",
          "jenkins@review.openstack.org",
          "jenkins@openstack.org",
          "hudson@openstack.org",
          "openstack-infra@lists.openstack.org",
          "info@bitergia.com",
          "zuul@zuul.openstack.org",
          "zuul@openstack.org",
          "infra-root@openstack.org");

  private static final AutomatedAccounts DEFAULTS =
      ImmutableAutomatedAccounts.builder()
          .addAllNames(OPENSTACK_ROBOT_ADDRESSES)
          // gitdm's Folsom reports list the CI bot's commits under the developer of this name
          .addNames("OpenStack Jenkins")
          .addSources(
              dev.stackholder.core.Source.builder()
                  .document(
                      "https://github.com/openstack-archive/stackalytics/blob/"
                          + "f6f54bec1248b77ae6150d30e281a909084df51f/etc/default_data.json")
                  .title(
                      "Stackalytics default_data.json, user 'OpenStack Robot' of company '*robots'")
                  .date(java.time.LocalDate.of(2019, 4, 16))
                  .build())
          .addSources(
              dev.stackholder.core.Source.builder()
                  .document("folsom/git-stats.txt")
                  .title(
                      "gitdm report, Folsom: developer 'OpenStack Jenkins', employer "
                          + "jenkins@openstack.org")
                  .build())
          .build();
  private static final AutomatedAccounts NONE = of();

  AutomatedAccounts() {}

  /** {@return the names and e-mail addresses of automated accounts, as given} */
  public abstract ImmutableSet<String> names();

  /** {@return where the names come from (the defaults cite Stackalytics and gitdm)} */
  public abstract ImmutableList<dev.stackholder.core.Source> sources();

  @Value.Derived
  @Value.Auxiliary
  ImmutableSet<String> lowerCaseNames() {
    return names().stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * {@return OpenStack's automated accounts as Stackalytics lists them under {@code *robots}
   * (Jenkins, Zuul, Gerrit, the proposal bot's {@code openstack-infra@lists.openstack.org}, ...,
   * with their source) and gitdm's developer {@code OpenStack Jenkins}: a current list, replaceable
   * by the caller's ({@link #of}, {@link #with})}
   */
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
    if (lowerCaseNames.size() > 16 || !isAscii(employerOrAuthor)) {
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
