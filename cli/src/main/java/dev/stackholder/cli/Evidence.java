package dev.stackholder.cli;

import java.time.Period;

/** How the program writes the age of a fee's evidence. Stateless, thread-safe. */
final class Evidence {
  private Evidence() {}

  /** {@code 12 years and 9 months}, {@code 1 year}, {@code 3 months}, {@code 0 days}. */
  static String age(Period age) {
    StringBuilder text = new StringBuilder();
    if (age.getYears() > 0) {
      text.append(plural(age.getYears(), "year"));
    }
    if (age.getMonths() > 0) {
      text.append(text.length() > 0 ? " and " : "").append(plural(age.getMonths(), "month"));
    }
    return text.length() > 0 ? text.toString() : plural(age.getDays(), "day");
  }

  /** {@code 12y9m}, {@code 1y}, {@code 3m}, {@code 5d}: for a table column. */
  static String shortAge(Period age) {
    String text =
        (age.getYears() > 0 ? age.getYears() + "y" : "")
            + (age.getMonths() > 0 ? age.getMonths() + "m" : "");
    return text.isEmpty() ? age.getDays() + "d" : text;
  }

  private static String plural(int count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
