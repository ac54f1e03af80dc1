/**
 * Reads Stackalytics' {@code default_data.json}: its company directory (names, e-mail domains,
 * aliases) and its releases' end dates, as a {@link dev.stackholder.contribution.CompanyDirectory}
 * and a {@link dev.stackholder.contribution.ReleaseCalendar}.
 */
package dev.stackholder.contribution.stackalytics;
