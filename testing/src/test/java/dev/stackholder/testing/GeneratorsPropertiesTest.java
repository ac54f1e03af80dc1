package dev.stackholder.testing;

import static dev.stackholder.testing.ContributionGenerators.records;
import static dev.stackholder.testing.ContributionGenerators.tables;
import static dev.stackholder.testing.CoreGenerators.currencies;
import static dev.stackholder.testing.CoreGenerators.exchangeRates;
import static dev.stackholder.testing.CoreGenerators.exchangeRatesTo;
import static dev.stackholder.testing.CoreGenerators.organizations;
import static dev.stackholder.testing.CoreGenerators.revenues;
import static dev.stackholder.testing.CoreGenerators.sources;
import static dev.stackholder.testing.MembershipGenerators.ruleSets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.stackholder.contribution.Affiliation;
import dev.stackholder.contribution.AffiliationDirectory;
import dev.stackholder.contribution.AttributionPolicy;
import dev.stackholder.contribution.AutomatedAccounts;
import dev.stackholder.contribution.ContributionEntry;
import dev.stackholder.contribution.ContributionRecord;
import dev.stackholder.contribution.ContributionStatistics;
import dev.stackholder.contribution.ContributionTable;
import dev.stackholder.contribution.Metric;
import dev.stackholder.contribution.RankedRow;
import dev.stackholder.contribution.RankedTable;
import dev.stackholder.contribution.Ranking;
import dev.stackholder.contribution.Release;
import dev.stackholder.contribution.ReleaseCalendar;
import dev.stackholder.contribution.TieMode;
import dev.stackholder.core.ExchangeRate;
import dev.stackholder.core.ExchangeRates;
import dev.stackholder.core.Organization;
import dev.stackholder.core.Source;
import dev.stackholder.core.json.StackholderJson;
import dev.stackholder.membership.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The generators at work, as a user's property tests would use them: each test states a property of
 * the libraries over generated values. They live here rather than in the libraries' own tests
 * because this module depends on the libraries (a library test depending on it would be a cycle),
 * and a named module outside the libraries also checks that every generated type reads and writes
 * through JSON from a downstream module (a missing {@code opens} fails here).
 */
class GeneratorsPropertiesTest {
  private static final Ranking EVERY_EMPLOYER_COMPETITION =
      Ranking.of(TieMode.COMPETITION, name -> false);
  private static final Ranking EVERY_EMPLOYER_ORDINAL = Ranking.of(TieMode.ORDINAL, name -> false);

  /** Law: a round trip through the text form returns an equal rate. */
  @Test
  void anExchangeRateReadsBackWhatItWrites() {
    qt().forAll(exchangeRates())
        .checkAssert(rate -> assertThat(ExchangeRate.parse(rate.toString())).isEqualTo(rate));
  }

  /** Law: conversion keeps the sign (a rate is positive), into any currency. */
  @Test
  void everyRevenueConvertsToAnyCurrencyWithoutLosingItsSign() {
    qt().forAll(
            revenues(),
            currencies()
                .flatMap(target -> exchangeRatesTo(target).map(rates -> new Target(target, rates))))
        .checkAssert(
            (revenue, to) -> {
              CurrencyUnit target = to.currency();
              Money converted = to.rates().convert(revenue, target);
              assertThat(converted.getCurrencyUnit()).isEqualTo(target);
              assertThat(converted.isNegative()).isFalse();
              if (revenue.isZero()) {
                assertThat(converted.isZero()).isTrue();
              }
            });
  }

  /** Law: a JSON round trip returns an equal value. */
  @Test
  void organizationsSourcesAndRuleSetsSurviveAJsonRoundTrip() {
    qt().forAll(organizations(), sources(), ruleSets())
        .checkAssert(
            (organization, source, ruleSet) -> {
              assertThat(
                      StackholderJson.read(StackholderJson.write(organization), Organization.class))
                  .isEqualTo(organization);
              assertThat(StackholderJson.read(StackholderJson.write(source), Source.class))
                  .isEqualTo(source);
              assertThat(StackholderJson.read(StackholderJson.write(ruleSet), RuleSet.class))
                  .isEqualTo(ruleSet);
            });
  }

  /** Law: a JSON round trip returns an equal value. */
  @Test
  void contributionTablesSurviveAJsonRoundTrip() {
    qt().forAll(tables())
        .checkAssert(
            table ->
                assertThat(
                        StackholderJson.read(StackholderJson.write(table), ContributionTable.class))
                    .isEqualTo(table));
  }

  /**
   * Laws of a ranking: every employer kept, best first, ties share a rank (competition) or not
   * (ordinal).
   */
  @Test
  void rankingKeepsEveryEmployerBestFirstAndTiesShareARank() {
    qt().forAll(tables())
        .checkAssert(
            table -> {
              RankedTable competition = EVERY_EMPLOYER_COMPETITION.rank(table);
              RankedTable ordinal = EVERY_EMPLOYER_ORDINAL.rank(table);
              Map<String, Long> values =
                  table.entries().stream()
                      .collect(
                          Collectors.toMap(ContributionEntry::employer, ContributionEntry::value));
              assertThat(competition.rows()).hasSameSizeAs(table.entries());
              for (int i = 0; i < competition.rows().size(); i++) {
                RankedRow row = competition.rows().get(i);
                assertThat(ordinal.rows().get(i).rank()).isEqualTo(i + 1);
                assertThat(row.rank()).isLessThanOrEqualTo(i + 1);
                if (i > 0) {
                  RankedRow previous = competition.rows().get(i - 1);
                  assertThat(row.value()).isLessThanOrEqualTo(previous.value());
                  assertThat(row.rank())
                      .isEqualTo(row.value() == previous.value() ? previous.rank() : i + 1);
                }
                assertThat(values).containsEntry(row.employer(), row.value());
              }
            });
  }

  /**
   * Law of conservation: a release's changesets, over all employers, are the number of its commits,
   * counted here by a plain sum over the records (the calendar only says which release a day is
   * in).
   */
  @Test
  void aReleasesChangesetsAreTheSumOfItsCommits() {
    AffiliationDirectory directory =
        AffiliationDirectory.of(
            AttributionPolicy.STACKALYTICS,
            java.util.Map.of(),
            List.of(
                Affiliation.of(Affiliation.Kind.DOMAIN, "redhat.com", "Red Hat"),
                Affiliation.of(Affiliation.Kind.DOMAIN, "sina.com", "SINA"),
                Affiliation.of(Affiliation.Kind.DOMAIN, "hp.com", "HP")));
    // 2012 in two cycles: records before Folsom's end count towards Folsom, the rest towards
    // Grizzly.
    ReleaseCalendar calendar =
        ReleaseCalendar.of(
            List.of(
                Release.of("folsom", LocalDate.of(2012, 9, 27)),
                Release.of("grizzly", LocalDate.of(2013, 4, 4))));
    qt().forAll(
            lists().of(records()).ofSizeBetween(0, 60),
            arbitrary().pick(List.of("folsom", "grizzly")))
        .checkAssert(
            (records, release) -> {
              ContributionStatistics statistics =
                  ContributionStatistics.of(release, directory)
                      .automated(AutomatedAccounts.none())
                      .dates(calendar)
                      .addRecords(records);
              long expected =
                  records.stream()
                      .filter(
                          record ->
                              calendar
                                  .releaseOn(record.date())
                                  .orElseThrow()
                                  .name()
                                  .equals(release))
                      .mapToLong(ContributionRecord::changesets)
                      .sum();
              long actual =
                  records.isEmpty()
                      ? 0
                      : statistics
                          .table(ContributionTable.ALL_PROJECTS, Metric.CHANGESETS)
                          .entries()
                          .stream()
                          .mapToLong(entry -> entry.value())
                          .sum();
              assertThat(actual).isEqualTo(expected);
            });
  }

  /** A currency and rates from every other currency to it. */
  private record Target(CurrencyUnit currency, ExchangeRates rates) {}
}
