/**
 * Who pays and who builds: a release's contribution ranking joined with the foundation's roster and
 * dues. {@link dev.stackholder.analysis.EmployerMapping} maps the names contribution data uses to
 * organization ids (dated renames and acquisitions, each sourced; names it cannot map are listed,
 * never guessed); {@link dev.stackholder.analysis.ValueJoin} joins a ranked table with the roster's
 * answer on the release day and the year's dues; {@link dev.stackholder.analysis.ValueTable}
 * answers the named reports ({@link dev.stackholder.analysis.ReportKind}).
 */
@StackholderStyle
package dev.stackholder.analysis;

import dev.stackholder.core.internal.StackholderStyle;
