/**
 * Reads Stackalytics' {@code default_data.json}: its company directory (names, e-mail domains,
 * aliases) and its releases' end dates, as a {@link dev.stackholder.contribution.CompanyDirectory}
 * and a {@link dev.stackholder.contribution.ReleaseCalendar}.
 *
 * <p>{@link dev.stackholder.contribution.stackalytics.StackalyticsProcessor} reproduces
 * Stackalytics' own commit processing rule for rule (its git log, co-authors, {@code *robots},
 * dated companies, release index, {@code corrections.json}) and
 * {@link dev.stackholder.contribution.stackalytics.StackalyticsDashboard} its company tables,
 * checked against tables Stackalytics itself computed (see {@code docs/stackalytics.md}).
 */
package dev.stackholder.contribution.stackalytics;
