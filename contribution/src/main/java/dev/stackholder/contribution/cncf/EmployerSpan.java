package dev.stackholder.contribution.cncf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employer of a {@link Developer} over a span of days, open at either end: {@code Red Hat Inc.
 * from 2019-05-01 until 2021-02-01} is {@code from} 2019-05-01 (the first day) {@code until}
 * 2021-02-01 (the first day no longer), as gitdm's {@code <} end dates read. The organization is as
 * the file spells it, CNCF's special values included ({@code Independent}, {@code NotFound}, {@code
 * (Unknown)}, {@code (Robots)}): what they mean is the attribution policy's business.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployerSpan.class)
@JsonDeserialize(as = ImmutableEmployerSpan.class)
public abstract class EmployerSpan {
  EmployerSpan() {}

  /** {@return the organization, as the file spells it} */
  public abstract String organization();

  /** {@return the first day; empty for "since always"} */
  public abstract Optional<LocalDate> from();

  /** {@return the first day no longer; empty for "still"} */
  public abstract Optional<LocalDate> until();

  /**
   * {@return a span}
   *
   * @param organization the employer, as written
   * @param from the first day, if any
   * @param until the first day no longer, if any
   * @throws InvalidDataException if the organization is blank or {@code until} is not after {@code
   *     from}
   */
  public static EmployerSpan of(
      String organization, Optional<LocalDate> from, Optional<LocalDate> until) {
    return ImmutableEmployerSpan.builder()
        .organization(organization)
        .from(from)
        .until(until)
        .build();
  }

  /** {@return {@code "Red Hat Inc. from 2019-05-01 until 2021-02-01"}, the file's own form} */
  @Override
  public String toString() {
    return organization()
        + from().map(d -> " from " + d).orElse("")
        + until().map(d -> " until " + d).orElse("");
  }

  @Value.Check
  void check() {
    InvalidDataException.check(!organization().isBlank(), "EmployerSpan organization is blank");
    InvalidDataException.check(
        organization().strip().equals(organization()),
        "EmployerSpan organization '%s' has spaces at an end",
        organization());
    if (from().isPresent() && until().isPresent() && !until().get().isAfter(from().get())) {
      InvalidDataException.check(
          false,
          "EmployerSpan of '%s' ends (%s) before it starts (%s), " + "expected until after from",
          organization(),
          until().get(),
          from().get());
    }
  }
}
