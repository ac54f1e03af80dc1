package dev.stackholder.membership.roster;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.Organization;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a set of observations proves, worked out once in O(n log n): for each organization and tier
 * the runs of days on which it is known to hold the tier.
 *
 * <p>The rules. Two sightings of an organization in a tier (joined or listed) prove it held the
 * tier on every day between them, unless something in between breaks the chain: a departure from
 * the tier, a complete list of the tier that leaves it out, or a sighting in another tier. A
 * sighting that is contradicted on its own day (a departure from the same tier, or a sighting in
 * another tier, on that day) proves nothing, unless it outweighs the other (see {@link #strength}).
 * After the last sighting of a run the organization is "last seen", unless a departure or a
 * complete list leaving it out shows it had gone. A board page never proves an absence: vacancies
 * and stale pages make it a lower bound.
 *
 * <p>So no organization is ever known to hold two tiers on one day: a run in one tier contains no
 * sighting in another, and two overlapping runs would each contain the other's first sighting.
 */
final class EvidenceIndex {
  /** One stretch of days an organization is known to hold a tier. */
  record Run(
      Organization organization,
      Tier tier,
      Observation first,
      Observation last,
      Optional<LocalDate> goneBy,
      Optional<Observation> movedTo) {
    Run(
        Organization organization,
        Tier tier,
        Observation first,
        Observation last,
        Optional<LocalDate> goneBy) {
      this(organization, tier, first, last, goneBy, Optional.empty());
    }

    boolean contains(LocalDate date) {
      return !date.isBefore(first.date())
          && (!date.isAfter(last.date())
              || movedTo.isPresent() && date.isBefore(movedTo.get().date()));
    }

    /**
     * The first day the run no longer covers: the day after its last sighting, or the move to
     * another tier.
     */
    LocalDate end() {
      return movedTo.map(Observation::date).orElse(last.date().plusDays(1));
    }
  }

  private final ImmutableList<Observation> observations;
  private final ImmutableList<Run> runs;
  private final Map<Tier, TreeSet<LocalDate>> completeLists = new HashMap<>();
  private final Map<Tier, TreeSet<LocalDate>> boardPages = new HashMap<>();
  private final Map<String, List<Run>> runsByOrganization = new LinkedHashMap<>();
  private final TreeMap<LocalDate, List<Run>> runsByStart = new TreeMap<>();
  private final java.util.function.Function<Tier, Optional<java.time.Period>> maxGap;

  EvidenceIndex(List<Observation> all) {
    this(all, tier -> Optional.empty());
  }

  /**
   * Indexes the observations.
   *
   * @param maxGap per tier, the longest gap between a last sighting in it and a first sighting in
   *     another tier that still makes the organization a member in between (empty: no limit)
   */
  EvidenceIndex(
      List<Observation> all, java.util.function.Function<Tier, Optional<java.time.Period>> maxGap) {
    this.maxGap = maxGap;
    this.observations = ImmutableList.sortedCopyOf(Comparator.comparing(Observation::date), all);
    for (Observation o : observations) {
      if (o.positive() && o.scope() == Observation.Scope.COMPLETE_LIST) {
        completeLists.computeIfAbsent(o.tier(), t -> new TreeSet<>()).add(o.date());
      }
      if (o.positive() && o.scope() == Observation.Scope.BOARD_PAGE) {
        boardPages.computeIfAbsent(o.tier(), t -> new TreeSet<>()).add(o.date());
      }
    }
    Map<String, List<Observation>> byOrganization = new LinkedHashMap<>();
    for (Observation o : observations) {
      byOrganization.computeIfAbsent(o.organization().id(), k -> new ArrayList<>()).add(o);
    }
    ImmutableList.Builder<Run> all2 = ImmutableList.builder();
    for (List<Observation> own : byOrganization.values()) {
      for (Run run : runsOf(own)) {
        all2.add(run);
        runsByOrganization
            .computeIfAbsent(run.organization().id(), k -> new ArrayList<>())
            .add(run);
        runsByStart.computeIfAbsent(run.first().date(), k -> new ArrayList<>()).add(run);
      }
    }
    this.runs = all2.build();
  }

  ImmutableList<Observation> observations() {
    return observations;
  }

  ImmutableList<Run> runs() {
    return runs;
  }

  List<Run> runsOf(String organizationId) {
    return runsByOrganization.getOrDefault(organizationId, List.of());
  }

  /**
   * {@return the first board page after a day, up to another, that lists the tier's directors: one
   * that leaves an organization out does not prove it gone (vacancies, stale pages), but it is
   * contrary enough to stop presuming it stayed}
   */
  Optional<LocalDate> boardPageBetween(Tier tier, LocalDate after, LocalDate upTo) {
    TreeSet<LocalDate> pages = boardPages.get(tier);
    return pages == null
        ? Optional.empty()
        : Optional.ofNullable(pages.higher(after)).filter(day -> !day.isAfter(upTo));
  }

  TreeSet<LocalDate> completeLists(Tier tier) {
    return completeLists.getOrDefault(tier, new TreeSet<>());
  }

  /** One organization's observations (date order) to its runs, tier by tier. */
  private List<Run> runsOf(List<Observation> own) {
    // Days on which the organization left a tier, and the strongest sighting per tier per day.
    Map<LocalDate, Set<Tier>> left = new HashMap<>();
    Map<LocalDate, Map<Tier, Integer>> strongest = new HashMap<>();
    for (Observation o : own) {
      if (o.positive()) {
        strongest
            .computeIfAbsent(o.date(), d -> new HashMap<>())
            .merge(o.tier(), strength(o), Math::max);
      } else {
        left.computeIfAbsent(o.date(), d -> new HashSet<>()).add(o.tier());
      }
    }
    TreeMap<LocalDate, List<Observation>> byDay = new TreeMap<>();
    Map<Tier, TreeMap<LocalDate, List<Observation>>> departures = new HashMap<>();
    for (Observation o : own) {
      byDay.computeIfAbsent(o.date(), d -> new ArrayList<>()).add(o);
      if (!o.positive()) {
        departures
            .computeIfAbsent(o.tier(), t -> new TreeMap<>())
            .computeIfAbsent(o.date(), d -> new ArrayList<>())
            .add(o);
      }
    }
    Map<Tier, List<Observation>> proofs = new LinkedHashMap<>();
    for (Observation o : own) {
      if (o.positive()
          && !left.getOrDefault(o.date(), Set.of()).contains(o.tier())
          && prevails(o.tier(), strongest.get(o.date()))) {
        proofs.computeIfAbsent(o.tier(), t -> new ArrayList<>()).add(o);
      }
    }
    List<Run> result = new ArrayList<>();
    for (Map.Entry<Tier, List<Observation>> entry : proofs.entrySet()) {
      Tier tier = entry.getKey();
      List<Observation> sightings = entry.getValue();
      TreeSet<LocalDate> lists = completeLists(tier);
      TreeMap<LocalDate, List<Observation>> leftTier =
          departures.getOrDefault(tier, new TreeMap<>());
      Observation first = sightings.get(0);
      Observation last = first;
      for (int i = 1; i < sightings.size(); i++) {
        Observation next = sightings.get(i);
        if (next.date().equals(last.date())) {
          continue;
        }
        if (breakBetween(byDay, tier, lists, last.date(), next.date()).isPresent()) {
          result.add(
              new Run(
                  first.organization(), tier, first, last, goneBy(leftTier, last.date(), lists)));
          first = next;
        }
        last = next;
      }
      result.add(
          new Run(first.organization(), tier, first, last, goneBy(leftTier, last.date(), lists)));
    }
    result.sort(Comparator.comparing((Run r) -> r.first().date()));
    return bridged(result);
  }

  /**
   * A member seen in two tiers is a member in between: a run followed (first) by a run in another
   * tier, with no departure from the old tier and no complete list of it leaving the organization
   * out before the new tier's first sighting, extends to the day before that sighting. The move
   * fell on a day no source gives, so the organization keeps the tier it was last seen in until it
   * is seen in the new one. A gap longer than the old tier's presumption is not bridged: nobody
   * stays a member for years because a later source shows it in another tier.
   */
  private List<Run> bridged(List<Run> runs) {
    List<Run> result = new ArrayList<>(runs.size());
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      Run next = null;
      for (Run other : runs) {
        if (other.first().date().isAfter(run.last().date())
            && (next == null || other.first().date().isBefore(next.first().date()))) {
          next = other;
        }
      }
      LocalDate moved = next == null ? null : next.first().date();
      Run old = run;
      if (next != null
          && !next.tier().equals(run.tier())
          && run.goneBy().map(gone -> !gone.isBefore(moved)).orElse(true)
          && maxGap
              .apply(run.tier())
              .map(gap -> !old.last().date().plus(gap).isBefore(moved))
              .orElse(true)) {
        run =
            new Run(
                run.organization(),
                run.tier(),
                run.first(),
                run.last(),
                run.goneBy(),
                Optional.of(next.first()));
      }
      result.add(run);
    }
    return result;
  }

  /**
   * How much a sighting weighs against a sighting in another tier on the same day: an exact
   * admission, then a complete list, then a board page, then anything else. Where one tier's
   * strongest sighting outweighs every other tier's that day, it stands and the others prove
   * nothing; on a tie none stands.
   */
  private static int strength(Observation o) {
    if (o.kind() == Observation.Kind.JOINED) {
      return 4;
    }
    switch (o.scope()) {
      case COMPLETE_LIST:
        return 3;
      case BOARD_PAGE:
        return 2;
      default:
        return 1;
    }
  }

  private static boolean prevails(Tier tier, Map<Tier, Integer> strongestThatDay) {
    int own = strongestThatDay.get(tier);
    return strongestThatDay.entrySet().stream()
        .allMatch(e -> e.getKey().equals(tier) || e.getValue() < own);
  }

  /** The first day strictly between two sightings that breaks the chain, if any. */
  private static Optional<LocalDate> breakBetween(
      TreeMap<LocalDate, List<Observation>> own,
      Tier tier,
      TreeSet<LocalDate> lists,
      LocalDate after,
      LocalDate before) {
    LocalDate list = lists.higher(after);
    LocalDate found = list != null && list.isBefore(before) ? list : null;
    // Only the days strictly between the two sightings: consecutive sightings of one tier have none
    // of
    // that tier's sightings between them, so this visits each other observation about once per
    // tier.
    for (List<Observation> day : own.subMap(after, false, before, false).values()) {
      for (Observation o : day) {
        if (!o.positive() && o.tier().equals(tier) || o.positive() && !o.tier().equals(tier)) {
          return Optional.of(found == null || o.date().isBefore(found) ? o.date() : found);
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The first day after the last sighting on which the organization is shown out of the tier: it
   * left it, or a complete list of the tier leaves it out. A sighting in another tier is not
   * counted: that tier's own run says where it went.
   */
  private static Optional<LocalDate> goneBy(
      TreeMap<LocalDate, List<Observation>> departures, LocalDate last, TreeSet<LocalDate> lists) {
    LocalDate list = lists.higher(last);
    LocalDate left = departures.higherKey(last);
    LocalDate gone = list == null ? left : left == null ? list : left.isBefore(list) ? left : list;
    return Optional.ofNullable(gone);
  }

  /** The runs that contain a date. */
  List<Run> runsOn(LocalDate date) {
    List<Run> found = new ArrayList<>();
    for (List<Run> started : runsByStart.headMap(date, true).values()) {
      for (Run run : started) {
        if (run.contains(date)) {
          found.add(run);
        }
      }
    }
    return found;
  }

  /** Organizations not known on a date whose last run before it has no known end: "last seen". */
  List<Run> lastSeenOn(LocalDate date) {
    List<Run> found = new ArrayList<>();
    for (List<Run> own : runsByOrganization.values()) {
      Run latest = null;
      boolean knownThatDay = false;
      for (Run run : own) {
        if (run.contains(date)) {
          knownThatDay = true;
          break;
        }
        if (run.end().isBefore(date.plusDays(1))
            && (latest == null || run.last().date().isAfter(latest.last().date()))) {
          latest = run;
        }
      }
      if (!knownThatDay
          && latest != null
          && latest.goneBy().map(d -> d.isAfter(date)).orElse(true)) {
        found.add(latest);
      }
    }
    found.sort(
        Comparator.comparing((Run r) -> r.last().date())
            .reversed()
            .thenComparing(r -> r.organization().name()));
    return found;
  }
}
