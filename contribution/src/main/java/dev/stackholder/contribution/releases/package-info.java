/**
 * Reads the OpenStack releases repository's {@code series_status.yaml} into
 * {@link dev.stackholder.contribution.ReleaseSeries}, from which a
 * {@link dev.stackholder.contribution.ReleaseCalendar} can be made. The only YAML this library
 * reads, and the reason it depends on jackson-dataformat-yaml.
 */
package dev.stackholder.contribution.releases;
