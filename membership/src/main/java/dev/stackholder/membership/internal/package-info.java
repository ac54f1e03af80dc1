/**
 * What the membership packages share with each other but users must not see. Not exported: a type
 * here is public only because Java has no access level between "package" and "public".
 */
@StackholderStyle
package dev.stackholder.membership.internal;

import dev.stackholder.core.internal.StackholderStyle;
