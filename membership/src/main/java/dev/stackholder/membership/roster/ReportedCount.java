package dev.stackholder.membership.roster;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import dev.stackholder.membership.Tier;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A member count a source states for a date, kept as a fact in its own right where the names of all
 * the members are not published. A roster never invents members to match it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportedCount.class)
@JsonDeserialize(as = ImmutableReportedCount.class)
public abstract class ReportedCount {
  ReportedCount() {}

  /** {@return the date the count is for (or the source's date)} */
  public abstract LocalDate date();

  /** {@return the tier counted} */
  public abstract Tier tier();

  /** {@return the number of members the source states} */
  public abstract int count();

  /** {@return the source} */
  public abstract Source source();

  /**
   * {@return a count a source states}
   *
   * @param date the day the count is for
   * @param tier the tier counted
   * @param count the number of members the source states; not negative
   * @param source the public document that states it
   * @throws InvalidDataException if the count is negative
   */
  public static ReportedCount of(LocalDate date, Tier tier, int count, Source source) {
    return builder().date(date).tier(tier).count(count).source(source).build();
  }

  /** {@return a builder; {@code build()} checks the values} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedCount}; not thread-safe, use one per thread. */
  public static final class Builder extends ImmutableReportedCount.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        count() >= 0, "Reported count %d of %s is negative", count(), tier().id());
  }
}
