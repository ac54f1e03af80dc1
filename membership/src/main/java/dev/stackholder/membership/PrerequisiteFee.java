package dev.stackholder.membership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a quote for a required other membership: the requirement and its fee, or why the fee
 * could not be quoted (the foundation or its rules on that date are not known, or the fee needs a
 * figure the organization did not declare). Exactly one of {@link #quote()} and {@link #unpriced()}
 * is present.
 *
 * <p>Computed by quoting; it has no public builder. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrerequisiteFee.class)
@JsonDeserialize(as = ImmutablePrerequisiteFee.class)
public abstract class PrerequisiteFee {
  PrerequisiteFee() {}

  /** {@return the requirement} */
  public abstract Prerequisite prerequisite();

  /**
   * {@return the name of the foundation whose membership is required, or its id when it is not
   * known}
   */
  public abstract String foundationName();

  /** {@return the required membership's own quote, when it could be made} */
  public abstract Optional<DuesQuote> quote();

  /** {@return why the fee is not quoted, e.g. {@code "needs employees"}} */
  public abstract Optional<String> unpriced();

  static PrerequisiteFee priced(Prerequisite prerequisite, String foundationName, DuesQuote quote) {
    return ImmutablePrerequisiteFee.builder()
        .prerequisite(prerequisite)
        .foundationName(foundationName)
        .quote(quote)
        .build();
  }

  static PrerequisiteFee unpriced(Prerequisite prerequisite, String foundationName, String reason) {
    return ImmutablePrerequisiteFee.builder()
        .prerequisite(prerequisite)
        .foundationName(foundationName)
        .unpriced(reason)
        .build();
  }

  @Value.Check
  void check() {
    if (quote().isPresent() == unpriced().isPresent()) {
      throw new IllegalStateException(
          "A prerequisite fee has a quote or a reason it has none, not both or neither");
    }
  }
}
