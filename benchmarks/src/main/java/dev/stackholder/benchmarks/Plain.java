package dev.stackholder.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written side of the benchmarks: plain Java records with the same JSON shape as the
 * library's types, read and written by a plain Jackson mapper, and a plain replay of roster events
 * over hash maps. This is the code a user could write without Stackholder, so it is what the
 * library's cost is measured against. It checks what the library checks on a roster (event order,
 * membership, tier limits) but keeps no provenance helpers, explanations or immutable collections.
 *
 * <p>Not thread-safe where it holds state (the replay); the mapper is thread-safe.
 */
final class Plain {
  /** A plain mapper with the library's JSON conventions: ISO dates, absent fields left out. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private Plain() {}

  record Source(String document, String title, LocalDate date, String quote, String note) {}

  record Organization(String id, String name, String country, String sector) {}

  record Tier(String id, String name) {}

  record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Flat.class, name = "flat"),
    @JsonSubTypes.Type(value = Free.class, name = "free"),
    @JsonSubTypes.Type(value = PercentOfRevenue.class, name = "percent-of-revenue")
  })
  sealed interface Dues permits Flat, Free, PercentOfRevenue {}

  record Flat(Money amount) implements Dues {}

  record Free(String note) implements Dues {}

  record PercentOfRevenue(BigDecimal percent, Money minimum, Money maximum) implements Dues {}

  record MemberLimit(int max, Source source) {}

  record AffiliationLimit(int maxDirectorsPerCompany, Source source) {}

  record TierRule(
      Tier tier,
      Dues dues,
      Integer commitmentYears,
      MemberLimit memberLimit,
      String board,
      List<Source> sources,
      String note,
      Boolean unverified) {}

  record RuleSet(
      String id,
      String name,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      String currency,
      String rounding,
      String proration,
      String note,
      List<Source> sources,
      AffiliationLimit affiliationLimit,
      List<TierRule> tiers) {

    boolean inForceOn(LocalDate date) {
      return !date.isBefore(effectiveFrom)
          && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }

    TierRule rule(String tierId) {
      for (TierRule rule : tiers) {
        if (rule.tier().id().equals(tierId)) {
          return rule;
        }
      }
      throw new IllegalArgumentException("Tier " + tierId + " is not in rule set " + id);
    }
  }

  record Foundation(
      String id,
      String name,
      String note,
      List<Source> sources,
      List<Tier> tiers,
      List<RuleSet> ruleSets) {

    RuleSet ruleSetOn(LocalDate date) {
      for (RuleSet ruleSet : ruleSets) {
        if (ruleSet.inForceOn(date)) {
          return ruleSet;
        }
      }
      throw new IllegalArgumentException("No rule set in force on " + date);
    }
  }

  /** One roster event; {@code type} is admit, change-tier or leave, as in the library's JSON. */
  record Event(
      String type,
      LocalDate date,
      Organization organization,
      String organizationId,
      Tier tier,
      Source source) {
    String orgId() {
      return organization != null ? organization.id() : organizationId;
    }
  }

  /** A roster document, {@code {"foundation": {...}, "events": [...]}}. */
  record RosterDocument(Foundation foundation, List<Event> events) {}

  record ReportedCount(Tier tier, LocalDate date, int count, Source source) {}

  /** The built-in membership history's shape. */
  record History(String note, List<Event> events, List<ReportedCount> reportedCounts) {}

  record Membership(
      Organization organization, Tier tier, LocalDate from, LocalDate until, Source source) {
    boolean activeOn(LocalDate date) {
      return !date.isBefore(from) && (until == null || date.isBefore(until));
    }
  }

  /**
   * Replays events in order under the foundation's rules: dates never go back, only members change
   * tier or leave, a tier at its limit admits no one. Returns the memberships in the order they
   * started.
   */
  static List<Membership> replay(Foundation foundation, List<Event> events) {
    List<Open> all = new ArrayList<>(events.size());
    Map<String, Open> current = new HashMap<>();
    Map<String, Organization> organizations = new HashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    LocalDate last = LocalDate.MIN;
    for (Event event : events) {
      LocalDate date = event.date();
      if (date.isBefore(last)) {
        throw new IllegalArgumentException("Event on " + date + " after one on " + last);
      }
      last = date;
      String id = event.orgId();
      Open open = current.get(id);
      if (event.type().equals("admit")) {
        if (open != null) {
          throw new IllegalArgumentException(id + " is already a member");
        }
        organizations.put(id, event.organization());
        Open started = start(foundation, counts, event.organization(), event.tier(), event, all);
        current.put(id, started);
      } else {
        if (open == null) {
          throw new IllegalArgumentException(id + " is not a member on " + date);
        }
        open.until = date;
        counts.get(open.tier.id())[0]--;
        current.remove(id);
        if (event.type().equals("change-tier")) {
          if (open.tier.id().equals(event.tier().id())) {
            throw new IllegalArgumentException(id + " already holds " + event.tier().id());
          }
          current.put(
              id, start(foundation, counts, organizations.get(id), event.tier(), event, all));
        }
      }
    }
    List<Membership> memberships = new ArrayList<>(all.size());
    for (Open open : all) {
      memberships.add(
          new Membership(open.organization, open.tier, open.from, open.until, open.source));
    }
    return memberships;
  }

  private static Open start(
      Foundation foundation,
      Map<String, int[]> counts,
      Organization organization,
      Tier tier,
      Event event,
      List<Open> all) {
    TierRule rule = foundation.ruleSetOn(event.date()).rule(tier.id());
    int[] count = counts.computeIfAbsent(tier.id(), key -> new int[1]);
    if (rule.memberLimit() != null && count[0] >= rule.memberLimit().max()) {
      throw new IllegalArgumentException(tier.id() + " is full on " + event.date());
    }
    count[0]++;
    Open open = new Open(organization, tier, event.date(), event.source());
    all.add(open);
    return open;
  }

  private static final class Open {
    final Organization organization;
    final Tier tier;
    final LocalDate from;
    final Source source;
    LocalDate until;

    Open(Organization organization, Tier tier, LocalDate from, Source source) {
      this.organization = organization;
      this.tier = tier;
      this.from = from;
      this.source = source;
    }
  }
}
