package dev.stackholder.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.Foundation;
import dev.stackholder.membership.OpenStackFoundation;
import dev.stackholder.membership.roster.Admission;
import dev.stackholder.membership.roster.Departure;
import dev.stackholder.membership.roster.Membership;
import dev.stackholder.membership.roster.MembershipHistory;
import dev.stackholder.membership.roster.Roster;
import dev.stackholder.membership.roster.RosterEvent;
import dev.stackholder.membership.roster.TierChange;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Generated roster data for the benchmarks, as JSON documents: the one place that knows the
 * roster's JSON shape ({@code {"foundation": {...}, "events": [...]}}), so a change of format is
 * adapted here only. The documents are written by the plain mapper, so generating 100,000 members
 * does not depend on how fast the library replays them.
 *
 * <p>The members are invented (ids {@code member-N}, fixed seed) and their source says so; they
 * obey the OpenStack Foundation's 2012 bylaws rule set (8 Platinum and 24 Gold founding members,
 * the others Corporate Sponsor, Startup Sponsor or Supporting Organization, one in ten changing
 * tier and one in ten leaving), dated between 2012-08-28 and 2020-12-31 while that rule set is in
 * force.
 */
final class RosterFixtures {
  static final LocalDate FIRST_DAY = LocalDate.of(2012, 8, 28);
  static final Plain.Source SOURCE =
      new Plain.Source(
          "stackholder-benchmarks",
          "Generated members for benchmarks (not real organizations)",
          null,
          null,
          null);
  private static final Plain.Tier PLATINUM = new Plain.Tier("platinum", "Platinum");
  private static final Plain.Tier GOLD = new Plain.Tier("gold", "Gold");
  private static final Plain.Tier[] OPEN_TIERS = {
    new Plain.Tier("corporate-sponsor", "Corporate Sponsor"),
    new Plain.Tier("startup-sponsor", "Startup Sponsor"),
    new Plain.Tier("supporting-organization", "Supporting Organization")
  };

  private RosterFixtures() {}

  /** The events of a roster of {@code members} organizations, in date order. */
  static List<Plain.Event> events(int members) {
    Random random = new Random(20120828L);
    List<Dated> dated = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      Plain.Organization org = new Plain.Organization("member-" + i, "Member " + i, null, null);
      if (i < 32) {
        dated.add(
            new Dated(
                0,
                dated.size(),
                new Plain.Event("admit", FIRST_DAY, org, null, i < 8 ? PLATINUM : GOLD, SOURCE)));
        continue;
      }
      int tier = random.nextInt(OPEN_TIERS.length);
      int day = random.nextInt(2000);
      dated.add(
          new Dated(
              day,
              dated.size(),
              new Plain.Event(
                  "admit", FIRST_DAY.plusDays(day), org, null, OPEN_TIERS[tier], SOURCE)));
      if (random.nextInt(10) == 0) {
        day += 1 + random.nextInt(500);
        tier = (tier + 1 + random.nextInt(OPEN_TIERS.length - 1)) % OPEN_TIERS.length;
        dated.add(
            new Dated(
                day,
                dated.size(),
                new Plain.Event(
                    "change-tier",
                    FIRST_DAY.plusDays(day),
                    null,
                    org.id(),
                    OPEN_TIERS[tier],
                    SOURCE)));
      }
      if (random.nextInt(10) == 0) {
        day += 1 + random.nextInt(500);
        dated.add(
            new Dated(
                day,
                dated.size(),
                new Plain.Event("leave", FIRST_DAY.plusDays(day), null, org.id(), null, SOURCE)));
      }
    }
    dated.sort(Comparator.comparingInt(Dated::day).thenComparingInt(Dated::order));
    List<Plain.Event> events = new ArrayList<>(dated.size());
    dated.forEach(d -> events.add(d.event()));
    return events;
  }

  /** A roster document of the built-in foundation (as the library writes it) and these events. */
  static String rosterJson(List<Plain.Event> events) {
    try {
      return "{\"foundation\":"
          + StackholderJson.write(OpenStackFoundation.foundation())
          + ",\"events\":"
          + Plain.MAPPER.writeValueAsString(events)
          + "}";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What {@code count} memberships look like in JSON: a list of {@code {"organization", "tier",
   * "from", "until"?, "source"}} objects, one in three ended.
   */
  static String membershipsJson(int count) {
    Random random = new Random(20161117L);
    List<Plain.Membership> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate from = FIRST_DAY.plusDays(random.nextInt(3000));
      LocalDate until = random.nextInt(3) == 0 ? from.plusDays(1 + random.nextInt(1000)) : null;
      list.add(
          new Plain.Membership(
              new Plain.Organization("member-" + i, "Member " + i, null, null),
              OPEN_TIERS[random.nextInt(OPEN_TIERS.length)],
              from,
              until,
              SOURCE));
    }
    try {
      return Plain.MAPPER.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same events as library events, made through the public API ({@code Admission.of}, {@code
   * TierChange.of}, {@code Departure.of}) with the built-in foundation's tiers: what a caller
   * holding already-parsed events passes to {@link #roster}. Without JSON, so that 100,000 members
   * (a 31.9 MB document, beyond the JSON reader's 8 MiB document limit) can be built too.
   */
  static List<RosterEvent> libraryEvents(List<Plain.Event> events) {
    Foundation foundation = OpenStackFoundation.foundation();
    List<RosterEvent> result = new ArrayList<>(events.size());
    for (Plain.Event event : events) {
      Source source = Source.of(event.source().document(), event.source().title());
      switch (event.type()) {
        case "admit" ->
            result.add(
                Admission.of(
                    Organization.of(event.organization().id(), event.organization().name()),
                    foundation.getTier(event.tier().id()),
                    event.date(),
                    source));
        case "change-tier" ->
            result.add(
                TierChange.of(
                    event.organizationId(),
                    foundation.getTier(event.tier().id()),
                    event.date(),
                    source));
        case "leave" -> result.add(Departure.of(event.organizationId(), event.date(), source));
        default -> throw new IllegalArgumentException("Unknown event type " + event.type());
      }
    }
    return result;
  }

  /**
   * {@return the roster of the built-in foundation these events make, replayed through the public
   * API ({@link MembershipHistory#replay}): the same roster reading {@link #rosterJson} gives}
   */
  static Roster roster(List<RosterEvent> events) {
    return MembershipHistory.builder()
        .addAllEvents(events)
        .build()
        .replay(OpenStackFoundation.foundation());
  }

  /** The built-in foundation as plain records, read from the library's JSON of it. */
  static Plain.Foundation plainFoundation() {
    try {
      return Plain.MAPPER.readValue(
          StackholderJson.write(OpenStackFoundation.foundation()), Plain.Foundation.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that the library and the plain replay found the same memberships (organization, tier and
   * dates, in the same order), so that a benchmark compares equal work.
   *
   * @throws IllegalStateException naming the first membership that differs
   */
  static void checkSameMemberships(List<Membership> library, List<Plain.Membership> plain) {
    if (library.size() != plain.size()) {
      throw new IllegalStateException(
          "The library finds " + library.size() + " memberships, the baseline " + plain.size());
    }
    for (int i = 0; i < library.size(); i++) {
      Membership a = library.get(i);
      Plain.Membership b = plain.get(i);
      if (!a.organization().id().equals(b.organization().id())
          || !a.tier().id().equals(b.tier().id())
          || !a.from().equals(b.from())
          || !a.until().equals(java.util.Optional.ofNullable(b.until()))) {
        throw new IllegalStateException("Membership " + i + " differs: " + a + " versus " + b);
      }
    }
  }

  /** The annual revenue each Gold founding member declares (USD, spread over the whole formula). */
  static BigDecimal goldRevenue(int member) {
    return BigDecimal.valueOf(50_000_000L + member * 40_000_000L);
  }

  private record Dated(int day, int order, Plain.Event event) {}
}
