package dev.stackholder.membership.roster;

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
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.RuleSet;
import dev.stackholder.membership.Tier;
import dev.stackholder.membership.TierFullException;
import dev.stackholder.membership.TierRule;
import dev.stackholder.membership.board.BoardComposition;
import dev.stackholder.membership.board.BoardSeats;
import dev.stackholder.membership.board.BoardYear;
import dev.stackholder.membership.internal.BoardCompositions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Roster} built from evidence ({@link Observation}s) rather than a script of events: it
 * answers with its certainty (see {@link EvidenceIndex} for the rules). Its memberships are the
 * spans the evidence proves: {@link Membership#until()} is the day after the last sighting, not a
 * departure. {@link #admit}, {@link #changeTier} and {@link #leave} add exact evidence (a dated
 * admission or departure). The index is built once per roster, on first use, in O(n log n).
 *
 * <p>Immutable and thread-safe.
 */
@JsonPropertyOrder({"foundation", "observations", "boardYears", "presumptions", "reportedCounts"})
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(
    using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
final class EvidenceRoster implements Roster {
  private final Foundation foundation;
  private final ImmutableList<Observation> observations;
  private final ImmutableList<BoardYear> boardYears;
  private final ImmutableList<RosterEvent> events;
  private final ImmutableList<Presumption> presumptions;
  private final ImmutableList<ReportedCount> reportedCounts;
  private final Supplier<EvidenceIndex> index;

  EvidenceRoster(
      Foundation foundation,
      List<Observation> observations,
      List<BoardYear> boardYears,
      List<RosterEvent> events) {
    this(foundation, observations, boardYears, events, List.of(), List.of());
  }

  EvidenceRoster(
      Foundation foundation,
      List<Observation> observations,
      List<BoardYear> boardYears,
      List<RosterEvent> events,
      List<Presumption> presumptions,
      List<ReportedCount> reportedCounts) {
    this.foundation = Objects.requireNonNull(foundation, "foundation");
    this.observations = ImmutableList.copyOf(observations);
    this.boardYears = ImmutableList.copyOf(boardYears);
    this.events = ImmutableList.copyOf(events);
    // Evidence in a tier the foundation never had would be counted in no rule set's tiers,
    // silently.
    for (int i = 0; i < this.observations.size(); i++) {
      Observation observation = this.observations.get(i);
      if (!foundation.tiers().contains(observation.tier())) {
        throw new InvalidDataException(
            "observations[" + i + "]",
            "Observation of '"
                + observation.organization().id()
                + "' on "
                + observation.date()
                + " is in tier '"
                + observation.tier().id()
                + "', which is not one of "
                + foundation.id()
                + "'s tiers ("
                + foundation.tiers().stream()
                    .map(Tier::id)
                    .collect(java.util.stream.Collectors.joining(", "))
                + ")",
            null);
      }
    }
    this.presumptions = ImmutableList.copyOf(presumptions);
    this.reportedCounts = ImmutableList.copyOf(reportedCounts);
    java.util.Set<Tier> seen = new java.util.HashSet<>();
    for (Presumption presumption : this.presumptions) {
      InvalidDataException.check(
          foundation.tiers().contains(presumption.tier()),
          "presumption for tier '%s': the foundation '%s' has no such tier",
          presumption.tier().id(),
          foundation.id());
      InvalidDataException.check(
          seen.add(presumption.tier()),
          "presumption for tier '%s' is given twice",
          presumption.tier().id());
    }
    this.index =
        Suppliers.memoize(
            () ->
                new EvidenceIndex(
                    this.observations, tier -> presumptionFor(tier).map(Presumption::maxAge)));
  }

  @JsonCreator
  static EvidenceRoster fromJson(
      @JsonProperty(value = "foundation", required = true) Foundation foundation,
      @JsonProperty(value = "observations", required = true) List<Observation> observations,
      @JsonProperty("boardYears") List<BoardYear> boardYears,
      @JsonProperty("presumptions") List<Presumption> presumptions,
      @JsonProperty("reportedCounts") List<ReportedCount> reportedCounts) {
    return new EvidenceRoster(
        foundation,
        observations,
        boardYears == null ? List.of() : boardYears,
        List.of(),
        presumptions == null ? List.of() : presumptions,
        reportedCounts == null ? List.of() : reportedCounts);
  }

  /**
   * {@return member counts sources state without naming every member; they can contradict a
   * presumption}
   */
  @JsonProperty
  ImmutableList<ReportedCount> reportedCounts() {
    return reportedCounts;
  }

  /**
   * {@return how long after a sighting each tier's members are presumed to stay (none: nobody is
   * presumed)}
   */
  @JsonProperty
  ImmutableList<Presumption> presumptions() {
    return presumptions;
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
    return new EvidenceRoster(
        foundation, next, boardYears, nextEvents, presumptions, reportedCounts);
  }

  @Override
  public Roster admit(Organization org, Tier tier, LocalDate from, Source source) {
    java.util.Objects.requireNonNull(org, "org");
    java.util.Objects.requireNonNull(tier, "tier");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(source, "source");
    rulesOrInvalid(foundation.ruleSetOn(from), tier);
    knownTierOf(org.id(), from)
        .ifPresent(
            held -> {
              throw new InvalidDataException(
                  "'"
                      + org.id()
                      + "' is already known to hold "
                      + held.name()
                      + " on "
                      + from
                      + " and cannot also join "
                      + tier.name()
                      + "; change its tier instead");
            });
    rulesOrInvalid(foundation.ruleSetOn(from), tier)
        .memberLimit()
        .ifPresent(
            limit -> {
              long count =
                  index.get().runsOn(from).stream().filter(r -> r.tier().equals(tier)).count();
              if (count >= limit.max()) {
                throw new TierFullException(
                    "Cannot admit '"
                        + org.id()
                        + "' to "
                        + tier.name()
                        + " on "
                        + from
                        + ": "
                        + tier.name()
                        + " has "
                        + count
                        + " known members and the limit is "
                        + limit.max()
                        + " (source: "
                        + limit.source().title()
                        + ", "
                        + limit.source().document()
                        + ")");
              }
            });
    return with(
        Admission.of(org, tier, from, source),
        Observation.builder()
            .organization(org)
            .tier(tier)
            .kind(Observation.Kind.JOINED)
            .date(from)
            .source(source)
            .build());
  }

  @Override
  public Roster changeTier(String organizationId, Tier tier, LocalDate from, Source source) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    java.util.Objects.requireNonNull(tier, "tier");
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(source, "source");
    Membership held = lastKnown(organizationId, from, "change tier");
    InvalidDataException.check(
        !held.tier().equals(tier),
        "'%s' already holds %s on %s",
        organizationId,
        tier.name(),
        from);
    Organization org = held.organization();
    return with(
        TierChange.of(organizationId, tier, from, source),
        Observation.builder()
            .organization(org)
            .tier(held.tier())
            .kind(Observation.Kind.LEFT)
            .date(from)
            .source(source)
            .build(),
        Observation.builder()
            .organization(org)
            .tier(tier)
            .kind(Observation.Kind.JOINED)
            .date(from)
            .source(source)
            .build());
  }

  @Override
  public Roster leave(String organizationId, LocalDate on, Source source) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    java.util.Objects.requireNonNull(on, "on");
    java.util.Objects.requireNonNull(source, "source");
    Membership held = lastKnown(organizationId, on, "leave");
    return with(
        Departure.of(organizationId, on, source),
        Observation.builder()
            .organization(held.organization())
            .tier(held.tier())
            .kind(Observation.Kind.LEFT)
            .date(on)
            .source(source)
            .build());
  }

  /** The latest membership the evidence shows before a change on a date. */
  private Membership lastKnown(String organizationId, LocalDate date, String action) {
    return index.get().runsOf(organizationId).stream()
        .filter(run -> run.first().date().isBefore(date))
        .max(Comparator.comparing((EvidenceIndex.Run run) -> run.last().date()))
        .map(EvidenceRoster::membership)
        .orElseThrow(
            () ->
                new InvalidDataException(
                    "'"
                        + organizationId
                        + "' is not seen as a member before "
                        + date
                        + ", so it cannot "
                        + action));
  }

  private static Membership membership(EvidenceIndex.Run run) {
    return ImmutableMembership.builder()
        .organization(run.organization())
        .tier(run.tier())
        .from(run.first().date())
        .until(run.end())
        .source(run.first().source())
        .build();
  }

  @Override
  public ImmutableList<Membership> membersOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return index.get().runsOn(date).stream()
        .map(EvidenceRoster::membership)
        .sorted(
            Comparator.comparingInt((Membership m) -> tierOrder(m.tier()))
                .thenComparing(m -> m.organization().name()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public RosterAnswer answerOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    EvidenceIndex evidence = index.get();
    ImmutableList<Membership> known = membersOn(date);
    ImmutableList.Builder<Standing> standings = ImmutableList.builder();
    for (EvidenceIndex.Run run :
        evidence.runsOn(date).stream()
            .sorted(
                Comparator.comparingInt((EvidenceIndex.Run r) -> tierOrder(r.tier()))
                    .thenComparing(r -> r.organization().name()))
            .toList()) {
      standings.add(knownStanding(run, date));
    }
    List<EvidenceIndex.Run> previous = evidence.lastSeenOn(date);
    ImmutableList<LastSeen> lastSeen =
        previous.stream()
            .map(
                run ->
                    ImmutableLastSeen.builder()
                        .organization(run.organization())
                        .tier(run.tier())
                        .date(run.last().date())
                        .source(run.last().source())
                        .build())
            .collect(ImmutableList.toImmutableList());
    Map<StatedCount, Boolean> contradicted = new java.util.HashMap<>();
    List<Standing> earlier =
        previous.stream().map(run -> earlierStanding(run, date, contradicted)).toList();
    standings.addAll(earlier);
    ImmutableList.Builder<TierCompleteness> completeness = ImmutableList.builder();
    for (Tier tier : foundation.tiers()) {
      boolean everSeen =
          evidence.runs().stream()
              .anyMatch(r -> r.tier().equals(tier) && !r.first().date().isAfter(date));
      if (!everSeen) {
        continue;
      }
      int knownCount = (int) known.stream().filter(m -> m.tier().equals(tier)).count();
      int presumed =
          (int)
              earlier.stream()
                  .filter(s -> s.tier().equals(tier) && s.certainty() == Certainty.PRESUMED)
                  .count();
      int unknown =
          (int)
              earlier.stream()
                  .filter(s -> s.tier().equals(tier) && s.certainty() == Certainty.UNKNOWN)
                  .count();
      java.util.TreeSet<LocalDate> lists = evidence.completeLists(tier);
      TierCompleteness.Status status =
          lists.contains(date)
              ? TierCompleteness.Status.COMPLETE
              : unknown + presumed == 0
                  ? TierCompleteness.Status.NO_UNKNOWNS
                  : TierCompleteness.Status.UNKNOWNS;
      completeness.add(
          ImmutableTierCompleteness.builder()
              .tier(tier)
              .status(status)
              .known(knownCount)
              .presumed(presumed)
              .unknown(unknown)
              .completeListBefore(Optional.ofNullable(lists.floor(date)))
              .completeListAfter(Optional.ofNullable(lists.ceiling(date)))
              .build());
    }
    ImmutableList<Standing> all = standings.build();
    return ImmutableRosterAnswer.builder()
        .date(date)
        .known(known)
        .lastSeen(lastSeen)
        .standings(all)
        .completeness(completeness.build())
        .presumptions(presumptions)
        .disagreements(disagreements(date, all))
        .build();
  }

  /**
   * Where a count a source states for a tier, at most a year before the date, differs from the
   * members the roster knows or presumes on the date: both, with the source, so the reader sees the
   * gap rather than a silent answer.
   */
  private ImmutableList<String> disagreements(LocalDate date, List<Standing> standings) {
    ImmutableList.Builder<String> found = ImmutableList.builder();
    for (Tier tier : foundation.tiers()) {
      Optional<StatedCount> latest =
          statedCounts(tier).stream()
              .filter(c -> !c.date().isAfter(date) && !c.date().plusYears(1).isBefore(date))
              .reduce((a, b) -> b);
      if (latest.isEmpty()) {
        continue;
      }
      long roster =
          standings.stream()
              .filter(s -> s.tier().equals(tier) && s.certainty() != Certainty.UNKNOWN)
              .count();
      StatedCount count = latest.get();
      if (roster != count.count()) {
        found.add(
            tier.name()
                + ": "
                + count.count()
                + " members on "
                + count.date()
                + " by "
                + count.source().title()
                + " ("
                + count.source().document()
                + "); the roster knows or presumes "
                + roster
                + " on "
                + date
                + (roster < count.count()
                    ? ", so " + (count.count() - roster) + " no source read names or dates"
                    : ", so some it presumes had left, or joined after the count"));
      }
    }
    return found.build();
  }

  private static Standing knownStanding(EvidenceIndex.Run run, LocalDate date) {
    ImmutableStanding.Builder standing =
        ImmutableStanding.builder()
            .organization(run.organization())
            .tier(run.tier())
            .certainty(Certainty.KNOWN)
            .source(run.first().source());
    if (!date.isAfter(run.last().date())) {
      standing.reason(
          run.first().date().equals(run.last().date())
              ? "seen in "
                  + run.tier().name()
                  + " on "
                  + run.first().date()
                  + " ("
                  + run.first().source().title()
                  + ")"
              : "seen in "
                  + run.tier().name()
                  + " on "
                  + run.first().date()
                  + " and on "
                  + run.last().date()
                  + ", nothing contrary between");
    } else {
      Observation moved = run.movedTo().orElseThrow();
      standing
          .lastSighting(run.last().date())
          .age(java.time.Period.between(run.last().date(), date))
          .source(run.last().source())
          .reason(
              "a member throughout: last seen in "
                  + run.tier().name()
                  + " on "
                  + run.last().date()
                  + ", next seen in "
                  + moved.tier().name()
                  + " on "
                  + moved.date()
                  + " ("
                  + moved.source().title()
                  + ")")
          .tierChange(
              moved.kind() == Observation.Kind.JOINED
                  ? "moved to " + moved.tier().name() + " on " + moved.date()
                  : "moved to "
                      + moved.tier().name()
                      + " on an unknown day between "
                      + run.last().date()
                      + " and "
                      + moved.date());
    }
    return standing.build();
  }

  private Standing earlierStanding(
      EvidenceIndex.Run run, LocalDate date, Map<StatedCount, Boolean> contradicted) {
    LocalDate last = run.last().date();
    java.time.Period age = java.time.Period.between(last, date);
    Optional<Presumption> presumption = presumptionFor(run.tier());
    boolean young = presumption.map(p -> !last.plus(p.maxAge()).isBefore(date)).orElse(false);
    Optional<LocalDate> page = index.get().boardPageBetween(run.tier(), last, date);
    Optional<StatedCount> against =
        young && page.isEmpty()
            ? statedCounts(run.tier()).stream()
                .filter(c -> c.date().isAfter(last) && !c.date().isAfter(date))
                .filter(c -> contradicted.computeIfAbsent(c, this::leavesNoRoom))
                .reduce((a, b) -> b)
            : Optional.empty();
    boolean presumed = young && page.isEmpty() && against.isEmpty();
    String reason =
        presumption
            .map(
                p ->
                    (presumed ? "presumed: " : "unknown: ")
                        + "last seen in "
                        + run.tier().name()
                        + " on "
                        + last
                        + ", "
                        + age
                        + " before, nothing contrary since; "
                        + run.tier().name()
                        + " members are presumed for "
                        + p.maxAge()
                        + " after a sighting ("
                        + p.reason()
                        + ")")
            .orElse(
                "unknown: last seen in "
                    + run.tier().name()
                    + " on "
                    + last
                    + ", "
                    + age
                    + " before; the roster presumes nothing for "
                    + run.tier().name());
    if (young && page.isPresent()) {
      reason =
          "unknown: last seen in "
              + run.tier().name()
              + " on "
              + last
              + ", "
              + age
              + " before; the board page of "
              + page.get()
              + " lists the "
              + run.tier().name()
              + " directors without it (not proof it left: vacancies and"
              + " stale pages happen, but no longer a presumption)";
    }
    if (against.isPresent()) {
      StatedCount count = against.get();
      reason =
          "unknown: last seen in "
              + run.tier().name()
              + " on "
              + last
              + ", "
              + age
              + " before; contradicted by "
              + count.count()
              + " "
              + run.tier().name()
              + " members on "
              + count.date()
              + " ("
              + count.source().title()
              + "), a count the members known or presumed that day fill or overflow, so which of them stayed is not known";
    }
    return ImmutableStanding.builder()
        .organization(run.organization())
        .tier(run.tier())
        .certainty(presumed ? Certainty.PRESUMED : Certainty.UNKNOWN)
        .lastSighting(last)
        .age(age)
        .source(run.last().source())
        .reason(reason)
        .build();
  }

  /**
   * A member count a source states for a tier on a day: a reported count, or a board year's
   * Director Limit.
   */
  record StatedCount(LocalDate date, Tier tier, int count, Source source) {}

  /**
   * The counts sources state per tier: the reported counts, and for a tier whose members each
   * appoint a director, each board year's stated seats for that class as its member count on the
   * day its source states it (the Director Limit the rules define as the number of such members),
   * dated by its source (else January 1).
   */
  private List<StatedCount> statedCounts(Tier tier) {
    List<StatedCount> counts = new ArrayList<>();
    for (ReportedCount reported : reportedCounts) {
      if (reported.tier().equals(tier)) {
        counts.add(new StatedCount(reported.date(), tier, reported.count(), reported.source()));
      }
    }
    if (appointingTiers().contains(tier)) {
      for (BoardYear year : boardYears) {
        if (!year.superseded()
            && year.basis() == BoardYear.Basis.STATED
            && year.year() > firstBoardYear()
            && year.gold().isPresent()
            && year.source().isPresent()) {
          // The seats were stated on the source's day: the Director Limit, the Platinum members,
          // then.
          counts.add(
              new StatedCount(
                  year.source().get().date().orElse(LocalDate.of(year.year(), 1, 1)),
                  tier,
                  year.gold().get(),
                  year.source().get()));
        }
      }
    }
    counts.sort(Comparator.comparing(StatedCount::date));
    return counts;
  }

  private int firstBoardYear() {
    return boardYears.stream().mapToInt(BoardYear::year).min().orElse(Integer.MAX_VALUE);
  }

  /**
   * Whether a stated count leaves no room for the presumptions of that day: the members known that
   * day fill it, or the known and presumed together are more than it (which presumed member stayed
   * is then not known).
   */
  private boolean leavesNoRoom(StatedCount count) {
    EvidenceIndex evidence = index.get();
    long known =
        evidence.runsOn(count.date()).stream().filter(r -> r.tier().equals(count.tier())).count();
    long presumed =
        evidence.lastSeenOn(count.date()).stream()
            .filter(r -> r.tier().equals(count.tier()))
            .filter(
                r ->
                    presumptionFor(r.tier())
                        .map(p -> !r.last().date().plus(p.maxAge()).isBefore(count.date()))
                        .orElse(false))
            .filter(
                r -> evidence.boardPageBetween(r.tier(), r.last().date(), count.date()).isEmpty())
            .count();
    return presumed > 0 && (known >= count.count() || known + presumed > count.count());
  }

  private List<Tier> appointingTiers() {
    return foundation.tiers().stream()
        .filter(
            t ->
                foundation.ruleSets().stream()
                    .anyMatch(
                        rs ->
                            rs.findRules(t)
                                .map(r -> r.board() == BoardSeats.ONE_PER_MEMBER)
                                .orElse(false)))
        .toList();
  }

  private Optional<Presumption> presumptionFor(Tier tier) {
    return presumptions.stream().filter(p -> p.tier().equals(tier)).findFirst();
  }

  @Override
  public ImmutableMap<Tier, Integer> countsOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    Map<Tier, Integer> counts = new LinkedHashMap<>();
    foundation
        .findRuleSetOn(date)
        .ifPresent(ruleSet -> ruleSet.tiers().forEach(rule -> counts.put(rule.tier(), 0)));
    for (Membership membership : membersOn(date)) {
      counts.merge(membership.tier(), 1, Integer::sum);
    }
    return ImmutableMap.copyOf(counts);
  }

  @Override
  public Optional<Tier> tierOf(String organizationId, LocalDate date) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    java.util.Objects.requireNonNull(date, "date");
    Optional<Tier> known = knownTierOf(organizationId, date);
    if (known.isPresent()) {
      return known;
    }
    return index.get().runsOf(organizationId).stream()
        .filter(run -> !run.end().isAfter(date))
        .max(Comparator.comparing((EvidenceIndex.Run run) -> run.last().date()))
        .filter(run -> run.goneBy().map(gone -> gone.isAfter(date)).orElse(true))
        .filter(
            run ->
                presumptionFor(run.tier())
                    .map(p -> !run.last().date().plus(p.maxAge()).isBefore(date))
                    .orElse(false))
        .filter(
            run ->
                answerOn(date)
                    .findStanding(organizationId)
                    .map(s -> s.certainty() == Certainty.PRESUMED)
                    .orElse(false))
        .map(EvidenceIndex.Run::tier);
  }

  private Optional<Tier> knownTierOf(String organizationId, LocalDate date) {
    return index.get().runsOf(organizationId).stream()
        .filter(run -> run.contains(date))
        .map(EvidenceIndex.Run::tier)
        .findFirst();
  }

  @Override
  public ImmutableList<Membership> historyOf(String organizationId) {
    java.util.Objects.requireNonNull(organizationId, "organizationId");
    return index.get().runsOf(organizationId).stream()
        .map(EvidenceRoster::membership)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Membership> memberships() {
    return index.get().runs().stream()
        .sorted(Comparator.comparing((EvidenceIndex.Run r) -> r.first().date()))
        .map(EvidenceRoster::membership)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Seats computed from the roster's members and the rules in force: each member of a tier whose
   * members appoint a director (Platinum) appoints one, counted among the members known or presumed
   * on the date; each electing class (Gold, Individual: the tiers whose rule is {@link
   * BoardSeats#EQUAL_TO_APPOINTED}) elects the Director Limit in force on January 1 of the year,
   * the appointing members known or presumed that day (in the foundation's first year, which has no
   * January 1 under its rules, the limit on the date). Where the roster cannot settle a count (a
   * member of unknown status, none known) or a board year's stated count disagrees with the
   * Director Limit it gives, the stated count is used and the basis says so, naming both.
   */
  @Override
  public BoardComposition boardOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    RuleSet inForce = foundation.ruleSetOn(date);
    // A rule set that states no board rules (the OpenInfra rule sets of early 2021 give only fees
    // confirmed for their span) leaves the bylaws' board rules standing: use the latest earlier one
    // that states them.
    RuleSet ruleSet =
        inForce.tiers().stream().anyMatch(r -> r.board() == BoardSeats.ONE_PER_MEMBER)
            ? inForce
            : foundation.ruleSets().stream()
                .filter(rs -> !rs.effectiveFrom().isAfter(date))
                .filter(
                    rs -> rs.tiers().stream().anyMatch(r -> r.board() == BoardSeats.ONE_PER_MEMBER))
                .max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElse(inForce);
    List<Tier> appointing =
        ruleSet.tiers().stream()
            .filter(r -> r.board() == BoardSeats.ONE_PER_MEMBER)
            .map(TierRule::tier)
            .toList();
    Optional<BoardYear> year =
        boardYears.stream().filter(y -> y.year() == date.getYear() && !y.superseded()).findFirst();
    List<Source> sources = year.flatMap(BoardYear::source).stream().toList();
    LocalDate january = LocalDate.of(date.getYear(), 1, 1);
    LocalDate limitDay = foundation.findRuleSetOn(january).isPresent() ? january : date;
    Optional<Integer> appointedNow = determined(appointing, date).filter(n -> n > 0);
    Optional<Integer> limitFromRoster = determined(appointing, limitDay).filter(n -> n > 0);
    Optional<Integer> statedAppointed = year.flatMap(BoardYear::platinum);
    Optional<Integer> statedLimit =
        year.flatMap(BoardYear::gold).or(() -> year.flatMap(BoardYear::individual));
    String classes =
        appointing.stream().map(Tier::name).collect(java.util.stream.Collectors.joining(", "));
    Optional<Integer> appointed;
    String appointedBasis;
    boolean departureKnown =
        observations.stream()
            .anyMatch(
                o ->
                    appointing.contains(o.tier())
                        && (o.kind() == Observation.Kind.LEFT
                            || o.scope() == Observation.Scope.COMPLETE_LIST)
                        && !o.date().isBefore(january)
                        && !o.date().isAfter(date));
    if (appointedNow.isPresent()
        && statedAppointed.filter(n -> n > appointedNow.get()).isPresent()
        && !departureKnown) {
      appointed = statedAppointed;
      appointedBasis =
          classes
              + ": the "
              + date.getYear()
              + " board's stated count (source); the roster names "
              + appointedNow.get()
              + " members known or presumed on "
              + date
              + " and no departure since January 1, so "
              + (statedAppointed.get() - appointedNow.get())
              + " member(s) no source read names";
    } else if (appointedNow.isPresent()) {
      appointed = appointedNow;
      appointedBasis =
          classes + ": one director per member known or presumed on " + date + " (roster)";
    } else {
      appointed = statedAppointed;
      appointedBasis =
          classes
              + ": the "
              + date.getYear()
              + " board's stated count (source), the roster cannot settle"
              + " the members on "
              + date;
    }
    Optional<Integer> limit;
    String limitBasis;
    String limitWhen =
        limitDay.equals(january)
            ? "January 1, " + date.getYear()
            : date + " (the foundation's first year)";
    if (limitFromRoster.isPresent()
        && statedLimit.map(limitFromRoster.get()::equals).orElse(true)) {
      limit = limitFromRoster;
      limitBasis =
          "elected classes: the Director Limit, the "
              + classes
              + " members known or presumed on "
              + limitWhen
              + " (roster"
              + (statedLimit.isPresent() ? ", as the source states)" : ")");
    } else if (statedLimit.isPresent()) {
      limit = statedLimit;
      limitBasis =
          "elected classes: the "
              + date.getYear()
              + " board's stated count (source); the roster gives "
              + limitFromRoster
                  .map(n -> n + " on " + limitWhen)
                  .orElse(
                      "no count on " + limitWhen + " (members of unknown status, or none known)");
    } else {
      limit = Optional.empty();
      limitBasis = "";
    }
    if (appointing.isEmpty() || appointed.isEmpty() || limit.isEmpty()) {
      return BoardCompositions.get()
          .notKnown(
              date,
              inForce,
              "not known: "
                  + year.map(
                          y ->
                              "the sources give no seat count for the "
                                  + y.year()
                                  + " board ("
                                  + y.note()
                                      .orElse(y.basis().name().toLowerCase(java.util.Locale.ROOT))
                                  + ")")
                      .orElse("no source gives the seats for " + date.getYear())
                  + ", and the roster does not settle the "
                  + classes
                  + " members on "
                  + (appointed.isEmpty() ? date.toString() : limitWhen)
                  + " (members of unknown status, or none known)",
              sources);
    }
    Map<String, Integer> seats = new LinkedHashMap<>();
    for (TierRule rule : ruleSet.tiers()) {
      switch (rule.board()) {
        case ONE_PER_MEMBER ->
            seats.put(
                rule.tier().id(),
                appointing.size() == 1
                    ? appointed.get()
                    : (int)
                        answerOn(date).standings().stream()
                            .filter(
                                s ->
                                    s.tier().equals(rule.tier())
                                        && s.certainty() != Certainty.UNKNOWN)
                            .count());
        case EQUAL_TO_APPOINTED -> seats.put(rule.tier().id(), limit.get());
        case FIXED -> seats.put(rule.tier().id(), rule.electedDirectors().orElseThrow());
        default -> {}
      }
    }
    return BoardCompositions.get()
        .known(
            date,
            inForce,
            ImmutableMap.copyOf(seats),
            Optional.of(
                appointedBasis
                    + "; "
                    + limitBasis
                    + (ruleSet == inForce
                        ? ""
                        : "; board rules of "
                            + ruleSet.name()
                            + ", the rule set in force states none")),
            sources);
  }

  private Optional<Integer> determined(List<Tier> tiers, LocalDate date) {
    if (tiers.isEmpty()) {
      return Optional.empty();
    }
    RosterAnswer answer = answerOn(date);
    boolean open =
        answer.standings().stream()
            .anyMatch(s -> tiers.contains(s.tier()) && s.certainty() == Certainty.UNKNOWN);
    return open
        ? Optional.empty()
        : Optional.of(
            (int) answer.standings().stream().filter(s -> tiers.contains(s.tier())).count());
  }

  private int tierOrder(Tier tier) {
    int index = foundation.tiers().indexOf(tier);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceRoster that
        && that.foundation.equals(foundation)
        && that.observations.equals(observations)
        && that.boardYears.equals(boardYears)
        && that.presumptions.equals(presumptions)
        && that.reportedCounts.equals(reportedCounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(foundation, observations, boardYears, presumptions, reportedCounts);
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
    return ruleSet
        .findRules(tier)
        .orElseThrow(
            () ->
                new dev.stackholder.membership.TierNotInForceException(
                    tier.id(),
                    ruleSet.id(),
                    "Tier '"
                        + tier.id()
                        + "' is not in rule set '"
                        + ruleSet.id()
                        + "', expected one of "
                        + ruleSet.tiers().stream()
                            .map(rule -> rule.tier().id())
                            .collect(java.util.stream.Collectors.joining(", "))));
  }
}
