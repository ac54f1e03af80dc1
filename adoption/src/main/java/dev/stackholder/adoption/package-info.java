/**
 * Who uses OpenStack and what it did for them: case studies with their deployments and outcomes,
 * users grouped by sector, and pure calculators over those figures. Every built-in figure carries
 * its {@link dev.stackholder.core.Source}.
 */
@StackholderStyle
package dev.stackholder.adoption;

import dev.stackholder.core.internal.StackholderStyle;
