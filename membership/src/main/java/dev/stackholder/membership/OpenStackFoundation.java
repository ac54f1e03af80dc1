package dev.stackholder.membership;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * The OpenStack Foundation (the Open Infrastructure Foundation since 2020) as built-in data: its
 * tiers, its rule sets with their effective dates and sources, and its membership history.
 *
 * <p>The data is JSON resources in this jar, read once on first use; every rule carries its sources,
 * and what could not be confirmed is marked unverified or left out and said so in the notes. A tier's
 * dues, member limit and board seats belong to the rule set in force on a date, not to the tier
 * constants here.
 *
 * <pre>{@code
 * DuesQuote quote = OpenStackFoundation.duesSchedule()
 *     .quote(OpenStackFoundation.GOLD, Money.parse("USD 35000000000"));
 * }</pre>
 *
 * <p>This class is thread-safe: the built-in data is immutable and read once.
 */
public final class OpenStackFoundation {
  /** Platinum, in every rule set. */
  public static final Tier PLATINUM = Tier.of("platinum", "Platinum");
  /** Gold, in every rule set. */
  public static final Tier GOLD = Tier.of("gold", "Gold");
  /** Corporate Sponsor, in the 2012 bylaws' rule set; replaced by {@link #SILVER}. */
  public static final Tier CORPORATE_SPONSOR = Tier.of("corporate-sponsor", "Corporate Sponsor");
  /** Startup Sponsor, in the 2012 bylaws' rule set. */
  public static final Tier STARTUP_SPONSOR = Tier.of("startup-sponsor", "Startup Sponsor");
  /** Supporting Organization, in the 2012 bylaws' rule set. */
  public static final Tier SUPPORTING_ORGANIZATION = Tier.of("supporting-organization", "Supporting Organization");
  /** Individual Member, in every rule set. */
  public static final Tier INDIVIDUAL = Tier.of("individual", "Individual Member");
  /** Silver, in the OpenInfra rule sets. */
  public static final Tier SILVER = Tier.of("silver", "Silver");
  /** Associate, in the later OpenInfra rule sets. */
  public static final Tier ASSOCIATE = Tier.of("associate", "Associate");

  private static final String RESOURCE = "openstack-foundation.json";
  private static final String ROSTER_RESOURCE = "openstack-roster.json";
  private static final String BYLAWS_2012 = "openstack-2012";

  private OpenStackFoundation() {}

  /** The foundation with all its rule sets and their sources. */
  public static Foundation foundation() {
    return FOUNDATION.get();
  }

  /**
   * The rule set of the 2012 bylaws, the foundation's first, whatever the date; for the rules in
   * force on a given day use {@link #duesScheduleOn(LocalDate)}.
   */
  public static DuesSchedule duesSchedule() {
    return foundation().findRuleSet(BYLAWS_2012)
        .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no rule set " + BYLAWS_2012));
  }

  /**
   * The rule set in force on a date.
   *
   * @throws NoRulesInForceException if no built-in rule set covers the date
   */
  public static DuesSchedule duesScheduleOn(LocalDate date) {
    return foundation().ruleSetOn(date);
  }

  /**
   * The built-in membership history: the members the public record names, with their sources. It is
   * not a complete roster: where sources give only counts, see {@link #reportedCounts()}.
   */
  public static Roster roster() {
    return ROSTER.get();
  }

  /** Member counts stated by sources that do not name every member. */
  public static ImmutableList<ReportedCount> reportedCounts() {
    return HISTORY.get().reportedCounts();
  }

  // Read on first use, once, thread-safely. A failure is not remembered: it is the
  // IllegalStateException naming the resource on every call, not an ExceptionInInitializerError.
  private static final Supplier<Foundation> FOUNDATION = Suppliers.memoize(
      () -> Foundations.RESOURCES.readJson(RESOURCE, Foundation.class));
  private static final Supplier<MembershipHistory> HISTORY = Suppliers.memoize(
      () -> Foundations.RESOURCES.readJson(ROSTER_RESOURCE, MembershipHistory.class));
  // Replayed inside the loader so a history the rules refuse fails as the broken resource it is.
  private static final Supplier<Roster> ROSTER = Suppliers.memoize(
      () -> Foundations.RESOURCES.read(ROSTER_RESOURCE, in -> HISTORY.get().replay(FOUNDATION.get())));
}
