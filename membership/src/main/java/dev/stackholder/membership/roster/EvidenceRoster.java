package dev.stackholder.membership.roster;

import dev.stackholder.membership.TierRule;

import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.Source;
import dev.stackholder.membership.internal.BoardCompositions;

import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierFullException;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.board.BoardSeats;
import dev.stackholder.membership.board.BoardYear;
import dev.stackholder.membership.board.Director;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Roster} built from evidence ({@link Observation}s) rather than a script of events: it answers
 * with its certainty (see {@link EvidenceIndex} for the rules). Its memberships are the spans the
 * evidence proves: {@link Membership#until()} is the day after the last sighting, not a departure.
 * {@link #admit}, {@link #changeTier} and {@link #leave} add exact evidence (a dated admission or
 * departure). The index is built once per roster, on first use, in O(n log n).
 *
 * <p>Immutable and thread-safe.
 */
@JsonPropertyOrder({"foundation", "observations", "boardYears"})
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
final class EvidenceRoster implements Roster {
  private final Foundation foundation;
  private final ImmutableList<Observation> observations;
  private final ImmutableList<BoardYear> boardYears;
  private final ImmutableList<RosterEvent> events;
  private final Supplier<EvidenceIndex> index;

  EvidenceRoster(Foundation foundation, List<Observation> observations, List<BoardYear> boardYears,
      List<RosterEvent> events) {
    this.foundation = Objects.requireNonNull(foundation, "foundation");
    this.observations = ImmutableList.copyOf(observations);
    this.boardYears = ImmutableList.copyOf(boardYears);
    this.events = ImmutableList.copyOf(events);
    this.index = Suppliers.memoize(() -> new EvidenceIndex(this.observations));
  }

  @JsonCreator
  static EvidenceRoster fromJson(@JsonProperty(value = "foundation", required = true) Foundation foundation,
      @JsonProperty(value = "observations", required = true) List<Observation> observations,
      @JsonProperty("boardYears") List<BoardYear> boardYears) {
    return new EvidenceRoster(foundation, observations, boardYears == null ? List.of() : boardYears, List.of());
  }

  @Override
  @JsonProperty
  public Foundation foundation() {
    return foundation;
  }

  @Override
  @JsonIgnore
  public ImmutableList<RosterEvent> events() {
    return events;
  }

  @Override
  @JsonProperty
  public ImmutableList<Observation> observations() {
    return observations;
  }

  /** The board seats per year the sources give, if any. */
  @JsonProperty
  ImmutableList<BoardYear> boardYears() {
    return boardYears;
  }

  private EvidenceRoster with(RosterEvent event, Observation... added) {
    List<Observation> next = new ArrayList<>(observations);
    next.addAll(List.of(added));
    List<RosterEvent> nextEvents = new ArrayList<>(events);
    nextEvents.add(event);
    return new EvidenceRoster(foundation, next, boardYears, nextEvents);
  }

  @Override
  public Roster admit(Organization org, Tier tier, LocalDate from, Source source) {
    java.util.Objects.requireNonNull(org, "org");
    java.util.Objects.requireNonNull(tier, "tier");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(source, "source");
    rulesOrInvalid(foundation.ruleSetOn(from), tier);
    tierOf(org.id(), from).ifPresent(held -> {
      throw new InvalidDataException("'" + org.id() + "' is already known to hold " + held.name() + " on " + from
          + " and cannot also join " + tier.name() + "; change its tier instead");
    });
    rulesOrInvalid(foundation.ruleSetOn(from), tier).memberLimit().ifPresent(limit -> {
      long count = index.get().runsOn(from).stream().filter(r -> r.tier().equals(tier)).count();
      if (count >= limit.max()) {
        throw new TierFullException("Cannot admit '" + org.id() + "' to " + tier.name() + " on " + from + ": "
            + tier.name() + " has " + count + " known members and the limit is " + limit.max() + " (source: "
            + limit.source().title() + ", " + limit.source().document() + ")");
      }
    });
    return with(Admission.of(org, tier, from, source), Observation.builder().organization(org).tier(tier)
        .kind(Observation.Kind.JOINED).date(from).source(source).build());
  }

  @Override
  public Roster changeTier(String organizationId, Tier tier, LocalDate from, Source source) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    java.util.Objects.requireNonNull(tier, "tier");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(source, "source");
    Membership held = lastKnown(organizationId, from, "change tier");
    InvalidDataException.check(!held.tier().equals(tier), "'%s' already holds %s on %s", organizationId,
        tier.name(), from);
    Organization org = held.organization();
    return with(TierChange.of(organizationId, tier, from, source),
        Observation.builder().organization(org).tier(held.tier()).kind(Observation.Kind.LEFT).date(from)
            .source(source).build(),
        Observation.builder().organization(org).tier(tier).kind(Observation.Kind.JOINED).date(from)
            .source(source).build());
  }

  @Override
  public Roster leave(String organizationId, LocalDate on, Source source) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    java.util.Objects.requireNonNull(on, "on");
    java.util.Objects.requireNonNull(source, "source");
    Membership held = lastKnown(organizationId, on, "leave");
    return with(Departure.of(organizationId, on, source), Observation.builder().organization(held.organization())
        .tier(held.tier()).kind(Observation.Kind.LEFT).date(on).source(source).build());
  }

  /** The latest membership the evidence shows before a change on a date. */
  private Membership lastKnown(String organizationId, LocalDate date, String action) {
    return index.get().runsOf(organizationId).stream()
        .filter(run -> run.first().date().isBefore(date))
        .max(Comparator.comparing((EvidenceIndex.Run run) -> run.last().date()))
        .map(EvidenceRoster::membership)
        .orElseThrow(() -> new InvalidDataException("'" + organizationId + "' is not seen as a member before " + date
            + ", so it cannot " + action));
  }

  private static Membership membership(EvidenceIndex.Run run) {
    return ImmutableMembership.builder().organization(run.organization()).tier(run.tier())
        .from(run.first().date()).until(run.last().date().plusDays(1)).source(run.first().source()).build();
  }

  @Override
  public ImmutableList<Membership> membersOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return index.get().runsOn(date).stream().map(EvidenceRoster::membership)
        .sorted(Comparator.comparingInt((Membership m) -> tierOrder(m.tier())).thenComparing(m -> m.organization().name()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public RosterAnswer answerOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    EvidenceIndex evidence = index.get();
    ImmutableList<Membership> known = membersOn(date);
    ImmutableList<LastSeen> lastSeen = evidence.lastSeenOn(date).stream()
        .map(run -> ImmutableLastSeen.builder().organization(run.organization()).tier(run.tier())
            .date(run.last().date()).source(run.last().source()).build())
        .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<TierCompleteness> completeness = ImmutableList.builder();
    for (Tier tier : foundation.tiers()) {
      boolean everSeen = evidence.runs().stream().anyMatch(r -> r.tier().equals(tier) && !r.first().date().isAfter(date));
      if (!everSeen) {
        continue;
      }
      int knownCount = (int) known.stream().filter(m -> m.tier().equals(tier)).count();
      int unknown = (int) lastSeen.stream().filter(s -> s.tier().equals(tier)).count();
      java.util.TreeSet<LocalDate> lists = evidence.completeLists(tier);
      TierCompleteness.Status status = lists.contains(date) ? TierCompleteness.Status.COMPLETE
          : unknown == 0 ? TierCompleteness.Status.NO_UNKNOWNS : TierCompleteness.Status.UNKNOWNS;
      completeness.add(ImmutableTierCompleteness.builder().tier(tier).status(status).known(knownCount)
          .unknown(unknown).completeListBefore(Optional.ofNullable(lists.floor(date)))
          .completeListAfter(Optional.ofNullable(lists.ceiling(date))).build());
    }
    return ImmutableRosterAnswer.builder().date(date).known(known).lastSeen(lastSeen)
        .completeness(completeness.build()).build();
  }

  @Override
  public ImmutableMap<Tier, Integer> countsOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    Map<Tier, Integer> counts = new LinkedHashMap<>();
    foundation.findRuleSetOn(date).ifPresent(ruleSet -> ruleSet.tiers().forEach(rule -> counts.put(rule.tier(), 0)));
    for (Membership membership : membersOn(date)) {
      counts.merge(membership.tier(), 1, Integer::sum);
    }
    return ImmutableMap.copyOf(counts);
  }

  @Override
  public Optional<Tier> tierOf(String organizationId, LocalDate date) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    java.util.Objects.requireNonNull(date, "date");
    return index.get().runsOf(organizationId).stream().filter(run -> run.contains(date)).map(EvidenceIndex.Run::tier)
        .findFirst();
  }

  @Override
  public ImmutableList<Membership> historyOf(String organizationId) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    return index.get().runsOf(organizationId).stream().map(EvidenceRoster::membership)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Membership> memberships() {
    return index.get().runs().stream().sorted(Comparator.comparing((EvidenceIndex.Run r) -> r.first().date()))
        .map(EvidenceRoster::membership).collect(ImmutableList.toImmutableList());
  }

  /**
   * Platinum seats: one per Platinum member on the date where the evidence determines the count (no
   * Platinum member of unknown status), else the board year's stated count. Gold and Individual
   * seats: the board year's stated (or derived) count, else the Director Limit (the Platinum count)
   * on January 1 of the year where the evidence determines it, else not known.
   */
  @Override
  public BoardComposition boardOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    RuleSet ruleSet = foundation.ruleSetOn(date);
    List<Tier> appointing = foundation.tiers().stream().filter(t -> foundation.ruleSets().stream()
        .anyMatch(rs -> rs.findRules(t).map(r -> r.board() == BoardSeats.ONE_PER_MEMBER).orElse(false)))
        .toList();
    Optional<BoardYear> year = boardYears.stream().filter(y -> y.year() == date.getYear() && !y.superseded())
        .findFirst();
    Optional<Integer> appointedNow = determined(appointing, date);
    Optional<Integer> appointed = appointedNow.or(() -> year.flatMap(BoardYear::platinum));
    Optional<Integer> limitJan1 = determined(appointing, LocalDate.of(date.getYear(), 1, 1));
    Optional<Integer> gold = year.flatMap(BoardYear::gold).or(() -> limitJan1);
    Optional<Integer> individual = year.flatMap(BoardYear::individual).or(() -> limitJan1);
    List<Source> sources = year.flatMap(BoardYear::source).stream().toList();
    if (appointed.isEmpty() || gold.isEmpty() || individual.isEmpty() || appointing.isEmpty()) {
      return BoardCompositions.get().notKnown(date, ruleSet, "not known: "
          + year.map(y -> "the sources give no seat count for the " + y.year() + " board ("
              + y.note().orElse(y.basis().name().toLowerCase(java.util.Locale.ROOT)) + ")")
              .orElse("no source gives the seats for " + date.getYear())
          + ", and the evidence does not determine the Platinum members"
          + (appointedNow.isPresent() ? " on January 1" : ""), sources);
    }
    Map<String, Integer> seats = new LinkedHashMap<>();
    seats.put(appointing.get(0).id(), appointed.get());
    seats.put(OpenStackFoundation.GOLD.id(), gold.get());
    seats.put(OpenStackFoundation.INDIVIDUAL.id(), individual.get());
    String platinumBasis = appointedNow.isPresent()
        ? "Platinum: one director per Platinum member on " + date
        : "Platinum: the " + date.getYear() + " board's stated count (the evidence leaves some Platinum members of unknown status on " + date + ")";
    String electedBasis = year.flatMap(BoardYear::gold).isPresent()
        ? "Gold and Individual: the " + date.getYear() + " board's " + year.get().basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " count, the Director Limit in force on January 1 of the election year"
        : "Gold and Individual: the Director Limit (Platinum members) on January 1, " + date.getYear();
    return BoardCompositions.get().known(date, ruleSet, ImmutableMap.copyOf(seats),
        Optional.of(platinumBasis + "; " + electedBasis), sources);
  }

  private Optional<Integer> determined(List<Tier> tiers, LocalDate date) {
    if (tiers.isEmpty()) {
      return Optional.empty();
    }
    RosterAnswer answer = answerOn(date);
    boolean open = answer.lastSeen().stream().anyMatch(s -> tiers.contains(s.tier()));
    return open ? Optional.empty()
        : Optional.of((int) answer.known().stream().filter(m -> tiers.contains(m.tier())).count());
  }

  private int tierOrder(Tier tier) {
    int index = foundation.tiers().indexOf(tier);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceRoster that && that.foundation.equals(foundation)
        && that.observations.equals(observations) && that.boardYears.equals(boardYears);
  }

  @Override
  public int hashCode() {
    return Objects.hash(foundation, observations, boardYears);
  }

  @Override
  public String toString() {
    return "Roster{" + foundation.id() + ", " + observations.size() + " observations}";
  }

  /**
   * The rules for a tier where an unknown tier is wrong data (a roster event or an observation in a
   * tier the rule set lacks), not a failed lookup.
   */
  static TierRule rulesOrInvalid(RuleSet ruleSet, Tier tier) {
    return ruleSet.findRules(tier).orElseThrow(() -> new InvalidDataException("Tier '" + tier.id()
        + "' is not in rule set '" + ruleSet.id() + "', expected one of "
        + ruleSet.tiers().stream().map(rule -> rule.tier().id()).collect(java.util.stream.Collectors.joining(", "))));
  }
}
