package dev.stackholder.membership.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.StackholderException;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.MemberLimit;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierFullException;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.board.BoardSeats;
import dev.stackholder.membership.internal.BoardCompositions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Roster} implementation: the events so far and the memberships replaying them produced.
 * Each change checks the new event against the current state and returns a new instance, so the
 * roster is immutable and thread-safe.
 */
@JsonPropertyOrder({"foundation", "events"})
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(
    using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
final class ReplayedRoster implements Roster {
  private final Foundation foundation;
  private final ImmutableList<RosterEvent> events;
  private final ImmutableList<Membership> memberships;

  private ReplayedRoster(
      Foundation foundation,
      ImmutableList<RosterEvent> events,
      ImmutableList<Membership> memberships) {
    this.foundation = Objects.requireNonNull(foundation, "foundation");
    this.events = events;
    this.memberships = memberships;
  }

  static ReplayedRoster empty(Foundation foundation) {
    return new ReplayedRoster(foundation, ImmutableList.of(), ImmutableList.of());
  }

  /** Replays the events of a JSON roster, so a file that breaks a rule is refused. */
  @JsonCreator
  static ReplayedRoster fromJson(
      @JsonProperty(value = "foundation", required = true) Foundation foundation,
      @JsonProperty(value = "events", required = true) List<RosterEvent> events) {
    return (ReplayedRoster) replay(empty(foundation), events);
  }

  /**
   * Applies events in order; a refused event is reported with its index. The events are applied to
   * one mutable state and frozen once, so replaying n events costs O(n log n) rather than one copy
   * of the roster per event; the checks and messages are those of {@link #admit}, {@link
   * #changeTier} and {@link #leave}.
   */
  static Roster replay(Roster start, List<RosterEvent> events) {
    if (!(start instanceof ReplayedRoster script)) {
      Roster roster = start;
      for (RosterEvent event : events) {
        roster = event.applyTo(roster);
      }
      return roster;
    }
    Replay state = new Replay(script);
    for (int i = 0; i < events.size(); i++) {
      RosterEvent event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
      try {
        state.apply(event);
      } catch (StackholderException e) {
        throw new InvalidDataException(
            "events["
                + i
                + "] ("
                + event.organizationId()
                + " on "
                + event.date()
                + "): "
                + e.getMessage(),
            e);
      }
    }
    return state.freeze();
  }

  /**
   * The mutable state of a replay: memberships, the open one per organization, open counts per
   * tier.
   */
  private static final class Replay {
    private final Foundation foundation;
    private final List<RosterEvent> events;
    private final List<Membership> memberships;
    private final Map<String, Integer> open = new java.util.HashMap<>();
    private final Map<Tier, Integer> openPerTier = new java.util.HashMap<>();

    Replay(ReplayedRoster start) {
      this.foundation = start.foundation;
      this.events = new java.util.ArrayList<>(start.events);
      this.memberships = new java.util.ArrayList<>(start.memberships);
      for (int i = 0; i < memberships.size(); i++) {
        Membership m = memberships.get(i);
        if (m.until().isEmpty()) {
          open.put(m.organization().id(), i);
          openPerTier.merge(m.tier(), 1, Integer::sum);
        }
      }
    }

    void apply(RosterEvent event) {
      String id = event.organizationId();
      LocalDate date = event.date();
      if (!events.isEmpty()) {
        LocalDate last = events.get(events.size() - 1).date();
        InvalidDataException.check(
            !date.isBefore(last),
            "Event for '%s' on %s is before the roster's last event on %s: add events in date order",
            id,
            date,
            last);
      }
      Integer current = open.get(id);
      if (event instanceof Admission admission) {
        if (current != null) {
          Membership m = memberships.get(current);
          throw new InvalidDataException(
              "'"
                  + id
                  + "' is already a member ("
                  + m.tier().name()
                  + " since "
                  + m.from()
                  + ") and cannot also join "
                  + admission.tier().name()
                  + " on "
                  + date
                  + "; change its tier instead");
        }
        checkLimit(
            foundation,
            "admit",
            id,
            admission.tier(),
            date,
            openPerTier.getOrDefault(admission.tier(), 0));
        add(
            ImmutableMembership.builder()
                .organization(admission.organization())
                .tier(admission.tier())
                .from(date)
                .source(admission.source())
                .build());
      } else {
        String action = event instanceof TierChange ? "change tier" : "leave";
        if (current == null) {
          throw new InvalidDataException(
              "'" + id + "' is not a member on " + date + ", so it cannot " + action);
        }
        Membership m = memberships.get(current);
        if (event instanceof TierChange change) {
          InvalidDataException.check(
              !m.tier().equals(change.tier()),
              "'%s' already holds %s on %s",
              id,
              change.tier().name(),
              date);
          checkLimit(
              foundation,
              "move",
              id,
              change.tier(),
              date,
              openPerTier.getOrDefault(change.tier(), 0));
        }
        memberships.set(
            current,
            ImmutableMembership.builder()
                .organization(m.organization())
                .tier(m.tier())
                .from(m.from())
                .until(date)
                .source(m.source())
                .build());
        open.remove(id);
        openPerTier.merge(m.tier(), -1, Integer::sum);
        if (event instanceof TierChange change) {
          add(
              ImmutableMembership.builder()
                  .organization(m.organization())
                  .tier(change.tier())
                  .from(date)
                  .source(change.source())
                  .build());
        }
      }
      events.add(event);
    }

    private void add(Membership membership) {
      open.put(membership.organization().id(), memberships.size());
      openPerTier.merge(membership.tier(), 1, Integer::sum);
      memberships.add(membership);
    }

    ReplayedRoster freeze() {
      return new ReplayedRoster(
          foundation, ImmutableList.copyOf(events), ImmutableList.copyOf(memberships));
    }
  }

  @Override
  @JsonProperty
  public Foundation foundation() {
    return foundation;
  }

  @Override
  @JsonProperty
  public ImmutableList<RosterEvent> events() {
    return events;
  }

  @Override
  public Roster admit(Organization org, Tier tier, LocalDate from, Source source) {
    return step(Admission.of(org, tier, from, source));
  }

  @Override
  public Roster changeTier(String organizationId, Tier tier, LocalDate from, Source source) {
    return step(TierChange.of(organizationId, tier, from, source));
  }

  @Override
  public Roster leave(String organizationId, LocalDate on, Source source) {
    return step(Departure.of(organizationId, on, source));
  }

  /** One event on a copy of the state: O(n) for the copy, as any immutable roster must pay. */
  private Roster step(RosterEvent event) {
    Replay state = new Replay(this);
    state.apply(event);
    return state.freeze();
  }

  @Override
  public RosterAnswer answerOn(LocalDate date) {
    ImmutableList<Membership> known = membersOn(date);
    ImmutableList.Builder<TierCompleteness> completeness = ImmutableList.builder();
    for (Tier tier : countsOn(date).keySet()) {
      completeness.add(
          ImmutableTierCompleteness.builder()
              .tier(tier)
              .status(TierCompleteness.Status.COMPLETE)
              .known((int) known.stream().filter(m -> m.tier().equals(tier)).count())
              .unknown(0)
              .build());
    }
    ImmutableList<Standing> standings =
        known.stream()
            .map(
                m ->
                    (Standing)
                        ImmutableStanding.builder()
                            .organization(m.organization())
                            .tier(m.tier())
                            .certainty(Certainty.KNOWN)
                            .source(m.source())
                            .reason("a script's membership from " + m.from())
                            .build())
            .collect(ImmutableList.toImmutableList());
    return ImmutableRosterAnswer.builder()
        .date(date)
        .known(known)
        .standings(standings)
        .completeness(completeness.build())
        .build();
  }

  @Override
  public ImmutableList<Observation> observations() {
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    for (Membership m : memberships) {
      all.add(
          Observation.builder()
              .organization(m.organization())
              .tier(m.tier())
              .kind(Observation.Kind.JOINED)
              .date(m.from())
              .source(m.source())
              .build());
      m.until()
          .ifPresent(
              until ->
                  all.add(
                      Observation.builder()
                          .organization(m.organization())
                          .tier(m.tier())
                          .kind(Observation.Kind.LEFT)
                          .date(until)
                          .source(m.source())
                          .build()));
    }
    return all.build();
  }

  @Override
  public ImmutableList<Membership> membersOn(LocalDate date) {
    return memberships.stream()
        .filter(membership -> membership.activeOn(date))
        .sorted(
            Comparator.comparingInt((Membership m) -> tierOrder(m.tier()))
                .thenComparing(m -> m.organization().name()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableMap<Tier, Integer> countsOn(LocalDate date) {
    // Counted directly: sorting every member by tier and name, as membersOn does, cost n log n
    // string comparisons for an answer that only needs the tiers in order.
    Map<Tier, Integer> active = new HashMap<>();
    for (Membership membership : memberships) {
      if (membership.activeOn(date)) {
        active.merge(membership.tier(), 1, Integer::sum);
      }
    }
    Map<Tier, Integer> counts = new LinkedHashMap<>();
    foundation
        .findRuleSetOn(date)
        .ifPresent(ruleSet -> ruleSet.tiers().forEach(rule -> counts.put(rule.tier(), 0)));
    active.keySet().stream()
        .sorted(Comparator.comparingInt(this::tierOrder).thenComparing(Tier::id))
        .forEach(tier -> counts.merge(tier, active.get(tier), Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  @Override
  public Optional<Tier> tierOf(String organizationId, LocalDate date) {
    return memberships.stream()
        .filter(m -> m.organization().id().equals(organizationId) && m.activeOn(date))
        .map(Membership::tier)
        .findFirst();
  }

  @Override
  public ImmutableList<Membership> historyOf(String organizationId) {
    return memberships.stream()
        .filter(m -> m.organization().id().equals(organizationId))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Membership> memberships() {
    return memberships;
  }

  @Override
  public BoardComposition boardOn(LocalDate date) {
    RuleSet ruleSet = foundation.ruleSetOn(date);
    ImmutableMap<Tier, Integer> counts = countsOn(date);
    // The elected classes follow the Director Limit in force on January 1 of the year, as the
    // built-in roster's do: a change in the appointing members reaches them at the next election.
    // The
    // foundation's first year has no January 1 under its rules: its limit is the one on the date.
    LocalDate january = LocalDate.of(date.getYear(), 1, 1);
    boolean lagged = foundation.findRuleSetOn(january).isPresent();
    ImmutableMap<Tier, Integer> limitCounts = lagged ? countsOn(january) : counts;
    RuleSet limitRules = lagged ? foundation.ruleSetOn(january) : ruleSet;
    int appointed =
        limitRules.tiers().stream()
            .filter(rule -> rule.board() == BoardSeats.ONE_PER_MEMBER)
            .mapToInt(rule -> limitCounts.getOrDefault(rule.tier(), 0))
            .sum();
    ImmutableMap.Builder<String, Integer> seats = ImmutableMap.builder();
    for (TierRule rule : ruleSet.tiers()) {
      switch (rule.board()) {
        case ONE_PER_MEMBER:
          seats.put(rule.tier().id(), counts.getOrDefault(rule.tier(), 0));
          break;
        case EQUAL_TO_APPOINTED:
          seats.put(rule.tier().id(), appointed);
          break;
        case FIXED:
          seats.put(rule.tier().id(), rule.electedDirectors().orElseThrow());
          break;
        default:
          break;
      }
    }
    return BoardCompositions.get()
        .known(
            date,
            ruleSet,
            seats.build(),
            java.util.Optional.of(
                lagged
                    ? "elected classes: the Director Limit on "
                        + january
                        + ", "
                        + appointed
                        + " appointing members"
                    : "elected classes: the appointing members on "
                        + date
                        + ", the foundation's first year"),
            List.of());
  }

  private static void checkLimit(
      Foundation foundation,
      String action,
      String organizationId,
      Tier tier,
      LocalDate date,
      int count) {
    RuleSet ruleSet = foundation.ruleSetOn(date);
    TierRule rule = EvidenceRoster.rulesOrInvalid(ruleSet, tier);
    if (rule.memberLimit().isEmpty()) {
      return;
    }
    MemberLimit limit = rule.memberLimit().get();
    if (count >= limit.max()) {
      throw new TierFullException(
          "Cannot "
              + action
              + " '"
              + organizationId
              + "' to "
              + tier.name()
              + " on "
              + date
              + ": "
              + tier.name()
              + " has "
              + count
              + " members and the limit is "
              + limit.max()
              + " under "
              + ruleSet.name()
              + " (source: "
              + limit.source().title()
              + ", "
              + limit.source().document()
              + ")");
    }
  }

  private int tierOrder(Tier tier) {
    int index = foundation.tiers().indexOf(tier);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReplayedRoster
        && ((ReplayedRoster) other).foundation.equals(foundation)
        && ((ReplayedRoster) other).events.equals(events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(foundation, events);
  }

  @Override
  public String toString() {
    return "Roster{" + foundation.id() + ", " + events.size() + " events}";
  }
}
