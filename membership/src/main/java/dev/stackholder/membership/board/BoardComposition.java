package dev.stackholder.membership.board;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.membership.AffiliationLimit;
import dev.stackholder.membership.roster.Roster;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How many directors each class of members has on a date, under the rule set in force. Classes are
 * keyed by tier id ({@code "platinum"}, {@code "gold"}, {@code "individual"}). Where each member of
 * one tier appoints a director ({@link BoardSeats#ONE_PER_MEMBER}) and two classes each elect as
 * many ({@link BoardSeats#EQUAL_TO_APPOINTED}), {@code n} appointing members make a board of {@code
 * 3n}.
 *
 * <p>A composition is what {@link Roster#boardOn(LocalDate)} computes; the interface is sealed, so
 * none can be made up elsewhere. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBoardComposition.class)
@JsonDeserialize(as = ImmutableBoardComposition.class)
// Immutables generates a Json helper beside the implementation for Jackson; both are
// package-private.
// The helper is marked deprecated so that no one calls it by hand; naming it here is not a use.
@SuppressWarnings("deprecation")
public sealed interface BoardComposition
    permits ImmutableBoardComposition, ImmutableBoardComposition.Json {
  /** {@return the date the composition is for} */
  LocalDate date();

  /** {@return the rule set the seats follow} */
  String ruleSetId();

  /**
   * {@return directors per class, keyed by tier id, in the rule set's tier order; classes with no
   * seats are left out}
   */
  ImmutableMap<String, Integer> directorsByClass();

  /** {@return the most directors affiliated with one company, if the rules set a limit} */
  Optional<AffiliationLimit> affiliationLimit();

  /**
   * {@return whether the seats are known} Where no source states them and the evidence cannot
   * determine them, the composition says so: {@link #directorsByClass()} is empty and {@link
   * #basis()} says why.
   */
  @Value.Default
  default boolean seatsKnown() {
    return true;
  }

  /**
   * {@return where the seat counts come from (a stated source, the rule applied to known members,
   * or why not known)}
   */
  Optional<String> basis();

  /** {@return the sources of stated seat counts} */
  ImmutableList<dev.stackholder.core.Source> sources();

  /** {@return the size of the board (0 when the seats are not known)} */
  @Value.Derived
  default int total() {
    return directorsByClass().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * {@return the companies with more affiliated directors on a proposed board than the rules allow,
   * each named with its directors; empty when the board is within the limit (or the rules set
   * none)}
   *
   * @param proposed the directors of the proposed board, with their affiliations
   */
  default ImmutableList<String> affiliationViolations(List<Director> proposed) {
    if (affiliationLimit().isEmpty()) {
      return ImmutableList.of();
    }
    AffiliationLimit limit = affiliationLimit().get();
    Map<String, List<Director>> byCompany = new LinkedHashMap<>();
    for (Director director : proposed) {
      byCompany
          .computeIfAbsent(
              director.affiliation().trim().toLowerCase(Locale.ROOT),
              k -> new java.util.ArrayList<>())
          .add(director);
    }
    return byCompany.values().stream()
        .filter(directors -> directors.size() > limit.maxDirectorsPerCompany())
        .map(
            directors ->
                directors.get(0).affiliation()
                    + " has "
                    + directors.size()
                    + " affiliated directors ("
                    + directors.stream().map(Director::name).collect(Collectors.joining(", "))
                    + "), more than the limit of "
                    + limit.maxDirectorsPerCompany()
                    + " ("
                    + limit.source().title()
                    + ")")
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks a proposed board against the affiliation limit.
   *
   * @param proposed the directors of the proposed board, with their affiliations
   * @throws InvalidDataException naming each offending company, its directors and the limit
   */
  default void checkAffiliations(List<Director> proposed) {
    ImmutableList<String> violations = affiliationViolations(proposed);
    if (!violations.isEmpty()) {
      throw new InvalidDataException(
          "Proposed board for "
              + date()
              + " breaks the affiliation limit: "
              + String.join("; ", violations));
    }
  }

  /**
   * Checks a composition however made, computed or read from JSON: a rule set id, a date within the
   * limits, classes with names and no negative count, and a total that fits an {@code int}.
   */
  @Value.Check
  default void check() {
    if (!dev.stackholder.core.internal.Slugs.isSlug(ruleSetId())) {
      throw new dev.stackholder.core.InvalidDataException(
          "Board composition rule set id '"
              + dev.stackholder.core.Limits.abbreviate(ruleSetId())
              + "' is not a lower-case slug");
    }
    dev.stackholder.core.Limits.checkDate(date(), "Board composition date");
    long sum = 0;
    for (java.util.Map.Entry<String, Integer> entry : directorsByClass().entrySet()) {
      if (entry.getKey().isBlank()) {
        throw new dev.stackholder.core.InvalidDataException(
            "Board composition on " + date() + " has a class with a blank name");
      }
      dev.stackholder.core.Limits.checkCount(
          entry.getValue(),
          "Board composition on "
              + date()
              + ": directors of class '"
              + dev.stackholder.core.Limits.abbreviate(entry.getKey())
              + "'");
      sum += entry.getValue();
    }
    // The total is an int: summed as a long and refused rather than wrapped around.
    if (sum > Integer.MAX_VALUE) {
      throw new dev.stackholder.core.InvalidDataException(
          "Board composition on "
              + date()
              + ": "
              + sum
              + " directors in all, more than "
              + Integer.MAX_VALUE);
    }
    basis()
        .ifPresent(text -> dev.stackholder.core.Limits.checkText(text, "Board composition basis"));
  }
}
