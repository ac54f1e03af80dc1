package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stackholder.core.InvalidDataException;
import dev.stackholder.core.Source;
import org.immutables.value.Value;

/**
 * The most directors that may be affiliated with one company, with where that rule is written.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAffiliationLimit.class)
@JsonDeserialize(as = ImmutableAffiliationLimit.class)
public abstract class AffiliationLimit {
  AffiliationLimit() {}

  /** {@return the largest number of directors affiliated with the same company} */
  public abstract int maxDirectorsPerCompany();

  /** {@return where the rule is written} */
  public abstract Source source();

  /**
   * {@return a limit with its source}
   *
   * @param maxDirectorsPerCompany the most directors one company and its affiliates may hold;
   *     positive
   * @param source the public document that states it
   * @throws InvalidDataException if the limit is not positive
   */
  public static AffiliationLimit of(int maxDirectorsPerCompany, Source source) {
    return ImmutableAffiliationLimit.builder()
        .maxDirectorsPerCompany(maxDirectorsPerCompany)
        .source(source)
        .build();
  }

  @Value.Check
  void check() {
    InvalidDataException.check(
        maxDirectorsPerCompany() > 0,
        "Affiliation limit %d is not positive",
        maxDirectorsPerCompany());
  }
}
