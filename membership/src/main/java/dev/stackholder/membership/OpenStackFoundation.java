package dev.stackholder.membership;

import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;

import java.time.LocalDate;

/**
 * The OpenStack Foundation (the Open Infrastructure Foundation since 2020) as built-in data: its
 * tiers, its rule sets with their effective dates and sources, and its membership history.
 *
 * <p>The data is a JSON resource in this jar ({@code openstack-foundation.json}), read once; every
 * rule carries its sources, and what could not be confirmed is marked unverified or left out and
 * said so in the notes.
 *
 * <pre>{@code
 * DuesQuote quote = OpenStackFoundation.duesSchedule()
 *     .quote(OpenStackFoundation.GOLD, Money.parse("USD 35000000000"));
 * }</pre>
 */
public final class OpenStackFoundation {
  /** Platinum: USD 500,000 a year with a three-year commitment (2012 bylaws). */
  public static final Tier PLATINUM = Tier.of("platinum", "Platinum");
  /** Gold: 0.025% of annual revenue, at least USD 50,000, at most USD 200,000 (2012 bylaws). */
  public static final Tier GOLD = Tier.of("gold", "Gold");
  /** Corporate Sponsor (until 2021): USD 25,000 a year, from one secondary source only. */
  public static final Tier CORPORATE_SPONSOR = Tier.of("corporate-sponsor", "Corporate Sponsor");
  /** Startup Sponsor: USD 10,000 a year, from one secondary source only. */
  public static final Tier STARTUP_SPONSOR = Tier.of("startup-sponsor", "Startup Sponsor");
  /** Supporting Organization: free, logo authorisation only. */
  public static final Tier SUPPORTING_ORGANIZATION = Tier.of("supporting-organization", "Supporting Organization");
  /** Individual Member: free. */
  public static final Tier INDIVIDUAL = Tier.of("individual", "Individual Member");
  /** Silver (OpenInfra, from 2021, replacing Corporate Sponsor). */
  public static final Tier SILVER = Tier.of("silver", "Silver");
  /** Associate (OpenInfra, from 2021-06-29): free, for non-profits and academic bodies. */
  public static final Tier ASSOCIATE = Tier.of("associate", "Associate");

  private static final String RESOURCE = "openstack-foundation.json";
  private static final String ROSTER_RESOURCE = "openstack-roster.json";
  private static final String BYLAWS_2012 = "openstack-2012";

  private OpenStackFoundation() {}

  /** The foundation with all its rule sets and their sources. */
  public static Foundation foundation() {
    return Holder.FOUNDATION;
  }

  /** The rule set of the 2012 bylaws (in force from 2012-08-28 until the OpenInfra change of 2021). */
  public static DuesSchedule duesSchedule() {
    return foundation().ruleSet(BYLAWS_2012)
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
   * The built-in membership history: the members the public record names, with their sources (the
   * initial Platinum and Gold members of 2012, later Gold admissions, Nebula's Platinum term ending
   * in 2014, Tencent's admission as Gold in November 2017 and its move to Platinum). It is not a
   * complete roster: where sources give only counts, see {@link #reportedCounts()}.
   */
  public static Roster roster() {
    return Holder.ROSTER;
  }

  /** Member counts stated by sources that do not name every member ("8 platinum and 24 Gold members"). */
  public static ImmutableList<ReportedCount> reportedCounts() {
    return Holder.HISTORY.reportedCounts();
  }

  /** Loads the resource on first use, so a broken resource fails where it is used, with its path. */
  private static final class Holder {
    static final Foundation FOUNDATION = BuiltInResource.read(RESOURCE, Foundation.class);
    static final MembershipHistory HISTORY = BuiltInResource.read(ROSTER_RESOURCE, MembershipHistory.class);
    static final Roster ROSTER = replay();

    private static Roster replay() {
      try {
        return HISTORY.replay(FOUNDATION);
      } catch (InvalidDataException e) {
        throw new IllegalStateException("Built-in resource " + ROSTER_RESOURCE + " breaks the rules: "
            + e.getMessage(), e);
      }
    }
  }
}
