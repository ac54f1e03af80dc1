/**
 * The contribution model and its ranking: raw {@link dev.stackholder.contribution.ContributionRecord}s,
 * the {@link dev.stackholder.contribution.CompanyDirectory} and
 * {@link dev.stackholder.contribution.ReleaseCalendar} that attribute them to an employer and a
 * release, the {@link dev.stackholder.contribution.ContributionTable} per release, project and
 * {@link dev.stackholder.contribution.Metric}, and the
 * {@link dev.stackholder.contribution.Ranking} that turns a table into a
 * {@link dev.stackholder.contribution.RankedTable} by competition or ordinal ranking.
 *
 * <p>From raw git history: {@link dev.stackholder.contribution.ContributionStatistics} counts the
 * commits of a release (read by {@code dev.stackholder.contribution.git.GitLogReader}) per
 * employer, attributing each author through an
 * {@link dev.stackholder.contribution.AffiliationDirectory} of dated
 * {@link dev.stackholder.contribution.Affiliation}s applied by a named
 * {@link dev.stackholder.contribution.AttributionPolicy} (gitdm's or Stackalytics'); it reports
 * what it left out ({@link dev.stackholder.contribution.ExclusionReport}) and how it attributed
 * ({@link dev.stackholder.contribution.AttributionReport}), and
 * {@link dev.stackholder.contribution.RankingChange} compares two rankings (an override, or release
 * over release). The readers of
 * published formats live in the sub-packages {@code gitdm}, {@code stackalytics} and
 * {@code releases}.
 */
@StackholderStyle
package dev.stackholder.contribution;

import dev.stackholder.core.internal.StackholderStyle;
