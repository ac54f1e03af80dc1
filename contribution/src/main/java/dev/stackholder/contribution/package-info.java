/**
 * The contribution model and its ranking: raw {@link dev.stackholder.contribution.ContributionRecord}s,
 * the {@link dev.stackholder.contribution.CompanyDirectory} and
 * {@link dev.stackholder.contribution.ReleaseCalendar} that attribute them to an employer and a
 * release, the {@link dev.stackholder.contribution.ContributionTable} per release, project and
 * {@link dev.stackholder.contribution.Metric}, and the
 * {@link dev.stackholder.contribution.Ranking} that turns a table into a
 * {@link dev.stackholder.contribution.RankedTable} by competition or ordinal ranking. The readers of
 * published formats live in the sub-packages {@code gitdm}, {@code stackalytics} and
 * {@code releases}.
 */
@StackholderStyle
package dev.stackholder.contribution;

import dev.stackholder.core.internal.StackholderStyle;
