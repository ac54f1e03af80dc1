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
  private static final Pattern LOWER_CASE_NAME = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

  private Slugs() {}

  /**
   * {@return whether {@code text} is a slug}
   *
   * @param text any text
   */
  public static boolean isSlug(String text) {
    return SLUG.matcher(text).matches();
  }

  /**
   * {@return whether {@code text} is a lower-case name as other tools write them: a slug whose
   * words may also be joined by {@code _} or {@code .}, such as release and project names ({@code
   * "folsom"}, {@code "python-novaclient"}, {@code "oslo.config"})}
   *
   * @param text any text
   */
  public static boolean isLowerCaseName(String text) {
    return LOWER_CASE_NAME.matcher(text).matches();
  }
}
