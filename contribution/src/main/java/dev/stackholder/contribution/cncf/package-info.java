/**
 * Reads CNCF's developer affiliation files ({@code developers_affiliations*.txt} of cncf/gitdm, the
 * largest public database of dated affiliations): {@link
 * dev.stackholder.contribution.cncf.DevelopersAffiliations} turns them into {@link
 * dev.stackholder.contribution.cncf.Developer}s (a login, its addresses, its employers over time)
 * and into the contribution module's {@link dev.stackholder.contribution.Affiliation}s and {@link
 * dev.stackholder.contribution.AffiliationDirectory}.
 */
@StackholderStyle
package dev.stackholder.contribution.cncf;

import dev.stackholder.core.internal.StackholderStyle;
