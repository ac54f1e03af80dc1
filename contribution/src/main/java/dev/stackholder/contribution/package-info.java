/**
 * The contribution pipeline: source-neutral contributions (a commit of git history, read by {@code
 * dev.stackholder.contribution.git}, or a {@link dev.stackholder.contribution.ContributionRecord}
 * from any other source) are attributed to an employer through an {@link
 * dev.stackholder.contribution.AffiliationDirectory} of dated {@link
 * dev.stackholder.contribution.Affiliation}s applied by a named {@link
 * dev.stackholder.contribution.AttributionPolicy} (gitdm's or Stackalytics'), leaving out {@link
 * dev.stackholder.contribution.AutomatedAccounts} and what lies outside the release; one statistics
 * engine, {@link dev.stackholder.contribution.ContributionStatistics}, makes the {@link
 * dev.stackholder.contribution.ContributionTable}s per release, project and {@link
 * dev.stackholder.contribution.Metric}, with one share rule ({@link
 * dev.stackholder.contribution.Shares}, gitdm's); and {@link dev.stackholder.contribution.Ranking}
 * turns a table into a {@link dev.stackholder.contribution.RankedTable} by competition or ordinal
 * ranking. gitdm's published reports (sub-package {@code gitdm}) are already tables and enter at
 * the ranking step.
 *
 * <p>The statistics report what they left out ({@link
 * dev.stackholder.contribution.ExclusionReport}) and how they attributed ({@link
 * dev.stackholder.contribution.AttributionReport}); {@link
 * dev.stackholder.contribution.RankingChange} compares two rankings (an override, or release over
 * release). The readers of published formats live in the sub-packages {@code git}, {@code gitdm},
 * {@code stackalytics} and {@code releases}.
 */
@StackholderStyle
package dev.stackholder.contribution;

import dev.stackholder.core.internal.StackholderStyle;
