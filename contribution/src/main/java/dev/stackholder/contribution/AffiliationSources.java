package dev.stackholder.contribution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several affiliation sources combined in a stated order, the first winning: each directory's rules
 * follow those of the directories before it (so for one address or domain on one day the earlier
 * source's rule credits the commit), its aliases apply only to addresses no earlier source aliases,
 * and identities (a {@code .mailmap}'s, CNCF's logins) are added last as aliases that never replace
 * a directory's own. The policy is the first directory's.
 *
 * <p>What the order hides is reported, never silently dropped: {@link #shadowed()} lists each rule
 * of a later source that an earlier source's rule for the same key and days overrides with another
 * organization, {@link #shadowedAliases()} the identities' aliases that a directory's alias
 * overrides, and {@link #directory()}{@code .overlaps()} the conflicts inside the combination.
 *
 * <pre>{@code
 * AffiliationSources sources = AffiliationSources.of(List.of(
 *     GitdmConfig.read(Path.of("gitdm")).directory(),
 *     DevelopersAffiliations.read(Path.of("developers_affiliations1.txt")).directory(AttributionPolicy.GITDM)),
 *     Mailmap.read(Path.of("nova/.mailmap")).asIdentities());
 * Attributor attributor = Attributor.of(sources.directory());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AffiliationSources {
  /**
   * A rule of a later source overridden by an earlier source's rule for the same key and at least
   * one common day, naming another organization.
   *
   * @param winner the earlier source's rule, which credits the commits of those days
   * @param winnerSource the position of the winner's source, from 0
   * @param shadowed the later source's rule
   * @param shadowedSource the position of the shadowed rule's source
   */
  public record Shadowed(
      Affiliation winner, int winnerSource, Affiliation shadowed, int shadowedSource) {
    /**
     * Checks the fields.
     *
     * @param winner the earlier source's rule, which credits the commits of those days
     * @param winnerSource the position of the winner's source, from 0
     * @param shadowed the later source's rule
     * @param shadowedSource the position of the shadowed rule's source
     */
    public Shadowed {
      Objects.requireNonNull(winner, "winner");
      Objects.requireNonNull(shadowed, "shadowed");
    }
  }

  private final ImmutableList<AffiliationDirectory> directories;
  private final ImmutableList<Identity> identities;
  private final AffiliationDirectory combined;
  private final ImmutableList<Shadowed> shadowed;
  private final ImmutableMap<String, String> shadowedAliases;

  private AffiliationSources(List<AffiliationDirectory> directories, List<Identity> identities) {
    this.directories = ImmutableList.copyOf(directories);
    this.identities = ImmutableList.copyOf(identities);
    Map<String, String> aliases = new LinkedHashMap<>();
    List<Affiliation> rules = new ArrayList<>();
    for (AffiliationDirectory directory : this.directories) {
      directory.aliases().forEach(aliases::putIfAbsent);
      rules.addAll(directory.affiliations());
    }
    AffiliationDirectory rulesOnly =
        AffiliationDirectory.of(this.directories.get(0).policy(), aliases, rules);
    this.shadowedAliases = rulesOnly.shadowedAliases(this.identities);
    this.combined = rulesOnly.withIdentities(this.identities);
    this.shadowed = findShadowed(this.directories);
  }

  /**
   * {@return the sources combined, the first winning}
   *
   * @param directories the directories in order of precedence, at least one
   * @param identities identities to add as aliases after every directory's own (may be empty)
   * @throws dev.stackholder.core.InvalidDataException if no directory is given
   */
  public static AffiliationSources of(
      List<AffiliationDirectory> directories, Iterable<Identity> identities) {
    Objects.requireNonNull(directories, "directories");
    dev.stackholder.core.InvalidDataException.check(
        !directories.isEmpty(),
        "AffiliationSources needs at least one affiliation directory, got none");
    List<Identity> list = new ArrayList<>();
    identities.forEach(list::add);
    return new AffiliationSources(directories, list);
  }

  /** Each later rule against the earlier sources' rules of its key: linear in the rules, by key. */
  private static ImmutableList<Shadowed> findShadowed(List<AffiliationDirectory> directories) {
    ImmutableList.Builder<Shadowed> result = ImmutableList.builder();
    Map<String, List<Map.Entry<Affiliation, Integer>>> earlier = new java.util.HashMap<>();
    for (int source = 0; source < directories.size(); source++) {
      List<Affiliation> rules = directories.get(source).affiliations();
      for (Affiliation rule : rules) {
        for (Map.Entry<Affiliation, Integer> winner :
            earlier.getOrDefault(rule.kind() + " " + rule.key(), List.of())) {
          if (!winner.getKey().organization().equals(rule.organization())
              && winner.getKey().overlaps(rule)) {
            result.add(new Shadowed(winner.getKey(), winner.getValue(), rule, source));
            break;
          }
        }
      }
      for (Affiliation rule : rules) {
        earlier
            .computeIfAbsent(rule.kind() + " " + rule.key(), k -> new ArrayList<>(1))
            .add(Map.entry(rule, source));
      }
    }
    return result.build();
  }

  /** {@return the combined directory: what an {@link Attributor} is made of} */
  public AffiliationDirectory directory() {
    return combined;
  }

  /** {@return the directories, in order of precedence} */
  public ImmutableList<AffiliationDirectory> directories() {
    return directories;
  }

  /** {@return the identities added as aliases} */
  public ImmutableList<Identity> identities() {
    return identities;
  }

  /** {@return the later sources' rules that earlier ones override, in source and rule order} */
  public ImmutableList<Shadowed> shadowed() {
    return shadowed;
  }

  /**
   * {@return the identities' aliases that a directory's alias overrides: address to the identity's
   * wish}
   */
  public ImmutableMap<String, String> shadowedAliases() {
    return shadowedAliases;
  }
}
