/**
 * OpenStack's release series and each project's revision range per series, from the
 * openstack/releases repository: {@link dev.stackholder.contribution.releases.SeriesStatus} reads
 * {@code series_status.yaml} into {@link dev.stackholder.contribution.ReleaseSeries} (from which a
 * {@link dev.stackholder.contribution.ReleaseCalendar} can be made), and {@link
 * dev.stackholder.contribution.releases.ReleaseRanges} gives the {@link
 * dev.stackholder.contribution.releases.ReleaseRange} of any project in any series, from a bundled
 * index or a user's checkout of openstack/releases; {@link
 * dev.stackholder.contribution.releases.ProjectRenames} knows the projects that changed their
 * names. The only YAML this library reads, and the reason it depends on jackson-dataformat-yaml and
 * SnakeYAML.
 */
@StackholderStyle
package dev.stackholder.contribution.releases;

import dev.stackholder.core.internal.StackholderStyle;
