/**
 * User groups and community events (tours held in several cities, conferences), with calculators
 * such as the attendance ratio of registrations, and the built-in {@link
 * dev.stackholder.adoption.community.CommunityCatalog}.
 */
@StackholderStyle
package dev.stackholder.adoption.community;

import dev.stackholder.core.internal.StackholderStyle;
