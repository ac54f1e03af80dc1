package dev.stackholder.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.StackholderException;

import java.time.LocalDate;
import java.util.Comparator;
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
final class ReplayedRoster implements Roster {
  private final Foundation foundation;
  private final ImmutableList<RosterEvent> events;
  private final ImmutableList<Membership> memberships;

  private ReplayedRoster(Foundation foundation, ImmutableList<RosterEvent> events,
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
  static ReplayedRoster fromJson(@JsonProperty(value = "foundation", required = true) Foundation foundation,
      @JsonProperty(value = "events", required = true) List<RosterEvent> events) {
    return (ReplayedRoster) replay(empty(foundation), events);
  }

  /** Applies events in order; a refused event is reported with its index. */
  static Roster replay(Roster start, List<RosterEvent> events) {
    Roster roster = start;
    for (int i = 0; i < events.size(); i++) {
      RosterEvent event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
      try {
        roster = event.applyTo(roster);
      } catch (StackholderException e) {
        throw new InvalidDataException("events[" + i + "] (" + event.organizationId() + " on " + event.date()
            + "): " + e.getMessage(), e);
      }
    }
    return roster;
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
    checkOrder(org.id(), from);
    current(org.id()).ifPresent(membership -> {
      throw new InvalidDataException("'" + org.id() + "' is already a member (" + membership.tier().name()
          + " since " + membership.from() + ") and cannot also join " + tier.name() + " on " + from
          + "; change its tier instead");
    });
    checkLimit("admit", org.id(), tier, from);
    Membership joined = ImmutableMembership.builder().organization(org).tier(tier).from(from).source(source).build();
    RosterEvent event = Admission.of(org, tier, from, source);
    return with(event, ImmutableList.of(), joined);
  }

  @Override
  public Roster changeTier(String organizationId, Tier tier, LocalDate from, Source source) {
    checkOrder(organizationId, from);
    Membership current = requireCurrent(organizationId, from, "change tier");
    InvalidDataException.check(!current.tier().equals(tier),
        "'%s' already holds %s on %s", organizationId, tier.name(), from);
    checkLimit("move", organizationId, tier, from);
    Membership next = ImmutableMembership.builder().organization(current.organization()).tier(tier).from(from)
        .source(source).build();
    RosterEvent event = TierChange.of(organizationId, tier, from, source);
    return with(event, close(current, from), next);
  }

  @Override
  public Roster leave(String organizationId, LocalDate on, Source source) {
    checkOrder(organizationId, on);
    Membership current = requireCurrent(organizationId, on, "leave");
    RosterEvent event = Departure.of(organizationId, on, source);
    return with(event, close(current, on), null);
  }

  @Override
  public ImmutableList<Membership> membersOn(LocalDate date) {
    return memberships.stream()
        .filter(membership -> membership.activeOn(date))
        .sorted(Comparator.comparingInt((Membership m) -> tierOrder(m.tier()))
            .thenComparing(m -> m.organization().name()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableMap<Tier, Integer> countsOn(LocalDate date) {
    Map<Tier, Integer> counts = new LinkedHashMap<>();
    foundation.findRuleSetOn(date)
        .ifPresent(ruleSet -> ruleSet.tiers().forEach(rule -> counts.put(rule.tier(), 0)));
    for (Membership membership : membersOn(date)) {
      counts.merge(membership.tier(), 1, Integer::sum);
    }
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
    int appointed = ruleSet.tiers().stream()
        .filter(rule -> rule.board() == BoardSeats.ONE_PER_MEMBER)
        .mapToInt(rule -> counts.getOrDefault(rule.tier(), 0))
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
    return ImmutableBoardComposition.builder()
        .date(date)
        .ruleSetId(ruleSet.id())
        .directorsByClass(seats.build())
        .affiliationLimit(ruleSet.affiliationLimit())
        .build();
  }

  private Optional<Membership> current(String organizationId) {
    return memberships.stream()
        .filter(m -> m.organization().id().equals(organizationId) && m.until().isEmpty())
        .findFirst();
  }

  private Membership requireCurrent(String organizationId, LocalDate date, String action) {
    return current(organizationId).orElseThrow(() -> new InvalidDataException(
        "'" + organizationId + "' is not a member on " + date + ", so it cannot " + action));
  }

  private void checkOrder(String organizationId, LocalDate date) {
    if (!events.isEmpty()) {
      LocalDate last = events.get(events.size() - 1).date();
      InvalidDataException.check(!date.isBefore(last),
          "Event for '%s' on %s is before the roster's last event on %s: add events in date order",
          organizationId, date, last);
    }
  }

  private void checkLimit(String action, String organizationId, Tier tier, LocalDate date) {
    RuleSet ruleSet = foundation.ruleSetOn(date);
    TierRule rule = ruleSet.rulesOrInvalid(tier);
    if (rule.memberLimit().isEmpty()) {
      return;
    }
    MemberLimit limit = rule.memberLimit().get();
    long count = memberships.stream().filter(m -> m.tier().equals(tier) && m.until().isEmpty()).count();
    if (count >= limit.max()) {
      throw new TierFullException("Cannot " + action + " '" + organizationId + "' to " + tier.name() + " on "
          + date + ": " + tier.name() + " has " + count + " members and the limit is " + limit.max()
          + " under " + ruleSet.name() + " (source: " + limit.source().title() + ", "
          + limit.source().document() + ")");
    }
  }

  private int tierOrder(Tier tier) {
    int index = foundation.tiers().indexOf(tier);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static ImmutableList<Membership> close(Membership current, LocalDate until) {
    Membership closed = ImmutableMembership.builder().organization(current.organization()).tier(current.tier())
        .from(current.from()).until(until).source(current.source()).build();
    return ImmutableList.of(current, closed);
  }

  /** A roster with one more event; {@code change} is [old, replacement] or empty, plus an added membership. */
  private ReplayedRoster with(RosterEvent event, ImmutableList<Membership> change, Membership added) {
    ImmutableList.Builder<Membership> next = ImmutableList.builder();
    for (Membership membership : memberships) {
      next.add(change.size() == 2 && membership == change.get(0) ? change.get(1) : membership);
    }
    if (added != null) {
      next.add(added);
    }
    return new ReplayedRoster(foundation, ImmutableList.<RosterEvent>builder().addAll(events).add(event).build(),
        next.build());
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
