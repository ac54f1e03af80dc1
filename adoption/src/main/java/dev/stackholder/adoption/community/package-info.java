/**
 * User groups and community events (the 2012 OpenStack China Tour, the OpenStack Asia-Pacific
 * Conference), with calculators such as the attendance ratio of registrations.
 */
@StackholderStyle
package dev.stackholder.adoption.community;

import dev.stackholder.core.internal.StackholderStyle;
