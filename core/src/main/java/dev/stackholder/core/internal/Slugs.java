package dev.stackholder.core.internal;

import java.util.regex.Pattern;

/**
 * The one rule for ids other records refer to: lower-case letters and digits in words joined by
 * single hyphens, such as {@code "red-hat"}, {@code "openstack-2012"} or {@code "tencent-tstack"}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  /** Whether {@code text} is a slug. */
  public static boolean isSlug(String text) {
    return SLUG.matcher(text).matches();
  }
}
