package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Answers "who employed this author on this date": e-mail aliases, dated {@link Affiliation}s of
 * addresses and domains, and the {@link AttributionPolicy} that applies them. Among the rules of
 * one key the first in the given order that covers the date wins; importers list rules in the order
 * their tool applies them ({@code GitdmConfig} turns gitdm's end dates into consecutive ranges, so
 * a rule that gitdm would never reach covers no day).
 *
 * <pre>{@code
 * AffiliationDirectory directory = GitdmConfig.read(Path.of("gitdm")).directory();
 * Attribution who = directory.attribute("someone@gmail.com", LocalDate.of(2012, 7, 19));
 * }</pre>
 *
 * <p>It also reports its own conflicts: {@link #overlaps()} (one key, two organizations on one
 * day). Authors no rule covers show up when history is attributed (see {@link
 * ContributionStatistics#attributionReport(String)}). Immutable and thread-safe.
 */
public final class AffiliationDirectory {
  private final AttributionPolicy policy;
  private final ImmutableMap<String, String> aliases;
  private final ImmutableList<Affiliation> affiliations;
  private final Map<String, List<Affiliation>> byAddress = new HashMap<>();
  private final Map<String, List<Affiliation>> byDomain = new HashMap<>();

  /** The length of the longest domain with rules: no longer suffix can match. */
  private final int longestDomain;

  private AffiliationDirectory(
      AttributionPolicy policy, Map<String, String> aliases, List<Affiliation> affiliations) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.aliases = ImmutableMap.copyOf(aliases);
    this.affiliations = ImmutableList.copyOf(affiliations);
    for (Affiliation affiliation : this.affiliations) {
      (affiliation.kind() == Affiliation.Kind.ADDRESS ? byAddress : byDomain)
          .computeIfAbsent(affiliation.key(), key -> new ArrayList<>(2))
          .add(affiliation);
    }
    int longest = 0;
    for (String domain : byDomain.keySet()) {
      longest = Math.max(longest, domain.length());
    }
    this.longestDomain = longest;
  }

  /**
   * {@return a directory}
   *
   * @param policy the tool whose rules apply
   * @param aliases secondary address (as written in the alias file) to canonical address; the
   *     lower-cased author address is replaced once if it is a key
   * @param affiliations the rules, in the order that settles which one wins
   */
  public static AffiliationDirectory of(
      AttributionPolicy policy, Map<String, String> aliases, Iterable<Affiliation> affiliations) {
    List<Affiliation> list = new ArrayList<>();
    affiliations.forEach(list::add);
    return new AffiliationDirectory(policy, aliases, list);
  }

  /** {@return the policy that applies the rules} */
  public AttributionPolicy policy() {
    return policy;
  }

  /** {@return the aliases: secondary address to canonical address} */
  public ImmutableMap<String, String> aliases() {
    return aliases;
  }

  /** {@return the rules, in order} */
  public ImmutableList<Affiliation> affiliations() {
    return affiliations;
  }

  /**
   * {@return this directory with one rule put first, ahead of every rule of its key: how a user
   * corrects an affiliation ("this address was Nebula's from 2012-06-01") without editing the
   * tool's files}
   *
   * @param override the rule that wins over the directory's own rules for its key
   */
  public AffiliationDirectory withOverride(Affiliation override) {
    Objects.requireNonNull(override, "override");
    List<Affiliation> list = new ArrayList<>(affiliations.size() + 1);
    list.add(override);
    list.addAll(affiliations);
    return new AffiliationDirectory(policy, aliases, list);
  }

  /**
   * {@return this directory with the identities' other addresses as aliases of their canonical
   * ones, so that a person's commits from any of their addresses are one developer credited by the
   * canonical address's rules}
   *
   * <p>Order: the directory's own aliases come first; an identity's alias for an address that
   * already has one is shadowed, not applied, and listed by {@link #shadowedAliases}.
   *
   * @param identities the identities, e.g. a {@code .mailmap}'s
   */
  public AffiliationDirectory withIdentities(Iterable<Identity> identities) {
    Map<String, String> merged = new java.util.LinkedHashMap<>(aliases);
    for (Identity identity : identities) {
      for (String address : identity.addresses()) {
        if (!address.equals(identity.address())) {
          merged.putIfAbsent(address, identity.address());
        }
      }
    }
    return new AffiliationDirectory(policy, merged, affiliations);
  }

  /**
   * {@return the aliases of the identities that this directory's aliases shadow: address to the
   * canonical address the identity wanted, for each address already aliased elsewhere}
   *
   * @param identities the identities given to {@link #withIdentities}
   */
  public ImmutableMap<String, String> shadowedAliases(Iterable<Identity> identities) {
    ImmutableMap.Builder<String, String> shadowed = ImmutableMap.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Identity identity : identities) {
      for (String address : identity.addresses()) {
        String existing = aliases.get(address);
        if (!address.equals(identity.address())
            && existing != null
            && !existing.equals(identity.address())
            && seen.add(address)) {
          shadowed.put(address, identity.address());
        }
      }
    }
    return shadowed.build();
  }

  /**
   * {@return the address after the policy's normalisation: lower-cased, {@code " at "} read as
   * {@code @}, one alias step}
   *
   * @param address an author's e-mail address as written in the log
   */
  public String canonicalAddress(String address) {
    String lower = address.toLowerCase(Locale.ROOT).replace(" at ", "@");
    String canonical = aliases.get(lower);
    return canonical == null ? lower : canonical.toLowerCase(Locale.ROOT);
  }

  /**
   * {@return who employed the author of this address on this day, and by which rule}
   *
   * @param address the address as written in the commit
   * @param date the commit's local day
   */
  public Attribution attribute(String address, LocalDate date) {
    Objects.requireNonNull(date, "date");
    String key = canonicalAddress(address);
    List<Affiliation> rules = byAddress.get(key);
    if (rules == null) {
      rules = domainRules(key);
    }
    if (rules == null) {
      return new Attribution(key, policy.unknownLabel(key), Attribution.Basis.UNKNOWN, null);
    }
    for (Affiliation rule : rules) {
      if (rule.covers(date)) {
        Attribution.Basis basis =
            rule.kind() == Affiliation.Kind.ADDRESS
                ? Attribution.Basis.ADDRESS
                : Attribution.Basis.DOMAIN;
        return new Attribution(key, rule.organization(), basis, rule);
      }
    }
    return new Attribution(key, policy.unknownLabel(key), Attribution.Basis.GAP, null);
  }

  /**
   * The rules of a canonical address as gitdm resolves them once per address: the address's own,
   * else those of its first matching domain suffix; null if there are none.
   */
  List<Affiliation> rulesOf(String canonical) {
    List<Affiliation> rules = byAddress.get(canonical);
    return rules != null ? rules : domainRules(canonical);
  }

  /**
   * The rules of the address's domain by the policy's suffix order. Walks the labels from the end
   * and looks up only suffixes no longer than the longest domain the directory knows, so the work
   * is linear in the address's length (an address of 100,000 labels costs one scan, not 100,000
   * substrings).
   */
  private List<Affiliation> domainRules(String address) {
    if (byDomain.isEmpty()) {
      return null;
    }
    int at = address.lastIndexOf('@');
    int domainStart = at + 1; // 0 without '@': the whole text is the domain
    int length = address.length();
    int last = address.lastIndexOf('.');
    if (last < domainStart + 1) {
      return null; // a single label ("localhost") is never matched
    }
    // Start offsets of the suffixes of at least two labels, shortest first, while they fit.
    int[] starts = new int[8];
    int count = 0;
    int dot = address.lastIndexOf('.', last - 1);
    while (true) {
      int from = dot < domainStart ? domainStart : dot + 1;
      if (length - from > longestDomain) {
        break;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = from;
      if (dot < domainStart) {
        break;
      }
      dot = address.lastIndexOf('.', dot - 1);
    }
    if (policy.shortestSuffixFirst()) {
      for (int i = 0; i < count; i++) {
        List<Affiliation> rules = byDomain.get(address.substring(starts[i]));
        if (rules != null) {
          return rules;
        }
      }
    } else {
      for (int i = count - 1; i >= 0; i--) {
        List<Affiliation> rules = byDomain.get(address.substring(starts[i]));
        if (rules != null) {
          return rules;
        }
      }
    }
    return null;
  }

  /**
   * {@return pairs of rules of one key that name different organizations for at least one common
   * day: the first of each pair wins on those days, which is rarely what the author of the files
   * meant}
   */
  public ImmutableList<ImmutableList<Affiliation>> overlaps() {
    ImmutableList.Builder<ImmutableList<Affiliation>> result = ImmutableList.builder();
    for (Map<String, List<Affiliation>> index : List.of(byAddress, byDomain)) {
      for (List<Affiliation> rules : index.values()) {
        for (int i = 0; i < rules.size(); i++) {
          for (int j = i + 1; j < rules.size(); j++) {
            Affiliation a = rules.get(i);
            Affiliation b = rules.get(j);
            if (!a.organization().equals(b.organization())
                && a.overlaps(b)
                && !empty(a)
                && !empty(b)) {
              result.add(ImmutableList.of(a, b));
            }
          }
        }
      }
    }
    return result.build();
  }

  private static boolean empty(Affiliation a) {
    return a.from().isPresent()
        && a.until().isPresent()
        && !a.from().get().isBefore(a.until().get());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AffiliationDirectory that
        && policy == that.policy
        && aliases.equals(that.aliases)
        && affiliations.equals(that.affiliations);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(policy, aliases, affiliations);
  }

  @Override
  public String toString() {
    return "AffiliationDirectory{"
        + policy
        + ", "
        + aliases.size()
        + " aliases, "
        + affiliations.size()
        + " rules}";
  }
}
