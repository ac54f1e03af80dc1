package dev.stackholder.contribution.cncf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import dev.stackholder.core.InvalidDataException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of a CNCF affiliation file: a GitHub login, the person's e-mail addresses and their
 * employers over time, oldest first. A login may have several entries (one per set of addresses);
 * each is a developer of its own here, as in the file.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeveloper.class)
@JsonDeserialize(as = ImmutableDeveloper.class)
public abstract class Developer {
  Developer() {}

  /** {@return the GitHub login, as written} */
  public abstract String login();

  /** {@return the addresses, lower-case, with {@code @} (the file writes {@code !})} */
  public abstract ImmutableList<String> emails();

  /** {@return the employers, oldest first; consecutive spans do not overlap} */
  public abstract ImmutableList<EmployerSpan> employers();

  /**
   * {@return where the entry was read, {@code "developers_affiliations1.txt:8"}; empty if made in
   * code}
   */
  public abstract Optional<String> origin();

  /** {@return a builder; {@code build()} checks the addresses and the order of the spans} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Developer}; not thread-safe. */
  public static final class Builder extends ImmutableDeveloper.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return login()
        + ": "
        + String.join(", ", emails())
        + " "
        + employers()
        + origin().map(o -> " (" + o + ")").orElse("");
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        !login().isBlank()
            && login().chars().noneMatch(c -> Character.isWhitespace(c) || c == ':' || c == ','),
        "Developer login '%s' is blank or has a space, ':' or ','",
        login());
    InvalidDataException.check(
        !emails().isEmpty(), "Developer '%s' has no e-mail address", login());
    Set<String> seen = new HashSet<>();
    for (String email : emails()) {
      int at = email.indexOf('@');
      InvalidDataException.check(
          at > 0
              && at == email.lastIndexOf('@')
              && at < email.length() - 1
              && email.chars().noneMatch(Character::isWhitespace)
              && email.equals(email.toLowerCase(Locale.ROOT)),
          "Developer '%s' address '%s' is not one lower-case address such as 'a@example.org'",
          login(),
          email);
      InvalidDataException.check(
          seen.add(email), "Developer '%s' lists address '%s' twice", login(), email);
    }
    InvalidDataException.check(!employers().isEmpty(), "Developer '%s' has no employer", login());
    for (int i = 1; i < employers().size(); i++) {
      EmployerSpan before = employers().get(i - 1);
      EmployerSpan span = employers().get(i);
      boolean ordered =
          before.until().isPresent()
              && (span.from().isEmpty() || !span.from().get().isBefore(before.until().get()));
      if (!ordered) {
        InvalidDataException.check(
            false,
            "Developer '%s' employer '%s' does not start after '%s'"
                + " ends, expected spans oldest first without overlap",
            login(),
            span,
            before);
      }
    }
  }
}
