package dev.stackholder.cli;

import java.util.Locale;

/**
 * A count with its noun, singular or plural as the count asks: "1 developer", "2 developers", "0
 * developers". Nouns whose plural is not the singular plus "s" pass it. Stateless, thread-safe.
 */
final class Plural {
  private Plural() {}

  /** {@code 1 tier}, {@code 3 tiers}. */
  static String of(long count, String singular) {
    return of(count, singular, singular + "s");
  }

  /** {@code 1 case study}, {@code 3 case studies}. */
  static String of(long count, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
  }
}
