/**
 * Contribution statistics: gitdm's per-release reports, the Stackalytics company directory, release
 * series, and ranked tables by employer with standard competition or ordinal ranking.
 */
@StackholderStyle
package dev.stackholder.contribution;

import dev.stackholder.core.internal.StackholderStyle;
