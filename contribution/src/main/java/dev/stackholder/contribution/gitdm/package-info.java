/**
 * Reads gitdm's published per-release reports ({@code git-stats.txt}, {@code lp-stats.txt}, {@code
 * gerrit-stats.txt}, per project and for the whole release) and serves their employer tables as
 * {@link dev.stackholder.contribution.ContributionTable}s: from a directory of the caller's or from
 * the Essex, Folsom and Grizzly reports bundled with this library ({@link
 * dev.stackholder.contribution.gitdm.GitdmReports#builtIn()}).
 */
@StackholderStyle
package dev.stackholder.contribution.gitdm;

import dev.stackholder.core.internal.StackholderStyle;
