package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A member count a source states for a date, kept as a fact in its own right where the names of all
 * the members are not published ("the foundation now has 8 platinum and 24 Gold members"). A roster
 * never invents members to match it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportedCount.class)
@JsonDeserialize(as = ImmutableReportedCount.class)
public abstract class ReportedCount {
  ReportedCount() {}

  /** The date the count is for (or the source's date). */
  public abstract LocalDate date();

  /** The tier counted. */
  public abstract Tier tier();

  /** The number of members the source states. */
  public abstract int count();

  /** The source. */
  public abstract Source source();

  @Value.Check
  void check() {
    InvalidDataException.check(count() >= 0, "Reported count %d of %s is negative", count(), tier().id());
  }
}
