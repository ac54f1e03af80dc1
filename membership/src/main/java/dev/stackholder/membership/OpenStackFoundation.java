package dev.stackholder.membership;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.stackholder.membership.board.BoardYear;
import dev.stackholder.membership.income.PublishedIncome;
import dev.stackholder.membership.roster.MembershipHistory;
import dev.stackholder.membership.roster.Observation;
import dev.stackholder.membership.roster.Presumption;
import dev.stackholder.membership.roster.ReportedCount;
import dev.stackholder.membership.roster.Roster;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The OpenStack Foundation (the Open Infrastructure Foundation since 2020) as built-in data: its
 * tiers, its rule sets with their effective dates and sources, and its membership history.
 *
 * <p>The data is JSON resources in this jar, read once on first use; every rule carries its
 * sources, and what could not be confirmed is marked unverified or left out and said so in the
 * notes. A tier's dues, member limit and board seats belong to the rule set in force on a date, not
 * to the tier constants here.
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
  public static final Tier SUPPORTING_ORGANIZATION =
      Tier.of("supporting-organization", "Supporting Organization");

  /** Individual Member, in every rule set. */
  public static final Tier INDIVIDUAL = Tier.of("individual", "Individual Member");

  /** Silver, in the OpenInfra rule sets. */
  public static final Tier SILVER = Tier.of("silver", "Silver");

  /** Associate, in the later OpenInfra rule sets. */
  public static final Tier ASSOCIATE = Tier.of("associate", "Associate");

  private static final String RESOURCE = "openstack/foundation.json";
  private static final String ROSTER_RESOURCE = "openstack/reported-counts.json";
  private static final String EVIDENCE_RESOURCE = "openstack/membership-evidence.csv";
  private static final String BOARD_RESOURCE = "openstack/board-seats.csv";
  private static final String PRESUMPTIONS_RESOURCE = "openstack/presumptions.json";
  private static final String PUBLISHED_INCOME_RESOURCE = "openstack/published-income.json";
  private static final String BYLAWS_2012 = "openstack-2012";

  private OpenStackFoundation() {}

  /** {@return the foundation with all its rule sets and their sources} */
  public static Foundation foundation() {
    return FOUNDATION.get();
  }

  /**
   * {@return the rule set of the 2012 bylaws, the foundation's first, whatever the date; for the
   * rules in force on a given day use {@link #duesScheduleOn(LocalDate)}}
   */
  public static DuesSchedule duesSchedule() {
    return foundation()
        .findRuleSet(BYLAWS_2012)
        .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no rule set " + BYLAWS_2012));
  }

  /**
   * {@return the rule set in force on a date, quoting as of that date} See {@link
   * Foundation#duesScheduleOn(LocalDate)}: its quotes say how old the evidence for the fee is when
   * a source last confirmed it a year or more before, and, from 2025-06-03, itemise the Linux
   * Foundation membership the directed fund's charter requires of every Platinum, Gold and Silver
   * member.
   *
   * @param date the date quotes are for
   * @throws NoRulesInForceException if no built-in rule set covers the date
   */
  public static DuesSchedule duesScheduleOn(LocalDate date) {
    return foundation().duesScheduleOn(date);
  }

  /**
   * {@return the built-in membership history, built from evidence: every dated observation of a
   * member in a tier the public record gives, 2012 to 2026, each with its source} It answers with
   * its certainty ({@link Roster#answerOn(LocalDate)}): members known on a date, members last seen
   * earlier whose status is unknown, and how complete the answer is. The April 2012 lists of
   * organizations that declared their intent to join (before the foundation was incorporated) are
   * in {@link #evidence()} but not in the roster. Its board follows the seat counts the sources
   * state per board year ({@link #boardYears()}), and says "not known" where none is found.
   */
  public static Roster roster() {
    return ROSTER.get();
  }

  /** {@return the built-in observations the roster is built from, in file order} */
  public static ImmutableList<Observation> evidence() {
    return EVIDENCE.get();
  }

  /**
   * {@return the board seats per board year as the sources give them (stated, derived or not
   * found), including counts announced and later superseded}
   */
  public static ImmutableList<BoardYear> boardYears() {
    return BOARD_YEARS.get();
  }

  /** {@return member counts stated by sources that do not name every member} */
  public static ImmutableList<ReportedCount> reportedCounts() {
    return HISTORY.get().reportedCounts();
  }

  // Read on first use, once, thread-safely. A failure is not remembered: it is the
  // IllegalStateException naming the resource on every call, not an ExceptionInInitializerError.
  private static final Supplier<Foundation> FOUNDATION =
      Suppliers.memoize(() -> Foundations.RESOURCES.readJson(RESOURCE, Foundation.class));
  private static final Supplier<MembershipHistory> HISTORY =
      Suppliers.memoize(
          () -> Foundations.RESOURCES.readJson(ROSTER_RESOURCE, MembershipHistory.class));
  private static final Supplier<ImmutableList<Observation>> EVIDENCE =
      Suppliers.memoize(
          () ->
              Foundations.RESOURCES.read(
                  EVIDENCE_RESOURCE,
                  in ->
                      OpenStackEvidence.observations(
                          new String(in.readAllBytes(), StandardCharsets.UTF_8),
                          FOUNDATION.get())));
  private static final Supplier<ImmutableList<BoardYear>> BOARD_YEARS =
      Suppliers.memoize(
          () ->
              Foundations.RESOURCES.read(
                  BOARD_RESOURCE,
                  in ->
                      OpenStackEvidence.boardYears(
                          new String(in.readAllBytes(), StandardCharsets.UTF_8))));
  // The April 2012 lists record declared intent to join a foundation not yet incorporated: evidence
  // of intent, not of membership, so the roster leaves them out (evidence() keeps them).
  private static final Supplier<ImmutableList<Presumption>> PRESUMPTIONS =
      Suppliers.memoize(
          () ->
              ImmutableList.copyOf(
                  Foundations.RESOURCES
                      .readJson(PRESUMPTIONS_RESOURCE, PresumptionFile.class)
                      .presumptions()));
  private static final Supplier<Roster> ROSTER =
      Suppliers.memoize(
          () ->
              Roster.fromEvidence(
                  FOUNDATION.get(),
                  EVIDENCE.get().stream().filter(o -> !isDeclaredIntent(o)).toList(),
                  BOARD_YEARS.get(),
                  PRESUMPTIONS.get(),
                  HISTORY.get().reportedCounts()));

  /**
   * {@return how long after a sighting the built-in roster presumes a member stays, per tier, each
   * with its reason and sources (Platinum three years, one term; Gold one year, one renewal)}
   */
  public static ImmutableList<Presumption> presumptions() {
    return PRESUMPTIONS.get();
  }

  private static final Supplier<ImmutableList<PublishedIncome>> PUBLISHED_INCOME =
      Suppliers.memoize(
          () ->
              ImmutableList.copyOf(
                  Foundations.RESOURCES
                      .readJson(PUBLISHED_INCOME_RESOURCE, PublishedIncomeFile.class)
                      .figures()));

  /**
   * {@return the income the foundation filed per year (IRS Form 990, as the IRS extract gives it),
   * each with the line it is on and whether that line is the dues or a larger line holding them}
   * Years with no figure found (2012, 2017, 2024, 2025) are absent; the data file's note says why.
   */
  public static ImmutableList<PublishedIncome> publishedIncome() {
    return PUBLISHED_INCOME.get();
  }

  /** The published income file: its note for readers, and the figures. */
  record PublishedIncomeFile(
      @com.fasterxml.jackson.annotation.JsonProperty(value = "figures", required = true)
          java.util.List<PublishedIncome> figures) {}

  /** The presumptions file: its note for readers, and the presumptions. */
  record PresumptionFile(
      @com.fasterxml.jackson.annotation.JsonProperty(value = "presumptions", required = true)
          java.util.List<Presumption> presumptions) {}

  static boolean isDeclaredIntent(Observation observation) {
    return observation
        .source()
        .note()
        .map(note -> note.startsWith("declared intent"))
        .orElse(false);
  }
}
