/**
 * Reads Stackalytics' {@code default_data.json} with one strict reader,
 * {@link dev.stackholder.contribution.stackalytics.StackalyticsDefaultData}: its users' dated
 * companies and its companies' e-mail domains as an
 * {@link dev.stackholder.contribution.AffiliationDirectory} applied by Stackalytics' rules, and its
 * releases' end dates as a {@link dev.stackholder.contribution.ReleaseCalendar}.
 */
package dev.stackholder.contribution.stackalytics;
