package dev.stackholder.core.internal;

/**
 * The one rule for ids other records refer to: lower-case letters and digits in words joined by
 * single hyphens, such as {@code "red-hat"}, {@code "openstack-2012"} or {@code "tencent-tstack"}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Slugs {
  private Slugs() {}

  /**
   * {@return whether {@code text} is a slug: the regular expression {@code [a-z0-9]+(-[a-z0-9]+)*}}
   *
   * @param text any text
   */
  public static boolean isSlug(String text) {
    return isWords(text, "-");
  }

  /**
   * {@return whether {@code text} is a lower-case name as other tools write them: a slug whose
   * words may also be joined by {@code _} or {@code .}, such as release and project names ({@code
   * "folsom"}, {@code "python-novaclient"}, {@code "oslo.config"}): {@code
   * [a-z0-9]+([-_.][a-z0-9]+)*}}
   *
   * @param text any text
   */
  public static boolean isLowerCaseName(String text) {
    return isWords(text, "-_.");
  }

  /**
   * Words of {@code [a-z0-9]} joined by single separators, none at either end. A loop rather than a
   * regular expression: every id read from JSON is checked here, and a matcher per id was a
   * noticeable part of reading a roster.
   */
  private static boolean isWords(String text, String separators) {
    int length = text.length();
    if (length == 0) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if (!afterSeparator && separators.indexOf(c) >= 0) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
