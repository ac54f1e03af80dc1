/**
 * Reads Stackalytics' {@code default_data.json} with one strict reader, {@link
 * dev.stackholder.contribution.stackalytics.StackalyticsDefaultData}: its users' dated companies
 * and its companies' e-mail domains as an {@link dev.stackholder.contribution.AffiliationDirectory}
 * applied by Stackalytics' rules, and its releases' end dates as a {@link
 * dev.stackholder.contribution.ReleaseCalendar}.
 *
 * <p>{@link dev.stackholder.contribution.stackalytics.StackalyticsProcessor} reproduces
 * Stackalytics' own commit processing rule for rule (its git log, co-authors, {@code *robots},
 * dated companies, release index, {@code corrections.json}) and {@link
 * dev.stackholder.contribution.stackalytics.StackalyticsDashboard} its company tables, checked
 * against tables Stackalytics itself computed (see {@code docs/stackalytics.md}).
 */
package dev.stackholder.contribution.stackalytics;
